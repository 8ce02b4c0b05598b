import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;

/**
 * Chooses how much detail each country keeps. The four countries of the two borders keep the
 * source detail (so the border lines lie exactly on their edges); every other country is
 * simplified as part of the coverage, which keeps shared edges shared and leaves no gaps or
 * overlaps. An edge shared with a border country keeps its detail, since an edge takes the
 * smaller tolerance of its two sides. Tolerance is in degrees (longitude/latitude).
 */
final class CoverageDetail {

    /** Countries drawn at full source detail. */
    static final Set<String> FULL_DETAIL = Set.of("FIN", "RUS", "POL", "BLR");

    /** About 100 m north–south: invisible at full extent, still sound at a regional zoom. */
    static final double FAR_TOLERANCE_DEG = 0.001;

    private CoverageDetail() {
    }

    static Map<String, Geometry> simplify(Map<String, Geometry> countries) {
        String[] codes = countries.keySet().toArray(new String[0]);
        Geometry[] geoms = new Geometry[codes.length];
        double[] tolerances = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            geoms[i] = countries.get(codes[i]);
            tolerances[i] = FULL_DETAIL.contains(codes[i]) ? 0 : FAR_TOLERANCE_DEG;
        }
        Geometry[] simplified = CoverageSimplifier.simplify(geoms, tolerances);
        Map<String, Geometry> out = new LinkedHashMap<>();
        long before = 0;
        long after = 0;
        for (int i = 0; i < codes.length; i++) {
            out.put(codes[i], simplified[i]);
            before += geoms[i].getNumPoints();
            after += simplified[i].getNumPoints();
        }
        System.out.printf("  countries: %d vertices, %d after simplifying the far countries%n", before, after);
        return out;
    }
}
