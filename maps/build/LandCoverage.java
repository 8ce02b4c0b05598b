import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.RingClipper;

/**
 * Builds the country coverage of the region: every piece of land (lakes included) belongs to
 * exactly one country, and neighbours share their common edges vertex for vertex.
 *
 * <p>Land comes from the OpenStreetMap land polygons (coast, islands); political boundaries from
 * the OpenStreetMap country polygons that reach into the sea, which are the only source that
 * keeps the boundary where it crosses lakes and rivers. The two are combined as
 * {@code country = political ∩ land}. The political polygons were fetched one by one upstream,
 * so neighbours overlap or leave slivers between them; overlaps go to the country handled first,
 * slivers to the neighbour with which they share the longest edge. All coordinates are WGS84
 * longitude/latitude in degrees.
 */
final class LandCoverage {

    private final GeometryFactory factory;
    private final Envelope box;

    LandCoverage(GeometryFactory factory, Envelope box) {
        this.factory = factory;
        this.box = box;
    }

    /**
     * The land mask (lakes filled in), the lakes themselves (islands cut out), the outlines of the
     * smaller lakes (kept only where {@link #lakes} is asked for them) and the islands to cut out.
     */
    record LandAndWater(Geometry land, List<Polygon> lakes, List<LinearRing> smallLakes, STRtree islands) { }

