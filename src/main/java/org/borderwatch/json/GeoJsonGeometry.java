package org.borderwatch.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The GeoJSON geometry codec (RFC 7946 §3.1): every geometry type to JTS and back. The base
 * map, the store's bundles and the GeoJSON import and export all read and write geometries here.
 *
 * <p><b>Positions.</b> {@code [longitude, latitude]} or {@code [longitude, latitude, altitude]} in
 * WGS84 degrees (altitude in metres). JTS gets x = longitude, y = latitude, SRID 4326.
 * <b>The rule for a third coordinate:</b> an altitude is kept — read into {@link Coordinate#getZ()}
 * and written back as the position's third value — so a file from another tool loses nothing on
 * its way through Borderwatch, which draws in 2D and otherwise ignores it. A position of one
 * value, or of more than three (a measure or a time stamp whose meaning RFC 7946 leaves open), is
 * refused with its pointer; so is a longitude outside −180…180 or a latitude outside −90…90.
 *
 * <p><b>Shapes.</b> A LineString needs two positions; a linear ring four, the last equal to the
 * first in longitude and latitude; a Polygon its exterior ring. Multi-geometries and
 * GeometryCollections may be empty. Members other than {@code type}, {@code coordinates} and
 * {@code geometries} (e.g. {@code bbox}) are the caller's to allow or refuse.
 *
 * <p><b>Rings on writing</b> follow {@link RingOrder}: as held, or by the right-hand rule.
 * Numbers are written with {@link Double#toString} precision, so a double reads back bit for bit.
 * Stateless and thread-safe.
 */
public final class GeoJsonGeometry {
    /** The factory of every geometry read here: floating precision, SRID 4326 (WGS84). */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    /** How polygon rings are ordered on writing. */
    public enum RingOrder {
        /** Exactly as held: what was read is written back vertex for vertex (Borderwatch's own bundles). */
        AS_HELD,
        /** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise (exports for other tools). */
        RIGHT_HAND_RULE
    }

    private GeoJsonGeometry() {
    }

    /**
     * Reads the GeoJSON geometry object {@code node}, found at {@code pointer}.
     *
     * @throws GeoJsonProblem naming the pointer of the offending member or position
     */
    public static Geometry read(JsonNode node, String pointer) throws GeoJsonProblem {
        if (node == null || !node.isObject()) {
            throw new GeoJsonProblem(pointer, "expected a GeoJSON geometry object, got " + Json.describe(node));
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new GeoJsonProblem(pointer + "/type", "expected the geometry's \"type\" (a string), got " + Json.describe(typeNode));
        }
        String type = typeNode.textValue();
        if (type.equals("GeometryCollection")) {
            JsonNode parts = node.get("geometries");
            String at = pointer + "/geometries";
            requireArray(parts, at, "an array of geometries");
            Geometry[] gs = new Geometry[parts.size()];
            for (int i = 0; i < gs.length; i++) {
                gs[i] = read(parts.get(i), at + "/" + i);
            }
            return FACTORY.createGeometryCollection(gs);
        }
        JsonNode c = node.get("coordinates");
        String at = pointer + "/coordinates";
        return switch (type) {
            case "Point" -> FACTORY.createPoint(position(c, at));
            case "LineString" -> lineString(c, at);
            case "Polygon" -> polygon(c, at);
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(c, at));
            case "MultiLineString" -> {
                requireArray(c, at, "an array of LineString coordinates");
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = lineString(c.get(i), at + "/" + i);
                }
                yield FACTORY.createMultiLineString(lines);
            }
            case "MultiPolygon" -> {
                requireArray(c, at, "an array of Polygon coordinates");
                Polygon[] polygons = new Polygon[c.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(c.get(i), at + "/" + i);
                }
                yield FACTORY.createMultiPolygon(polygons);
            }
            default -> throw new GeoJsonProblem(pointer + "/type", "expected a GeoJSON geometry type (Point, LineString, "
                    + "Polygon, MultiPoint, MultiLineString, MultiPolygon or GeometryCollection), got \"" + type + "\"");
        };
    }

    private static LineString lineString(JsonNode c, String at) throws GeoJsonProblem {
        Coordinate[] cs = positions(c, at);
        if (cs.length < 2) {
            throw new GeoJsonProblem(at, "expected at least 2 positions for a LineString, got " + cs.length);
        }
        return FACTORY.createLineString(cs);
    }

    private static Polygon polygon(JsonNode c, String at) throws GeoJsonProblem {
        requireArray(c, at, "an array of linear rings");
        if (c.isEmpty()) {
            throw new GeoJsonProblem(at, "expected at least the exterior ring of a Polygon, got an empty array");
        }
        LinearRing[] rings = new LinearRing[c.size()];
        for (int r = 0; r < rings.length; r++) {
            String ringAt = at + "/" + r;
            Coordinate[] cs = positions(c.get(r), ringAt);
            if (cs.length < 4) {
                throw new GeoJsonProblem(ringAt, "expected a linear ring of at least 4 positions, got " + cs.length);
            }
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                throw new GeoJsonProblem(ringAt, "expected a closed ring (the last position equal to the first)");
            }
            rings[r] = FACTORY.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[rings.length - 1];
        System.arraycopy(rings, 1, holes, 0, holes.length);
        return FACTORY.createPolygon(rings[0], holes);
    }

    private static Coordinate[] positions(JsonNode node, String at) throws GeoJsonProblem {
        requireArray(node, at, "an array of positions");
        Coordinate[] cs = new Coordinate[node.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(node.get(i), at + "/" + i);
        }
        return cs;
    }

    /** One position, its altitude kept as z (see the class comment). */
    private static Coordinate position(JsonNode node, String at) throws GeoJsonProblem {
        if (node == null || !node.isArray() || node.size() < 2 || node.size() > 3) {
            throw new GeoJsonProblem(at, "expected a position [longitude, latitude] or [longitude, latitude, altitude], got "
                    + Json.describe(node) + (node != null && node.isArray() ? " of " + node.size() + " values" : ""));
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isNumber()) {
                throw new GeoJsonProblem(at + "/" + i, "expected a number, got " + Json.describe(node.get(i)));
            }
        }
        double lon = node.get(0).doubleValue();
        double lat = node.get(1).doubleValue();
        if (!(lon >= -180 && lon <= 180)) {
            throw new GeoJsonProblem(at + "/0", "longitude " + Json.number(lon) + " is outside −180…180 degrees");
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new GeoJsonProblem(at + "/1", "latitude " + Json.number(lat)
                    + " is outside −90…90 degrees (positions are [longitude, latitude])");
        }
        return node.size() == 3 ? new Coordinate(lon, lat, node.get(2).doubleValue()) : new Coordinate(lon, lat);
    }

    private static void requireArray(JsonNode node, String at, String what) throws GeoJsonProblem {
        if (node == null || !node.isArray()) {
            throw new GeoJsonProblem(at, "expected " + what + ", got " + Json.describe(node));
        }
    }

    /**
     * Writes {@code g} as a GeoJSON geometry object: {@code type}, then {@code coordinates} (or
     * {@code geometries} for a collection).
     */
    public static void write(JsonGenerator out, Geometry g, RingOrder order) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", typeName(g));
        if (g instanceof GeometryCollection c && !(g instanceof MultiPoint || g instanceof MultiLineString
                || g instanceof MultiPolygon)) {
            out.writeArrayFieldStart("geometries");
            for (int i = 0; i < c.getNumGeometries(); i++) {
                write(out, c.getGeometryN(i), order);
            }
            out.writeEndArray();
        } else {
            out.writeFieldName("coordinates");
            writeCoordinates(out, g, order);
        }
        out.writeEndObject();
    }

    /** The GeoJSON type of {@code g} (a JTS LinearRing is a GeoJSON LineString). */
    public static String typeName(Geometry g) {
        return g instanceof LinearRing ? "LineString" : g.getGeometryType();
    }

    /**
     * Writes only the {@code coordinates} array of {@code g} (a Point, LineString, Polygon or
     * multi-geometry), for writers that lay the array out themselves.
     */
    public static void writeCoordinates(JsonGenerator out, Geometry g, RingOrder order) throws IOException {
        if (g instanceof Point p) {
            position(out, p.getCoordinateSequence(), 0);
        } else if (g instanceof LineString l) {
            sequence(out, l.getCoordinateSequence(), false, false);
        } else if (g instanceof Polygon p) {
            boolean rule = order == RingOrder.RIGHT_HAND_RULE;
            out.writeStartArray();
            sequence(out, p.getExteriorRing().getCoordinateSequence(), rule, true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                sequence(out, p.getInteriorRingN(i).getCoordinateSequence(), rule, false);
            }
            out.writeEndArray();
        } else if (g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon) {
            out.writeStartArray();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                writeCoordinates(out, g.getGeometryN(i), order);
            }
            out.writeEndArray();
        } else {
            throw new IllegalArgumentException("a " + g.getGeometryType() + " has no coordinates array; write it whole");
        }
    }

    /** A ring or line; {@code orient}: reversed when needed so that it runs counter-clockwise iff {@code ccw}. */
    private static void sequence(JsonGenerator out, CoordinateSequence seq, boolean orient, boolean ccw) throws IOException {
        boolean reverse = orient && seq.size() >= 4 && Orientation.isCCW(seq) != ccw;
        out.writeStartArray();
        for (int k = 0; k < seq.size(); k++) {
            position(out, seq, reverse ? seq.size() - 1 - k : k);
        }
        out.writeEndArray();
    }

    private static void position(JsonGenerator out, CoordinateSequence seq, int i) throws IOException {
        out.writeStartArray();
        out.writeNumber(seq.getX(i));
        out.writeNumber(seq.getY(i));
        double z = seq.getZ(i);
        if (!Double.isNaN(z)) {
            out.writeNumber(z);
        }
        out.writeEndArray();
    }
}
