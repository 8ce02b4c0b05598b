package org.borderwatch.render;

import java.awt.Color;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer the user added (e.g. from a GeoPackage): geometries already projected to EPSG:3035,
 * painted in one colour (areas filled translucent and outlined, lines stroked, points as dots).
 *
 * @param notes what the reader left out or repaired, one sentence each, for the user
 */
public record UserLayer(String name, List<Geometry> projected, Color color, boolean visible, List<String> notes) {
    public UserLayer {
        projected = List.copyOf(projected);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A layer with nothing left out. */
    public UserLayer(String name, List<Geometry> projected, Color color, boolean visible) {
        this(name, projected, color, visible, List.of());
    }
}
