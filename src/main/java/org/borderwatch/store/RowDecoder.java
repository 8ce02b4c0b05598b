package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns stored text into values while loading many rows, remembering what it decoded: a store of
 * 100,000 events holds only some 1,500 distinct dates, a dozen codes and few distinct attribute
 * sets, so each is parsed once per load. One decoder serves one load on one thread.
 */
final class RowDecoder {
    private static final int MAX_CACHED_ATTRIBUTES = 10_000;
    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, Object> codes = new HashMap<>();
    private final Map<String, Map<String, String>> attributes = new HashMap<>();

    LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        LocalDate d = dates.get(text);
        if (d == null) {
            d = LocalDate.parse(text);
            dates.put(text, d);
        }
        return d;
    }

    /** An enum constant parsed by {@code parse} ({@code Category::parse} …), cached per type and code. */
    <E extends Enum<E>> E code(Class<E> type, String text, Function<String, E> parse) {
        String key = type.getName() + '\u0000' + text;
        Object v = codes.get(key);
        if (v == null) {
            v = parse.apply(text);
            codes.put(key, v);
        }
        return type.cast(v);
    }

    /** Event attributes from their stored JSON object text. */
    Map<String, String> attributes(String eventId, String json) throws SQLException {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        Map<String, String> m = attributes.get(json);
        if (m == null) {
            try {
                m = Json.MAPPER.readValue(json, ATTRIBUTES);
            } catch (JsonProcessingException e) {
                throw new SQLException("attributes of event " + eventId + " are not a JSON object of strings", e);
            }
            if (attributes.size() < MAX_CACHED_ATTRIBUTES) {
                attributes.put(json, m);
            }
        }
        return m;
    }
}
