package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Converts the GeoJSON geometries of annotations (RFC 7946: {@code Point}, {@code LineString},
 * {@code Polygon}; positions {@code [longitude, latitude]} in WGS84 degrees) to JTS and back.
 * JTS geometries use x = longitude, y = latitude, SRID 4326. Altitudes are refused rather than
 * dropped, so a round trip never loses a value.
 */
final class GeoJsonGeometry {
    /** The factory of every annotation geometry the store makes: floating precision, SRID 4326. */
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonGeometry() {
    }

    /** Reads a GeoJSON geometry object found at {@code pointer}. */
    static Geometry read(JsonNode node, String pointer) throws ItemProblem {
        JsonFields f = new JsonFields(node, pointer).allowOnly(List.of("type", "coordinates"));
        String type = f.text("type", true);
        JsonNode coords = f.raw("coordinates");
        String at = f.at("coordinates");
        if (coords == null) {
            throw new ItemProblem(at, "missing required key 'coordinates'");
        }
        return switch (type) {
            case "Point" -> FACTORY.createPoint(position(coords, at));
            case "LineString" -> {
                Coordinate[] cs = positions(coords, at);
                if (cs.length < 2) {
                    throw new ItemProblem(at, "expected at least 2 positions for a LineString, got " + cs.length);
                }
                yield FACTORY.createLineString(cs);
            }
            case "Polygon" -> polygon(coords, at);
            default -> throw new ItemProblem(f.at("type"),
                    "expected \"Point\", \"LineString\" or \"Polygon\", got \"" + type + "\"");
        };
    }

    private static Polygon polygon(JsonNode coords, String at) throws ItemProblem {
        if (!coords.isArray() || coords.isEmpty()) {
            throw new ItemProblem(at, "expected an array of linear rings, got " + JsonFields.describe(coords));
        }
        LinearRing[] rings = new LinearRing[coords.size()];
        for (int r = 0; r < rings.length; r++) {
            String ringAt = at + "/" + r;
            Coordinate[] cs = positions(coords.get(r), ringAt);
            if (cs.length < 4) {
                throw new ItemProblem(ringAt, "expected a linear ring of at least 4 positions, got " + cs.length);
            }
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                throw new ItemProblem(ringAt, "expected a closed ring (the last position equal to the first)");
            }
            rings[r] = FACTORY.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[rings.length - 1];
        System.arraycopy(rings, 1, holes, 0, holes.length);
        return FACTORY.createPolygon(rings[0], holes);
    }

    private static Coordinate[] positions(JsonNode node, String at) throws ItemProblem {
        if (node == null || !node.isArray()) {
            throw new ItemProblem(at, "expected an array of positions, got " + JsonFields.describe(node));
        }
        Coordinate[] cs = new Coordinate[node.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(node.get(i), at + "/" + i);
        }
        return cs;
    }

    private static Coordinate position(JsonNode node, String at) throws ItemProblem {
        if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw new ItemProblem(at, "expected a position [longitude, latitude], got " + JsonFields.describe(node)
                    + (node != null && node.isArray() ? " of " + node.size() + " values" : ""));
        }
        double lon = node.get(0).doubleValue();
        double lat = node.get(1).doubleValue();
        JsonFields.checkLatLon(lat, lon, at + "/1", at + "/0");
        return new Coordinate(lon, lat);
    }

    /** Writes {@code g} as a GeoJSON geometry object; the coordinates go on one line. */
    static void write(JsonGenerator out, Geometry g) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", g.getGeometryType());
        out.writeFieldName("coordinates");
        BundlePrettyPrinter.inline(out, true);
        if (g instanceof Point p) {
            writePosition(out, p.getCoordinate());
        } else if (g instanceof LineString l) {
            writePositions(out, l.getCoordinates());
        } else if (g instanceof Polygon p) {
            out.writeStartArray();
            writePositions(out, p.getExteriorRing().getCoordinates());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                writePositions(out, p.getInteriorRingN(i).getCoordinates());
            }
            out.writeEndArray();
        } else {
            throw new IllegalArgumentException("annotations hold points, lines or polygons, not " + g.getGeometryType());
        }
        BundlePrettyPrinter.inline(out, false);
        out.writeEndObject();
    }

    private static void writePositions(JsonGenerator out, Coordinate[] cs) throws IOException {
        out.writeStartArray();
        for (Coordinate c : cs) {
            writePosition(out, c);
        }
        out.writeEndArray();
    }

    private static void writePosition(JsonGenerator out, Coordinate c) throws IOException {
        out.writeStartArray();
        out.writeNumber(c.x);
        out.writeNumber(c.y);
        out.writeEndArray();
    }
}
