package org.borderwatch.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the members of one JSON object, each problem reported at the member's JSON
 * pointer. {@code null} and a missing member are the same.
 */
final class JsonProperties {
    private final JsonNode node;
    private final String pointer;

    JsonProperties(JsonNode node, String pointer) throws JsonProblem {
        if (node == null || !node.isObject()) {
            throw new JsonProblem(pointer, "expected an object");
        }
        this.node = node;
        this.pointer = pointer;
    }

    String at(String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    String pointer() {
        return pointer;
    }

    boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** A string member; {@code null} when absent and not required. */
    String text(String key, boolean required) throws JsonProblem {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new JsonProblem(at(key), "\"" + key + "\" is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new JsonProblem(at(key), "\"" + key + "\" must be a string");
        }
        return v.asText();
    }

    /** A scalar member as text (strings as they are, numbers and booleans written out). */
    static String scalar(JsonNode v, String at) throws JsonProblem {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw new JsonProblem(at, "expected a string, number or boolean");
    }

    LocalDate date(String key, boolean required) throws JsonProblem {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            throw new JsonProblem(at(key), "\"" + t + "\" is not a date YYYY-MM-DD");
        }
    }

    Instant instant(String key, boolean required) throws JsonProblem {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeException e) {
            throw new JsonProblem(at(key), "\"" + t + "\" is not a UTC time like 2024-05-01T12:00:00Z");
        }
    }

    Double number(String key) throws JsonProblem {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new JsonProblem(at(key), "\"" + key + "\" must be a number");
        }
        return v.asDouble();
    }

    List<String> strings(String key) throws JsonProblem {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new JsonProblem(at(key), "\"" + key + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new JsonProblem(at(key) + "/" + i, "expected a string");
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    JsonNode raw(String key) {
        return node.get(key);
    }

    Iterable<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
