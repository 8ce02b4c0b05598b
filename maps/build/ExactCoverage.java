import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Turns countries that almost form a coverage into an exact one. The overlays that build them
 * compute some intersection points twice, once per neighbour, and the two copies can differ in
 * the last bits; the coverage simplifier needs shared edges to match exactly. All edges are
 * therefore noded and dissolved together (snap-rounded to a 1e-7° grid (about 1 cm, far below the 1e-5° of the output)),
 * polygonized into faces, and each face given to the country that contains its interior point
 * (a tiny face in no country, a hairline gap, to the nearest country; a larger one is water).
 */
final class ExactCoverage {

    private static final double GRID = 1e7;
    /** A face in no country and smaller than this (about 600 m²) is a gap; larger ones are water. */
    private static final double MAX_GAP_DEG2 = 1e-7;

    private ExactCoverage() {
    }

    static Map<String, Geometry> rebuild(Map<String, Geometry> countries, GeometryFactory factory) {
        List<LineString> lines = new ArrayList<>();
        STRtree index = new STRtree();
        for (Map.Entry<String, Geometry> e : countries.entrySet()) {
            for (Object o : LinearComponentExtracter.getLines(e.getValue())) {
                lines.add((LineString) o);
            }
            for (Geometry part : LandCoverage.polygons(e.getValue())) {
                index.insert(part.getEnvelopeInternal(),
                        new Object[] {e.getKey(), part, new IndexedPointInAreaLocator(part)});
            }
        }
        Geometry noded = UnaryUnionNG.union(factory.buildGeometry(lines), new PrecisionModel(GRID));
        Polygonizer polygonizer = new Polygonizer(false);
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();

        Map<String, List<Geometry>> byCountry = new LinkedHashMap<>();
        int gaps = 0;
        for (Polygon face : faces) {
            Coordinate inside = face.getInteriorPoint().getCoordinate();
            List<?> candidates = index.query(face.getEnvelopeInternal());
            String owner = null;
            for (Object o : candidates) {
                Object[] entry = (Object[]) o;
                if (((IndexedPointInAreaLocator) entry[2]).locate(inside) == Location.INTERIOR) {
                    owner = (String) entry[0];
                    break;
                }
            }
            if (owner == null && face.getArea() < MAX_GAP_DEG2) {
                double nearest = Double.MAX_VALUE;
                for (Object o : candidates) {
                    Object[] entry = (Object[]) o;
                    double d = ((Geometry) entry[1]).distance(face);
                    if (d < nearest) {
                        nearest = d;
                        owner = (String) entry[0];
                    }
                }
                gaps++;
            }
            if (owner != null) {
                byCountry.computeIfAbsent(owner, k -> new ArrayList<>()).add(face);
            }
        }
        Map<String, Geometry> out = new LinkedHashMap<>();
        for (String code : countries.keySet()) {
            List<Geometry> mine = byCountry.get(code);
            if (mine != null) {
                out.put(code, CoverageUnion.union(factory.buildGeometry(mine)));
            }
        }
        System.out.printf("  exact coverage: %d faces, %d hairline gaps given to a neighbour%n", faces.size(), gaps);
        return out;
    }
}
