package org.borderwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.json.Json;

/**
 * Typed, validated access to the keys of one JSON object of a bundle. Every failure is an
 * {@link ItemProblem} carrying the JSON pointer of the value and what was expected there.
 * A key that is absent and a key whose value is {@code null} mean the same.
 */
final class JsonFields {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonNode node;
    private final String pointer;

    JsonFields(JsonNode node, String pointer) throws ItemProblem {
        if (node == null || !node.isObject()) {
            throw new ItemProblem(pointer, "expected an object, got " + describe(node));
        }
        this.node = node;
        this.pointer = pointer;
    }

    /** Refuses keys outside {@code allowed}: a misspelt key would otherwise be lost silently. */
    JsonFields allowOnly(List<String> allowed) throws ItemProblem {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ItemProblem(at(name), "unknown key '" + name + "' (expected one of: "
                        + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    String pointer() {
        return pointer;
    }

    /** The pointer of {@code key} in this object. */
    String at(String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The raw value of {@code key}, or {@code null} when absent or null. */
    JsonNode raw(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    String text(String key, boolean required) throws ItemProblem {
        JsonNode v = raw(key);
        if (v == null) {
            if (required) {
                throw new ItemProblem(at(key), "missing required key '" + key + "' (a string)");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new ItemProblem(at(key), "expected a string, got " + describe(v));
        }
        if (required && v.textValue().isBlank()) {
            throw new ItemProblem(at(key), "expected a non-empty string");
        }
        return v.textValue();
    }

    LocalDate date(String key, boolean required) throws ItemProblem {
        JsonNode v = raw(key);
        if (v == null) {
            if (required) {
                throw new ItemProblem(at(key), "missing required key '" + key + "' (a date YYYY-MM-DD)");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new ItemProblem(at(key), "expected a date \"YYYY-MM-DD\", got " + describe(v));
        }
        String s = v.textValue();
        try {
            if (DATE.matcher(s).matches()) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            throw new ItemProblem(at(key), "expected a date YYYY-MM-DD, got \"" + s + "\" (no such day)");
        }
        throw new ItemProblem(at(key), "expected a date YYYY-MM-DD, got \"" + s + "\"");
    }

    Double number(String key, boolean required) throws ItemProblem {
        JsonNode v = raw(key);
        if (v == null) {
            if (required) {
                throw new ItemProblem(at(key), "missing required key '" + key + "' (a number)");
            }
            return null;
        }
        if (!v.isNumber()) {
            throw new ItemProblem(at(key), "expected a number, got " + describe(v));
        }
        return v.doubleValue();
    }

    /** A code of one of the domain enums, parsed by {@code parse} (whose message says what is expected). */
    <E> E code(String key, boolean required, Function<String, E> parse) throws ItemProblem {
        String s = text(key, required);
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            throw new ItemProblem(at(key), e.getMessage());
        }
    }

    /** An array of non-empty strings; absent or null gives an empty list. */
    List<String> texts(String key, boolean atLeastOne) throws ItemProblem {
        JsonNode v = raw(key);
        if (v == null) {
            if (atLeastOne) {
                throw new ItemProblem(at(key), "missing required key '" + key + "' (an array of at least one id)");
            }
            return List.of();
        }
        if (!v.isArray()) {
            throw new ItemProblem(at(key), "expected an array of strings, got " + describe(v));
        }
        if (atLeastOne && v.isEmpty()) {
            throw new ItemProblem(at(key), "expected at least one entry");
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual() || e.textValue().isBlank()) {
                throw new ItemProblem(at(key) + "/" + i, "expected a non-empty string, got " + describe(e));
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** An object whose values are all strings, in file order; absent or null gives an empty map. */
    Map<String, String> stringMap(String key) throws ItemProblem {
        JsonNode v = raw(key);
        if (v == null) {
            return Map.of();
        }
        if (!v.isObject()) {
            throw new ItemProblem(at(key), "expected an object of strings, got " + describe(v));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw new ItemProblem(at(key) + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                        "expected a string, got " + describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().textValue());
        }
        return out;
    }

    /** {@code {"lat": …, "lon": …}} in WGS84 degrees, or {@code null}. */
    GeoPoint location(String key, boolean required) throws ItemProblem {
        JsonNode v = raw(key);
        if (v == null) {
            if (required) {
                throw new ItemProblem(at(key), "missing required key '" + key + "' ({\"lat\": …, \"lon\": …})");
            }
            return null;
        }
        JsonFields f = new JsonFields(v, at(key)).allowOnly(List.of("lat", "lon"));
        double lat = f.number("lat", true);
        double lon = f.number("lon", true);
        checkLatLon(lat, lon, f.at("lat"), f.at("lon"));
        return new GeoPoint(lat, lon);
    }

    static void checkLatLon(double lat, double lon, String latPointer, String lonPointer) throws ItemProblem {
        if (!(lat >= -90 && lat <= 90)) {
            throw new ItemProblem(latPointer, "latitude " + Json.number(lat) + " is outside −90…90 degrees");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new ItemProblem(lonPointer, "longitude " + Json.number(lon) + " is outside −180…180 degrees");
        }
    }

    /** "a string", "a number", "an array" … for messages. */
    static String describe(JsonNode v) {
        return Json.describe(v);
    }
}
