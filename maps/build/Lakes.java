import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Lakes of the region from the OpenStreetMap water polygons, which carry no names. Lakes smaller
 * than a threshold are dropped; the large lakes are named by a seed point on or near that lake:
 * the largest lake within {@link #SEED_RADIUS_DEG} of the seed takes the name (the build fails if
 * a seed is near no lake, so a wrong seed cannot go unnoticed). Areas are measured in ETRS89 / LAEA Europe, an equal-area projection.
 */
final class Lakes {

    /** An English lake name and a point (lon, lat in degrees) on its open water. */
    record Seed(String name, double lon, double lat) { }

    /** A lake ready to write: its polygon (lon/lat), name (empty if unnamed) and area in km². */
    record Lake(Polygon polygon, String name, double areaKm2) { }

    static final List<Seed> SEEDS = List.of(
            new Seed("Ladoga", 31.5, 60.8),
            new Seed("Onega", 35.5, 61.6),
            new Seed("Saimaa", 28.6, 61.25),
            new Seed("Päijänne", 25.5, 61.5),
            new Seed("Peipus", 27.6, 58.7),
            new Seed("Inari", 27.9, 69.05),
            new Seed("Oulujärvi", 27.2, 64.3),
            new Seed("Pielinen", 29.6, 63.3),
            new Seed("Vänern", 13.5, 58.9),
            new Seed("Vättern", 14.55, 58.4),
            new Seed("Ilmen", 31.3, 58.27),
            new Seed("Rybinsk Reservoir", 38.4, 58.4),
            new Seed("Beloye", 37.65, 60.18),
            new Seed("Vygozero", 34.8, 63.6),
            new Seed("Imandra", 33.0, 67.5),
            new Seed("Kiev Reservoir", 30.45, 50.9),
            new Seed("Narach", 26.75, 54.86),
            new Seed("Śniardwy", 21.75, 53.75),
            new Seed("Balaton", 17.75, 46.85),
            new Seed("Lake Constance", 9.4, 47.6),
            new Seed("Lake Geneva", 6.5, 46.45));

    /** A seed names the largest lake within this many degrees (about 5 km) of it. */
    static final double SEED_RADIUS_DEG = 0.05;

    private Lakes() {
    }

    /**
     * Fixes, filters and names the source polygons.
     *
     * @param minAreaKm2 the smallest lake kept at a polygon (km²); smaller ones are dropped, unless a seed names them
     */
    static List<Lake> build(List<Polygon> source, Envelope box, Laea laea, ToDoubleFunction<Polygon> minAreaKm2) {
        List<Lake> kept = new ArrayList<>();
        STRtree tree = new STRtree();
        for (Polygon raw : source) {
            if (!box.contains(raw.getEnvelopeInternal())) {
                continue;
            }
            Geometry fixed = raw.isValid() ? raw : GeometryFixer.fix(raw);
            for (Geometry g : LandCoverage.polygons(fixed)) {
                Polygon p = (Polygon) g;
                double km2 = laea.project(p).getArea() / 1e6;
                Lake lake = new Lake(p, "", km2);
                tree.insert(p.getEnvelopeInternal(), lake);
                if (km2 >= minAreaKm2.applyAsDouble(p)) {
                    kept.add(lake);
                }
            }
        }
        Map<Polygon, String> names = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Seed s : SEEDS) {
            Coordinate c = new Coordinate(s.lon(), s.lat());
            Lake hit = null;
            for (Object o : tree.query(new Envelope(c.x - SEED_RADIUS_DEG * 2, c.x + SEED_RADIUS_DEG * 2,
                    c.y - SEED_RADIUS_DEG, c.y + SEED_RADIUS_DEG))) {
                Lake lake = (Lake) o;
                boolean near = lake.polygon().isWithinDistance(lake.polygon().getFactory().createPoint(c),
                        SEED_RADIUS_DEG);
                if (near && (hit == null || lake.areaKm2() > hit.areaKm2())) {
                    hit = lake;
                }
            }
            if (hit == null) {
                missing.add(s.name() + " (" + s.lon() + " " + s.lat() + ")");
            } else {
                names.put(hit.polygon(), s.name());
                if (hit.areaKm2() < minAreaKm2.applyAsDouble(hit.polygon())) {
                    kept.add(hit);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("lake seeds on no lake: " + missing);
        }
        List<Lake> out = new ArrayList<>();
        for (Lake l : kept) {
            out.add(new Lake(l.polygon(), names.getOrDefault(l.polygon(), ""), l.areaKm2()));
        }
        out.sort(Comparator.comparingDouble(Lake::areaKm2).reversed());
        return out;
    }
}
