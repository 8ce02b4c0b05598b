package org.borderwatch.interop;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * GeoJSON geometries ↔ JTS for Point, LineString and Polygon (RFC 7946 §3.1): positions are
 * {@code [longitude, latitude]} or {@code [longitude, latitude, altitude]} in WGS84 degrees; JTS
 * gets x = longitude, y = latitude, SRID 4326 (an altitude is read past, since the domain is 2D).
 * Polygons are written with the exterior ring counter-clockwise and holes clockwise.
 * Thread-safe.
 */
public final class GeoJsonGeometries {
    /** Floating precision, SRID 4326. */
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonGeometries() {
    }

    static void writePoint(JsonGenerator g, double lon, double lat) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Point");
        g.writeFieldName("coordinates");
        position(g, lon, lat);
        g.writeEndObject();
    }

    /** Writes a Point, LineString or Polygon (exterior counter-clockwise) as a GeoJSON geometry object. */
    public static void write(JsonGenerator g, Geometry geometry) throws IOException {
        if (geometry instanceof Point p) {
            writePoint(g, p.getX(), p.getY());
            return;
        }
        g.writeStartObject();
        if (geometry instanceof LineString l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            ring(g, l.getCoordinateSequence(), false, false);
        } else if (geometry instanceof Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeArrayFieldStart("coordinates");
            ring(g, p.getExteriorRing().getCoordinateSequence(), true, true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(g, p.getInteriorRingN(i).getCoordinateSequence(), true, false);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot write a " + geometry.getGeometryType() + " as an annotation geometry");
        }
        g.writeEndObject();
    }

    private static void ring(JsonGenerator g, CoordinateSequence seq, boolean closed, boolean ccw) throws IOException {
        boolean reverse = closed && Orientation.isCCW(seq) != ccw;
        g.writeStartArray();
        for (int k = 0; k < seq.size(); k++) {
            int i = reverse ? seq.size() - 1 - k : k;
            position(g, seq.getX(i), seq.getY(i));
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, double lon, double lat) throws IOException {
        g.writeStartArray();
        g.writeNumber(lon);
        g.writeNumber(lat);
        g.writeEndArray();
    }

    /**
     * Reads the geometry object at {@code pointer}.
     *
     * @throws JsonProblem naming the pointer of the offending member or position
     */
    static Geometry read(JsonNode node, String pointer) throws JsonProblem {
        if (!node.isObject()) {
            throw new JsonProblem(pointer, "a geometry must be an object or null");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new JsonProblem(pointer + "/type", "a geometry needs a \"type\"");
        }
        JsonNode coords = node.get("coordinates");
        String at = pointer + "/coordinates";
        if (coords == null || !coords.isArray()) {
            throw new JsonProblem(at, "a " + type.asText() + " needs a \"coordinates\" array");
        }
        return switch (type.asText()) {
            case "Point" -> FACTORY.createPoint(position(coords, at));
            case "LineString" -> {
                Coordinate[] cs = positions(coords, at);
                if (cs.length < 2) {
                    throw new JsonProblem(at, "a LineString needs at least 2 positions, not " + cs.length);
                }
                yield FACTORY.createLineString(cs);
            }
            case "Polygon" -> {
                if (coords.isEmpty()) {
                    throw new JsonProblem(at, "a Polygon needs at least its exterior ring");
                }
                List<LinearRing> rings = new ArrayList<>();
                for (int i = 0; i < coords.size(); i++) {
                    rings.add(linearRing(coords.get(i), at + "/" + i));
                }
                yield FACTORY.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(new LinearRing[0]));
            }
            default -> throw new JsonProblem(pointer + "/type", "the geometry type \"" + type.asText()
                    + "\" is not supported here (Point, LineString or Polygon)");
        };
    }

    private static LinearRing linearRing(JsonNode node, String at) throws JsonProblem {
        if (!node.isArray()) {
            throw new JsonProblem(at, "a linear ring must be an array of positions");
        }
        Coordinate[] cs = positions(node, at);
        if (cs.length < 4) {
            throw new JsonProblem(at, "a linear ring needs at least 4 positions, not " + cs.length);
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new JsonProblem(at, "a linear ring must end where it starts");
        }
        return FACTORY.createLinearRing(cs);
    }

    private static Coordinate[] positions(JsonNode node, String at) throws JsonProblem {
        Coordinate[] cs = new Coordinate[node.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(node.get(i), at + "/" + i);
        }
        return cs;
    }

    /** A {@code [lon, lat]} or {@code [lon, lat, alt]} position with lon/lat in range. */
    static Coordinate position(JsonNode node, String at) throws JsonProblem {
        if (!node.isArray() || node.size() < 2 || node.size() > 3) {
            throw new JsonProblem(at, "a position must be [longitude, latitude] or [longitude, latitude, altitude]");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isNumber()) {
                throw new JsonProblem(at + "/" + i, "a coordinate must be a number");
            }
        }
        double lon = node.get(0).asDouble();
        double lat = node.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180)) {
            throw new JsonProblem(at + "/0", "longitude " + lon + " is outside −180…180");
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new JsonProblem(at + "/1", "latitude " + lat + " is outside −90…90 (positions are [longitude, latitude])");
        }
        return new Coordinate(lon, lat);
    }
}
