package org.borderwatch.slides;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Envelope;

/**
 * What of the data belongs to a slide's extent: crossings located inside it; events located
 * inside it; unlocated events at a crossing inside it, or about a frontier one of whose crossings
 * lies inside it. Slides and deck plans use the same rule, so a deck's steps are exactly what its
 * slides show. Immutable.
 */
public final class SlideScope {
    private final Envelope area;
    private final Set<String> crossingIds = new HashSet<>();
    private final Set<Border> borders = EnumSet.noneOf(Border.class);

    /** The scope of {@code area} (EPSG:3035 metres) over {@code crossings}. */
    public SlideScope(Envelope area, List<Crossing> crossings) {
        this.area = new Envelope(area);
        for (Crossing c : crossings) {
            if (contains(c.location())) {
                crossingIds.add(c.id());
                borders.add(c.border());
            }
        }
    }

    /** True when the WGS84 point lies inside the extent. */
    public boolean contains(GeoPoint p) {
        return area.contains(MapProjection.forward(p.lon(), p.lat()));
    }

    /** True when the crossing lies inside the extent. */
    public boolean includes(Crossing c) {
        return crossingIds.contains(c.id());
    }

    /** True when the event belongs to the extent (see the class comment). */
    public boolean concerns(Event e) {
        if (e.location() != null) {
            return contains(e.location());
        }
        if (e.crossingId() != null) {
            return crossingIds.contains(e.crossingId());
        }
        if (e.border() == Border.BOTH) {
            return !borders.isEmpty();
        }
        return borders.contains(e.border());
    }
}
