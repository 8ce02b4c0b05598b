import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Builds the bundled base map of Borderwatch (maps/*.geojson) from the downloaded sources.
 *
 * <p>Usage: {@code BuildMaps LAND.geo.json POLITICAL.geo.json RIVERS.txt OUT_DIR}, where LAND is
 * {@code @geo-maps/countries-land-100m}, POLITICAL {@code @geo-maps/countries-maritime-10m} and
 * RIVERS the WDBII dump written by GMT. build.sh fetches them and calls this. Everything is WGS84
 * longitude/latitude; lengths are geodesic on the WGS84 ellipsoid.
 */
public final class BuildMaps {

    /** Lakes smaller than this (km²) are drawn as land; ~3 km² is a 1.7 km wide lake. */
    static final double MIN_LAKE_KM2 = 3.0;
    /**
     * Within {@link #ZONE_METRES} of either border line lakes are kept down to this size (km²): a
     * 0.1 km² lake is about 1.3 mm across at 1:250,000, the scale of a crossing's detail inset.
     */
    static final double ZONE_MIN_LAKE_KM2 = 0.1;
    /** The border zones: everything within this distance (metres, in ETRS89 / LAEA) of a border line. */
    static final double ZONE_METRES = 100_000;
    /** Border pieces shorter than this are islands or touching coasts, not the land border. */
    static final double MIN_BORDER_PIECE_M = 1000;

    /** One of the two borders this application is about. */
    record BorderSpec(String code, String a, String b, String name, double officialKm) { }

    static final List<BorderSpec> BORDERS = List.of(
            new BorderSpec("FI-RU", "FIN", "RUS", "Finland–Russia land border", 1289.6),
            new BorderSpec("PL-BY", "POL", "BLR", "Poland–Belarus border", 418));

    private static final long START = System.nanoTime();

    private BuildMaps() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: BuildMaps LAND.geo.json POLITICAL.geo.json RIVERS.txt OUT_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        GeometryFactory gf = new GeometryFactory();
        Laea laea = new Laea();

        Map<String, List<Polygon>> land = new GeoJsonIn(Path.of(args[0]), Region.BOX, gf).readFeaturesByProperty("A3");
        Map<String, List<Polygon>> political = merged(
                new GeoJsonIn(Path.of(args[1]), Region.BOX, gf).readFeaturesByProperty("A3"));
        log("read the sources");

        LandCoverage coverage = new LandCoverage(gf, Region.BOX);
        LandCoverage.LandAndWater lw = coverage.landAndWater(land.values(), laea, MIN_LAKE_KM2, ZONE_MIN_LAKE_KM2);
        log("land mask, " + lw.lakes().size() + " lakes and " + lw.smallLakes().size() + " smaller ones");

        Map<String, Geometry> politicalFixed = new LinkedHashMap<>();
        for (Map.Entry<String, List<Polygon>> e : political.entrySet()) {
            if (!Region.COUNTRIES.containsKey(e.getKey())) {
                throw new IllegalStateException(args[1] + ": country code " + e.getKey()
                        + " has no name in Region.COUNTRIES");
            }
            politicalFixed.put(e.getKey(), coverage.clipAndFix(e.getValue()));
        }
        List<String> order = new ArrayList<>(List.of("FIN", "RUS", "POL", "BLR"));
        for (String code : new TreeSet<>(politicalFixed.keySet())) {
            if (!order.contains(code)) {
                order.add(code);
            }
        }
        Map<String, Geometry> countries = coverage.countries(politicalFixed, lw.land(), order);
        countries.values().removeIf(Geometry::isEmpty);
        countries = ExactCoverage.rebuild(countries, gf);
        boolean valid = CoverageValidator.isValid(countries.values().toArray(new Geometry[0]));
        log("country coverage (valid coverage: " + valid + ")");
        if (!valid) {
            throw new IllegalStateException("countries do not form a clean coverage");
        }

        List<Geometry> borderLines = new ArrayList<>();
        List<GeoJsonOut.Feature> borderFeatures = new ArrayList<>();
        SharedBoundary shared = new SharedBoundary(gf);
        for (BorderSpec spec : BORDERS) {
            SharedBoundary.Result r = shared.derive(countries.get(spec.a()), countries.get(spec.b()), MIN_BORDER_PIECE_M);
            double km = Laea.geodesicLength(r.line()) / 1000;
            double buffered = SharedBoundary.check(countries.get(spec.a()), countries.get(spec.b()), r.line(), laea, 300) / 1000;
            double off = (km - spec.officialKm()) / spec.officialKm() * 100;
            System.out.printf(Locale.ROOT, "  %s: %.1f km (official %.1f km, %+.1f %%), %d line(s), %d piece(s) "
                    + "of %.2f km dropped; 300 m buffer test %.1f km%n", spec.code(), km, spec.officialKm(), off,
                    r.line().getNumGeometries(), r.droppedPieces(), r.droppedMetres() / 1000, buffered);
            if (Math.abs(off) > 5) {
                throw new IllegalStateException(spec.code() + " is " + off + " % off its official length");
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("border", spec.code());
            props.put("name", spec.name());
            props.put("official_km", spec.officialKm());
            props.put("measured_km", Math.round(km * 10) / 10.0);
            GeoJsonOut.write(out.resolve("border-" + spec.code().toLowerCase(Locale.ROOT) + ".geojson"),
                    List.of(new GeoJsonOut.Feature(props, r.line())));
            borderFeatures.add(new GeoJsonOut.Feature(props, r.line()));
            borderLines.add(r.line());
        }
        Geometry bugBorder = gf.buildGeometry(List.of(
                shared.derive(countries.get("POL"), countries.get("BLR"), MIN_BORDER_PIECE_M).line(),
                shared.derive(countries.get("POL"), countries.get("UKR"), MIN_BORDER_PIECE_M).line()));
        log("borders");

        Map<String, Geometry> detailed = CoverageDetail.simplify(countries);
        for (BorderSpec spec : BORDERS) {
            double before = Laea.geodesicLength(shared.derive(countries.get(spec.a()), countries.get(spec.b()),
                    MIN_BORDER_PIECE_M).line());
            double after = Laea.geodesicLength(shared.derive(detailed.get(spec.a()), detailed.get(spec.b()),
                    MIN_BORDER_PIECE_M).line());
            if (Math.abs(before - after) > 1) {
                throw new IllegalStateException(spec.code() + ": simplifying moved the border ("
                        + before + " m before, " + after + " m after)");
            }
        }
        List<GeoJsonOut.Feature> countryFeatures = new ArrayList<>();
        for (String code : new TreeSet<>(detailed.keySet())) {
            Region.Country c = Region.COUNTRIES.get(code);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", c.name());
            props.put("iso_a2", c.iso2());
            props.put("iso_a3", c.iso3());
            countryFeatures.add(new GeoJsonOut.Feature(props, detailed.get(code)));
        }
        GeoJsonOut.write(out.resolve("countries.geojson"), countryFeatures);
        log("countries.geojson");

        PreparedGeometry zones = PreparedGeometryFactory.prepare(zones(borderLines, laea, gf));
        List<LinearRing> inZones = new ArrayList<>();
        for (LinearRing ring : lw.smallLakes()) {
            if (zones.intersects(ring)) {
                inZones.add(ring);
            }
        }
        List<Polygon> allLakes = new ArrayList<>(lw.lakes());
        allLakes.addAll(coverage.lakes(inZones, lw.islands()));
        log(inZones.size() + " lakes of " + ZONE_MIN_LAKE_KM2 + "–" + MIN_LAKE_KM2 + " km² in the border zones");
        List<GeoJsonOut.Feature> lakeFeatures = new ArrayList<>();
        for (Lakes.Lake lake : Lakes.build(allLakes, Region.BOX, laea,
                p -> zones.intersects(p) ? ZONE_MIN_LAKE_KM2 : MIN_LAKE_KM2)) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", lake.name());
            props.put("area_km2", Math.round(lake.areaKm2() * 10) / 10.0);
            lakeFeatures.add(new GeoJsonOut.Feature(props, lake.polygon()));
        }
        GeoJsonOut.write(out.resolve("lakes.geojson"), lakeFeatures);
        log("lakes.geojson: " + lakeFeatures.size() + " lakes");

        Rivers rivers = new Rivers(gf);
        rivers.read(Path.of(args[2]), Region.BOX);
        Map<String, Geometry> traced = new LinkedHashMap<>();
        for (Rivers.River river : RiverList.RIVERS) {
            traced.put(river.name(), rivers.trace(river));
        }
        Geometry bugSource = traced.get("Bug");
        Geometry bug = BorderRiver.follow(bugSource, bugBorder, laea, 1500, 5000);
        traced.put("Bug", bug);
        List<GeoJsonOut.Feature> riverFeatures = new ArrayList<>();
        for (Map.Entry<String, Geometry> e : traced.entrySet()) {
            Geometry line = e.getKey().equals("Bug") ? bug : BorderRiver.rejoin(e.getValue(), bugSource, bug);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", e.getKey());
            props.put("length_km", Math.round(Laea.geodesicLength(line) / 100) / 10.0);
            riverFeatures.add(new GeoJsonOut.Feature(props, line));
        }
        GeoJsonOut.write(out.resolve("rivers.geojson"), riverFeatures);
        log("rivers.geojson: " + riverFeatures.size() + " rivers");
    }

    /** Everything within {@link #ZONE_METRES} of the border lines, as a longitude/latitude polygon. */
    static Geometry zones(List<Geometry> borderLines, Laea laea, GeometryFactory gf) {
        List<Geometry> buffers = new ArrayList<>();
        for (Geometry line : borderLines) {
            buffers.add(laea.project(line).buffer(ZONE_METRES, 16));
        }
        return laea.unproject(OverlayNGRobust.union(buffers));
    }

    private static Map<String, List<Polygon>> merged(Map<String, List<Polygon>> byCode) {
        Map<String, List<Polygon>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Polygon>> e : byCode.entrySet()) {
            String code = Region.MERGED_INTO.getOrDefault(e.getKey(), e.getKey());
            out.computeIfAbsent(code, k -> new ArrayList<>()).addAll(e.getValue());
        }
        return out;
    }

    static void log(String what) {
        System.out.printf(Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - START) / 1e9, what);
    }
}
