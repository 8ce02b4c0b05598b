import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Compares the water outlines of the map's source (the OpenStreetMap land polygons of
 * {@code @geo-maps/countries-land-100m}) with the full-resolution GSHHG shoreline in boxes of
 * the border zones: how detailed each is, and how far apart they lie. Not part of the build:
 * maps/SOURCES.md ("Known limits") gives its figures and why GSHHG is not used.
 *
 * <p>Usage: {@code CompareShorelines LAND.geo.json GSHHG_DUMP MAPS_DIR NAME:W,E,S,N ...}, where
 * GSHHG_DUMP is {@code gmt coast -Df -W -M -A0} of an area holding the boxes (compare.sh writes it)
 * and MAPS_DIR holds the border lines. For each box it prints: vertices and length of the coast
 * (GSHHG level 1) and of the OSM land's outer edge, less what lies within 1 km of a land border
 * (the source's countries leave slivers there); the distance from each OSM coast vertex (a point of
 * the OSM coastline itself, kept by the simplification) to the GSHHG coast and back, with the mean
 * offset vector; and the lakes inside the box (OSM holes; GSHHG levels 2–3).
 */
public final class CompareShorelines {
    private static final GeometryFactory GF = new GeometryFactory();

    private CompareShorelines() {
    }

    public static void main(String[] args) throws Exception {
        Map<Integer, List<LineString>> gshhg = readGmt(Path.of(args[1]));
        Laea laea = new Laea();
        List<Geometry> borders = new ArrayList<>();
        for (String name : new String[] {"border-fi-ru.geojson", "border-pl-by.geojson"}) {
            JsonNode coords = new ObjectMapper().readTree(Path.of(args[2], name).toFile())
                    .path("features").path(0).path("geometry").path("coordinates");
            List<Coordinate> line = new ArrayList<>();
            for (JsonNode xy : coords) {
                line.add(new Coordinate(xy.get(0).asDouble(), xy.get(1).asDouble()));
            }
            borders.add(laea.project(GF.createLineString(line.toArray(new Coordinate[0]))).buffer(1000));
        }
        Geometry nearBorders = laea.unproject(OverlayNGRobust.union(borders));
        for (int k = 3; k < args.length; k++) {
            String[] nameBox = args[k].split(":");
            String[] v = nameBox[1].split(",");
            Envelope box = new Envelope(Double.parseDouble(v[0]), Double.parseDouble(v[1]),
                    Double.parseDouble(v[2]), Double.parseDouble(v[3]));
            Geometry boxG = GF.toGeometry(box);
            Geometry edge = boxG.getBoundary().buffer(1e-7);
            List<Geometry> shells = new ArrayList<>();
            int osmLakes = 0;
            int osmLakeVertices = 0;
            for (List<Polygon> list : new GeoJsonIn(Path.of(args[0]), box, GF).readFeaturesByProperty("A3").values()) {
                for (Polygon p : list) {
                    Geometry shell = GF.createPolygon(p.getExteriorRing().getCoordinates());
                    shell = shell.isValid() ? shell : GeometryFixer.fix(shell);
                    Geometry in = OverlayNGRobust.overlay(shell, boxG, OverlayNG.INTERSECTION);
                    if (!in.isEmpty()) {
                        shells.add(in);
                    }
                    for (int i = 0; i < p.getNumInteriorRing(); i++) {
                        LinearRing hole = p.getInteriorRingN(i);
                        if (box.contains(hole.getEnvelopeInternal())) {
                            osmLakes++;
                            osmLakeVertices += hole.getNumPoints();
                        }
                    }
                }
            }
            Geometry osmCoast = OverlayNGRobust.overlay(OverlayNGRobust.union(shells).getBoundary(),
                    OverlayNGRobust.union(List.of(edge, nearBorders)), OverlayNG.DIFFERENCE);
            List<Geometry> parts = new ArrayList<>();
            for (LineString line : gshhg.getOrDefault(1, List.of())) {
                if (line.getEnvelopeInternal().intersects(box)) {
                    parts.add(OverlayNGRobust.overlay(line, boxG, OverlayNG.INTERSECTION));
                }
            }
            Geometry gCoast = OverlayNGRobust.overlay(GF.buildGeometry(parts), edge, OverlayNG.DIFFERENCE);
            int gLakes = 0;
            int gLakeVertices = 0;
            for (int level = 2; level <= 3; level++) {
                for (LineString line : gshhg.getOrDefault(level, List.of())) {
                    if (box.contains(line.getEnvelopeInternal())) {
                        gLakes++;
                        gLakeVertices += line.getNumPoints();
                    }
                }
            }
            Geometry po = laea.project(osmCoast);
            Geometry pg = laea.project(gCoast);
            System.out.printf(Locale.ROOT, "%s (%.2f–%.2f°E, %.2f–%.2f°N)%n", nameBox[0], box.getMinX(), box.getMaxX(),
                    box.getMinY(), box.getMaxY());
            System.out.printf(Locale.ROOT, "  coast: OSM %d vertices, %.0f km; GSHHG %d vertices, %.0f km%n",
                    osmCoast.getNumPoints(), po.getLength() / 1000, gCoast.getNumPoints(), pg.getLength() / 1000);
            if (!po.isEmpty() && !pg.isEmpty()) {
                System.out.println("  OSM coast vertices to the GSHHG coast: " + stats(vertexDistances(po, pg)));
                System.out.println("  GSHHG coast (every 25 m) to the OSM coast: "
                        + stats(vertexDistances(Densifier.densify(pg, 25), po)));
                double[] shift = meanOffset(po, pg);
                System.out.printf(Locale.ROOT, "  mean offset OSM vertex -> GSHHG: %.0f m east, %.0f m north%n", shift[0], shift[1]);
            }
            System.out.printf(Locale.ROOT, "  lakes inside: OSM %d rings, %d vertices; GSHHG levels 2-3 %d segments, %d vertices%n",
                    osmLakes, osmLakeVertices, gLakes, gLakeVertices);
        }
    }

