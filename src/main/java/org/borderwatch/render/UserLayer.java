package org.borderwatch.render;

import java.awt.Color;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer the user added (e.g. from a GeoPackage): geometries already projected to EPSG:3035,
 * painted in one colour (areas filled translucent and outlined, lines stroked, points as dots).
 */
public record UserLayer(String name, List<Geometry> projected, Color color, boolean visible) {
    public UserLayer {
        projected = List.copyOf(projected);
    }
}
