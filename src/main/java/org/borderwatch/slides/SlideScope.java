package org.borderwatch.slides;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * What of the data belongs to a slide's extent: crossings located inside it; events located
 * inside it; unlocated events at a crossing inside it, or about a frontier one of whose crossings
 * lies inside it. Slides and deck plans use the same rule, so a deck's steps are exactly what its
 * slides show. Immutable in what it answers; thread-safe.
 */
public final class SlideScope {
    /** Points per edge of the extent followed for {@link #geoBox}. */
    private static final int EDGE_STEPS = 64;
    /** Degrees added around {@link #geoBox}: far more than an edge bends between two steps. */
    private static final double MARGIN_DEGREES = 0.05;
    private final Envelope area;
    /** {@link #geoBox}, worked out when first asked for (a slide's own scope never asks). */
    private GeoBox box;
    private boolean boxed;
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

    /**
     * A WGS84 box holding every point of the extent — so that every event {@link #concerns} that is
     * located lies in it — or {@code null} when the extent holds a pole or spans the antimeridian
     * (then no box narrows the read). The extent's edges are followed in small steps (its image in
     * degrees is bounded by theirs) with a margin for the curve between steps.
     */
    public synchronized GeoBox geoBox() {
        if (!boxed) {
            box = bounds(area);
            boxed = true;
        }
        return box;
    }

    /**
     * A WGS84 box holding every point of {@code area} (EPSG:3035 metres), or {@code null} when it
     * holds a pole or spans the antimeridian; see {@link #geoBox()}.
     */
    static GeoBox bounds(Envelope area) {
        if (area.contains(MapProjection.forward(0, 90)) || area.contains(MapProjection.forward(0, -90))) {
            return null;
        }
        double west = Double.POSITIVE_INFINITY;
        double east = Double.NEGATIVE_INFINITY;
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        for (int side = 0; side < 4; side++) {
            for (int i = 0; i < EDGE_STEPS; i++) {
                double t = (double) i / EDGE_STEPS;
                double x = switch (side) {
                    case 0 -> area.getMinX() + t * area.getWidth();
                    case 1 -> area.getMaxX();
                    case 2 -> area.getMaxX() - t * area.getWidth();
                    default -> area.getMinX();
                };
                double y = switch (side) {
                    case 0 -> area.getMinY();
                    case 1 -> area.getMinY() + t * area.getHeight();
                    case 2 -> area.getMaxY();
                    default -> area.getMaxY() - t * area.getHeight();
                };
                Coordinate c = MapProjection.inverse(x, y);
                if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                    return null;
                }
                west = Math.min(west, c.x);
                east = Math.max(east, c.x);
                south = Math.min(south, c.y);
                north = Math.max(north, c.y);
            }
        }
        if (east - west > 180) {
            return null;
        }
        return new GeoBox(Math.max(-180, west - MARGIN_DEGREES), Math.max(-90, south - MARGIN_DEGREES),
                Math.min(180, east + MARGIN_DEGREES), Math.min(90, north + MARGIN_DEGREES));
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