    private static double[] vertexDistances(Geometry from, Geometry to) {
        IndexedFacetDistance index = new IndexedFacetDistance(to);
        return Arrays.stream(from.getCoordinates()).mapToDouble(c -> index.distance(GF.createPoint(c))).sorted().toArray();
    }

    private static String stats(double[] sorted) {
        long in50 = Arrays.stream(sorted).filter(d -> d <= 50).count();
        long in100 = Arrays.stream(sorted).filter(d -> d <= 100).count();
        return String.format(Locale.ROOT, "median %.0f m, p90 %.0f m, within 50 m %.0f %%, within 100 m %.0f %% (%d points)",
                quantile(sorted, 0.5), quantile(sorted, 0.9), 100.0 * in50 / sorted.length, 100.0 * in100 / sorted.length,
                sorted.length);
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    /** Mean vector from each OSM vertex to its nearest point on the GSHHG coast (pairs under 1 km). */
    private static double[] meanOffset(Geometry osm, Geometry gshhg) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (Coordinate c : osm.getCoordinates()) {
            Coordinate near = DistanceOp.nearestPoints(gshhg, GF.createPoint(c))[0];
            if (near.distance(c) < 1000) {
                sx += near.x - c.x;
                sy += near.y - c.y;
                n++;
            }
        }
        return new double[] {sx / n, sy / n};
    }

    /** The segments of a GMT multisegment dump, by the level its headers give ("... Level 1"). */
    static Map<Integer, List<LineString>> readGmt(Path file) throws Exception {
        Map<Integer, List<LineString>> out = new HashMap<>();
        List<Coordinate> current = new ArrayList<>();
        int level = -1;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(">")) {
                add(out, level, current);
                current = new ArrayList<>();
                level = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1).trim());
            } else if (!line.isBlank()) {
                String[] xy = line.trim().split("\\s+");
                current.add(new Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
            }
        }
        add(out, level, current);
        return out;
    }

    private static void add(Map<Integer, List<LineString>> out, int level, List<Coordinate> points) {
        if (points.size() > 1) {
            out.computeIfAbsent(level, x -> new ArrayList<>()).add(GF.createLineString(points.toArray(new Coordinate[0])));
        }
    }
}
