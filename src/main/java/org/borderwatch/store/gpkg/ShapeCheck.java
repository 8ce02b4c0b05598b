package org.borderwatch.store.gpkg;

import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Keeps count, for one table, of the geometries left out (no shape, or a curve) and of the
 * polygons repaired (crossing themselves: {@link GeometryFixer} makes them valid areas, as QGIS's
 * "Fix geometries" does). Not thread-safe.
 */
final class ShapeCheck {
    /** Returned by {@link #check} for a geometry that is left out. */
    static final Geometry SKIPPED = new GeometryFactory().createPoint();

    private final Map<String, Integer> skipped = new TreeMap<>();
    private int repaired;

    /** Counts a geometry left out, for {@code reason} ("a line of one point"). */
    void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /** The geometry to draw: {@code g} itself, repaired, or {@link #SKIPPED}. */
    Geometry check(Geometry g, String problem) {
        if (problem != null) {
            skip(problem);
            return SKIPPED;
        }
        if (g instanceof Polygonal && !IsValidOp.isValid(g)) {
            Geometry fixed = GeometryFixer.fix(g);
            if (fixed.isEmpty()) {
                skip("an area that encloses nothing");
                return SKIPPED;
            }
            repaired++;
            return fixed;
        }
        return g;
    }

    /** Reasons with how many geometries each left out. */
    Map<String, Integer> skipped() {
        return skipped;
    }

    int repaired() {
        return repaired;
    }
}