    /**
     * Land inside the box with every hole filled, and the water those holes held. The holes of
     * the OSM land polygons are lakes (and wide rivers); lakes that touch several countries show
     * up as holes of the union instead. Lakes smaller than {@code minLakeKm2} are only filled;
     * those of {@code smallLakeKm2} or more are also returned as outlines, for the border zones.
     */
    LandAndWater landAndWater(Collection<List<Polygon>> landPolygons, Laea laea, double minLakeKm2,
            double smallLakeKm2) {
        List<Geometry> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        STRtree islands = new STRtree();
        RingClipper clipper = new RingClipper(box);
        for (List<Polygon> list : landPolygons) {
            for (Polygon p : list) {
                Polygon shell = clippedShell(p);
                if (shell == null) {
                    continue;
                }
                Geometry valid = shell.isValid() ? shell : GeometryFixer.fix(shell);
                shells.add(valid);
                islands.insert(valid.getEnvelopeInternal(), valid);
                for (int i = 0; i < p.getNumInteriorRing(); i++) {
                    Coordinate[] hole = clipper.clip(p.getInteriorRingN(i).getCoordinates());
                    if (hole.length >= 4) {
                        holes.add(factory.createLinearRing(hole));
                    }
                }
            }
        }
        Geometry union = OverlayNGRobust.union(shells);
        for (Geometry g : polygons(union)) {
            Polygon p = (Polygon) g;
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                holes.add(p.getInteriorRingN(i));
            }
        }
        List<LinearRing> large = new ArrayList<>();
        List<LinearRing> small = new ArrayList<>();
        for (LinearRing ring : holes) {
            double km2 = laea.project(factory.createPolygon(ring.getCoordinates())).getArea() / 1e6;
            if (km2 >= minLakeKm2) {
                large.add(ring);
            } else if (km2 >= smallLakeKm2) {
                small.add(ring);
            }
        }
        islands.build();
        return new LandAndWater(fillHoles(union), lakes(large, islands), small, islands);
    }

    /** The lakes that {@code rings} outline, with the land polygons among {@code islands} inside each cut out. */
    List<Polygon> lakes(List<LinearRing> rings, STRtree islands) {
        List<Polygon> lakes = new ArrayList<>();
        for (LinearRing ring : rings) {
            Polygon water = factory.createPolygon(ring.getCoordinates());
            Geometry lake = water.isValid() ? water : GeometryFixer.fix(water);
            Envelope env = lake.getEnvelopeInternal();
            List<Geometry> inside = new ArrayList<>();
            for (Object o : islands.query(env)) {
                Geometry island = (Geometry) o;
                if (env.contains(island.getEnvelopeInternal()) && !env.equals(island.getEnvelopeInternal())) {
                    inside.add(island);
                }
            }
            if (!inside.isEmpty()) {
                lake = OverlayNGRobust.overlay(lake, OverlayNGRobust.union(inside), OverlayNG.DIFFERENCE);
            }
            for (Geometry part : polygons(lake)) {
                lakes.add((Polygon) part);
            }
        }
        return lakes;
    }

    /** A fixed, box-clipped copy of a (possibly invalid) source polygon, holes kept. */
    Geometry clipAndFix(List<Polygon> polygons) {
        List<Geometry> parts = new ArrayList<>();
        RingClipper clipper = new RingClipper(box);
        for (Polygon p : polygons) {
            Coordinate[] shell = clipper.clip(p.getExteriorRing().getCoordinates());
            if (shell.length < 4) {
                continue;
            }
            List<LinearRing> holes = new ArrayList<>();
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                Coordinate[] hole = clipper.clip(p.getInteriorRingN(i).getCoordinates());
                if (hole.length >= 4) {
                    holes.add(factory.createLinearRing(hole));
                }
            }
            Polygon clipped = factory.createPolygon(factory.createLinearRing(shell), holes.toArray(new LinearRing[0]));
            parts.add(clipped.isValid() ? clipped : GeometryFixer.fix(clipped));
        }
        return OverlayNGRobust.union(parts);
    }

    /**
     * Intersects each political polygon with the land mask and resolves overlaps and slivers so
     * that the result is a clean coverage. {@code order} fixes who wins an overlap.
     */
    Map<String, Geometry> countries(Map<String, Geometry> political, Geometry land, List<String> order) {
        STRtree landIndex = new STRtree();
        for (Geometry part : polygons(land)) {
            landIndex.insert(part.getEnvelopeInternal(), part);
        }
        Map<String, Geometry> result = new LinkedHashMap<>();
        for (String code : order) {
            Geometry pol = political.get(code);
            Geometry onLand = intersectWithIndex(pol, landIndex);
            for (Map.Entry<String, Geometry> done : result.entrySet()) {
                if (done.getValue().getEnvelopeInternal().intersects(onLand.getEnvelopeInternal())) {
                    onLand = OverlayNGRobust.overlay(onLand, done.getValue(), OverlayNG.DIFFERENCE);
                }
            }
            result.put(code, onLand);
        }
        assignSlivers(result, land);
        return result;
    }

    private void assignSlivers(Map<String, Geometry> countries, Geometry land) {
        Geometry covered = OverlayNGRobust.union(new ArrayList<>(countries.values()));
        Geometry gaps = OverlayNGRobust.overlay(land, covered, OverlayNG.DIFFERENCE);
        STRtree edges = new STRtree();
        for (Map.Entry<String, Geometry> c : countries.entrySet()) {
            for (Object o : LinearComponentExtracter.getLines(c.getValue())) {
                Coordinate[] pts = ((LineString) o).getCoordinates();
                for (int i = 1; i < pts.length; i++) {
                    LineSegment seg = new LineSegment(pts[i - 1], pts[i]);
                    edges.insert(new Envelope(pts[i - 1], pts[i]), new Object[] {c.getKey(), seg});
                }
            }
        }
        Map<String, List<Geometry>> extra = new LinkedHashMap<>();
        int assigned = 0;
        int unassigned = 0;
        for (Geometry gap : polygons(gaps)) {
            Map<String, Double> shared = new LinkedHashMap<>();
            for (Object o : LinearComponentExtracter.getLines(gap)) {
                Coordinate[] pts = ((LineString) o).getCoordinates();
                for (int i = 1; i < pts.length; i++) {
                    LineSegment s = new LineSegment(pts[i - 1], pts[i]);
                    for (Object hit : edges.query(new Envelope(pts[i - 1], pts[i]))) {
                        Object[] pair = (Object[]) hit;
                        LineSegment t = (LineSegment) pair[1];
                        if (t.distance(s.p0) < 1e-9 && t.distance(s.p1) < 1e-9) {
                            shared.merge((String) pair[0], s.getLength(), Double::sum);
                        }
                    }
                }
            }
            String best = shared.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            if (best == null) {
                unassigned++;
            } else {
                extra.computeIfAbsent(best, k -> new ArrayList<>()).add(gap);
                assigned++;
            }
        }
        for (Map.Entry<String, List<Geometry>> e : extra.entrySet()) {
            List<Geometry> all = new ArrayList<>(e.getValue());
            all.add(countries.get(e.getKey()));
            countries.put(e.getKey(), OverlayNGRobust.union(all));
        }
        System.out.printf("  slivers between neighbours: %d assigned, %d left as water%n", assigned, unassigned);
    }

    private Geometry intersectWithIndex(Geometry political, STRtree landIndex) {
        List<Geometry> parts = new ArrayList<>();
        for (Object o : landIndex.query(political.getEnvelopeInternal())) {
            Geometry landPart = (Geometry) o;
            Geometry piece = OverlayNGRobust.overlay(landPart, political, OverlayNG.INTERSECTION);
            if (!piece.isEmpty()) {
                parts.add(piece);
            }
        }
        return parts.isEmpty() ? factory.createMultiPolygon() : OverlayNGRobust.union(parts);
    }

    private Polygon clippedShell(Polygon p) {
        Coordinate[] shell = new RingClipper(box).clip(p.getExteriorRing().getCoordinates());
        return shell.length < 4 ? null : factory.createPolygon(shell);
    }

    private Geometry fillHoles(Geometry g) {
        List<Polygon> filled = new ArrayList<>();
        for (Geometry p : polygons(g)) {
            filled.add(factory.createPolygon(((Polygon) p).getExteriorRing().getCoordinates()));
        }
        return OverlayNGRobust.union(new ArrayList<Geometry>(filled));
    }

    @SuppressWarnings("unchecked")
    static List<Geometry> polygons(Geometry g) {
        return (List<Geometry>) (List<?>) PolygonExtracter.getPolygons(g);
    }
}
