package org.borderwatch.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.json.GeoJsonGeometry;
import org.borderwatch.json.GeoJsonProblem;
import org.borderwatch.json.Json;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a GeoJSON FeatureCollection (RFC 7946, longitude-latitude order) of the base map into JTS
 * geometries (SRID 4326, through the one {@link GeoJsonGeometry} codec) with their properties.
 * Validates as it goes: a malformed file is reported with its name, the line and column of a
 * syntax error or the JSON pointer of the bad value, and what was expected. Stateless and
 * thread-safe.
 */
public final class GeoJsonReader {
    /** A feature: WGS84 geometry and its properties (strings, numbers, booleans as read). */
    public record Feature(Geometry geometry, Map<String, Object> properties) {
    }

    /** Reads every feature of a FeatureCollection. {@code name} is used in error messages. */
    public List<Feature> read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
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
            Geometry g;
            try {
                g = GeoJsonGeometry.read(f.get("geometry"), ptr + "/geometry");
            } catch (GeoJsonProblem e) {
                throw new IOException(name + ": " + e.pointer() + ": " + e.getMessage(), e);
            }
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
}
