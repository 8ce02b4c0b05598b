package org.borderwatch.geo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, longitude-latitude order) into JTS geometries with
 * their properties. Validates as it goes: a malformed file is reported with its name, the JSON
 * pointer of the bad value and what was expected.
 */
public final class GeoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeometryFactory factory;

    public GeoJsonReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /** A feature: WGS84 geometry and its properties (strings, numbers, booleans as read). */
    public record Feature(Geometry geometry, Map<String, Object> properties) {
    }

    /** Reads every feature of a FeatureCollection. {@code name} is used in error messages. */
    public List<Feature> read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonParseException e) {
            throw new IOException(name + ": line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException(name + ": /type: expected \"FeatureCollection\"");
        }
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new IOException(name + ": /features: expected an array");
        }
        List<Feature> out = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            String ptr = "/features/" + i;
            JsonNode f = features.get(i);
            Geometry g = geometry(f.path("geometry"), name, ptr + "/geometry");
            Map<String, Object> props = new LinkedHashMap<>();
            f.path("properties").fields().forEachRemaining(e -> props.put(e.getKey(), value(e.getValue())));
            out.add(new Feature(g, props));
        }
        return out;
    }

    private static Object value(JsonNode v) {
        if (v.isNumber()) {
            return v.numberValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNull()) {
            return null;
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** One GeoJSON geometry object; {@code ptr} is its JSON pointer for messages. */
    public Geometry geometry(JsonNode g, String name, String ptr) throws IOException {
        String type = g.path("type").asText("");
        JsonNode c = g.path("coordinates");
        switch (type) {
            case "Point":
                return factory.createPoint(coordinate(c, name, ptr + "/coordinates"));
            case "MultiPoint":
                return factory.createMultiPointFromCoords(coordinates(c, name, ptr + "/coordinates"));
            case "LineString":
                return factory.createLineString(coordinates(c, name, ptr + "/coordinates"));
            case "MultiLineString": {
                List<LineString> lines = new ArrayList<>();
                for (int i = 0; i < c.size(); i++) {
                    lines.add(factory.createLineString(coordinates(c.get(i), name, ptr + "/coordinates/" + i)));
                }
                return factory.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "Polygon":
                return polygon(c, name, ptr + "/coordinates");
            case "MultiPolygon": {
                List<Polygon> polys = new ArrayList<>();
                for (int i = 0; i < c.size(); i++) {
                    polys.add(polygon(c.get(i), name, ptr + "/coordinates/" + i));
                }
                return factory.createMultiPolygon(polys.toArray(Polygon[]::new));
            }
            case "GeometryCollection": {
                JsonNode gs = g.path("geometries");
                List<Geometry> parts = new ArrayList<>();
                for (int i = 0; i < gs.size(); i++) {
                    parts.add(geometry(gs.get(i), name, ptr + "/geometries/" + i));
                }
                return factory.createGeometryCollection(parts.toArray(Geometry[]::new));
            }
            default:
                throw new IOException(name + ": " + ptr + "/type: expected a GeoJSON geometry type, found '" + type + "'");
        }
    }

    private Polygon polygon(JsonNode rings, String name, String ptr) throws IOException {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IOException(name + ": " + ptr + ": expected an array of linear rings");
        }
        LinearRing shell = ring(rings.get(0), name, ptr + "/0");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), name, ptr + "/" + i);
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode c, String name, String ptr) throws IOException {
        Coordinate[] cs = coordinates(c, name, ptr);
        if (cs.length < 4 || !cs[0].equals2D(cs[cs.length - 1])) {
            throw new IOException(name + ": " + ptr + ": a linear ring needs at least 4 positions, first = last");
        }
        return factory.createLinearRing(cs);
    }

    private static Coordinate[] coordinates(JsonNode c, String name, String ptr) throws IOException {
        if (!c.isArray()) {
            throw new IOException(name + ": " + ptr + ": expected an array of positions");
        }
        Coordinate[] out = new Coordinate[c.size()];
        for (int i = 0; i < c.size(); i++) {
            out[i] = coordinate(c.get(i), name, ptr + "/" + i);
        }
        return out;
    }

    private static Coordinate coordinate(JsonNode p, String name, String ptr) throws IOException {
        if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new IOException(name + ": " + ptr + ": expected a position [longitude, latitude]");
        }
        double lon = p.get(0).doubleValue();
        double lat = p.get(1).doubleValue();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IOException(name + ": " + ptr + ": position [" + lon + ", " + lat + "] is outside WGS84 bounds");
        }
        return new Coordinate(lon, lat);
    }
}
