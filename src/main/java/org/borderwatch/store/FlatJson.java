package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.Attributes;
import org.borderwatch.json.Json;

/**
 * Flat JSON as the store keeps it: the stored form of {@link org.borderwatch.domain.Event#attributes()},
 * an object of strings in the map's order such as {@code {"event_type":"Protests","fatalities":"0"}},
 * and arrays of strings such as SQLite's {@code json_group_array} gives for an event's sources.
 *
 * <p>Hand-written because a bulk import writes, and a situation load reads, one object per event.
 * {@link #writeObject} produces exactly the text Jackson's default writer produces (no spaces;
 * {@code "} and {@code \} escaped; {@code \b \t \n \f \r} and the other control characters
 * below U+0020 as {@code \}{@code u00XX} with upper-case hex; everything else as is), so text
 * written by either compares equal. {@link #readObject} takes any JSON object of strings;
 * whatever it does not recognise (other value types, duplicate keys, broken text) goes to
 * Jackson, which gives the error. Stateless and thread-safe.
 */
final class FlatJson {
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Values up to this length are shared by {@link #readObject(String, Function)}. */
    static final int SHARED_VALUE_LENGTH = 40;

    private FlatJson() {
    }

    /** The JSON text of {@code attributes}; {@code "{}"} for an empty map. */
    static String writeObject(Map<String, String> attributes) {
        return writeStored(attributes, null);
    }

    /**
     * The stored form of an event's attributes: as {@link #writeObject}, except that a value
     * equal to the event's {@code summary} (when that is not empty) is written as JSON
     * {@code null} — ACLED's {@code notes} is the summary, and storing it twice doubled the row.
     * {@link #readStored} puts the summary back.
     */
    static String writeStored(Map<String, String> attributes, String summary) {
        if (attributes.isEmpty()) {
            return "{}";
        }
        Attributes a = Attributes.of(attributes);
        boolean hasSummary = summary != null && !summary.isEmpty();
        StringBuilder sb = new StringBuilder(32 * a.size());
        sb.append('{');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, a.key(i));
            sb.append(':');
            String value = a.value(i);
            if (hasSummary && (value == summary || summary.equals(value))) {
                sb.append("null");
            } else {
                quote(sb, value);
            }
        }
        return sb.append('}').toString();
    }

    /** The JSON array text of {@code values} ({@code []} when empty), escaped as {@link #writeObject}. */
    static String writeArray(List<String> values) {
        if (values.isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder(24 * values.size());
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, values.get(i));
        }
        return sb.append(']').toString();
    }

    /** {@code s} as a JSON string, quoted and escaped. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch != '"' && ch != '\\') {
                continue;
            }
            sb.append(s, start, i);
            start = i + 1;
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> sb.append("\\u00").append(HEX[ch >> 4]).append(HEX[ch & 0xF]);
            }
        }
        sb.append(s, start, n).append('"');
    }

    /**
     * The attributes in {@code json}, in its order; an empty map for {@code null} and {@code "{}"}.
     *
     * @throws IllegalArgumentException when the text is not a JSON object whose values are all
     *                                  strings, or repeats a key
     */
    static Map<String, String> readObject(String json) {
        return readObject(json, s -> s);
    }

    /**
     * As {@link #readObject(String)}, passing every key and every value of at most
     * {@link #SHARED_VALUE_LENGTH} characters through {@code canonical}, so that the names and the
     * short codes repeated over many rows are one instance each.
     */
    static Map<String, String> readObject(String json, Function<String, String> canonical) {
        return readStored(json, canonical, null);
    }

    /**
     * Attributes in their stored form ({@link #writeStored}): as {@link #readObject(String, Function)},
     * with every {@code null} value replaced by {@code summary} itself (the same instance, so the
     * text is held once in memory).
     *
     * @throws IllegalArgumentException as {@link #readObject(String)}, and for a {@code null}
     *                                  value when {@code summary} is {@code null}
     */
    static Map<String, String> readStored(String json, Function<String, String> canonical, String summary) {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        Map<String, String> fast = new JsonCursor(json).object(canonical, summary);
        if (fast != null) {
            return fast;
        }
        Map<String, String> m;
        try {
            m = Json.MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object of strings: " + e.getOriginalMessage(), e);
        }
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (e.getValue() == null) {
                if (summary == null) {
                    throw new IllegalArgumentException("not a JSON object of strings: the value of \""
                            + e.getKey() + "\" is null");
                }
                e.setValue(summary);
            }
        }
        return m;
    }

    /**
     * The strings of a JSON array of strings (as {@code json_group_array} writes it), each
     * passed through {@code canonical} so that a value repeated over many rows is one instance.
     *
     * @throws IllegalArgumentException when the text is not such an array
     */
    static List<String> readArray(String json, Function<String, String> canonical) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        List<String> list = new JsonCursor(json).array(canonical);
        if (list == null) {
            throw new IllegalArgumentException("not a JSON array of strings: " + abbreviate(json));
        }
        return list;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
