package org.borderwatch.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.Attributes;
import org.borderwatch.domain.GeoPoint;

/**
 * Turns stored text into values while loading many rows, remembering what it decoded: a store of
 * 100,000 events holds only some 1,500 distinct dates, a dozen codes, a few hundred source ids and
 * tags, and (for curated or synthetic events) few distinct attribute sets, so each is parsed once
 * per load. Long attribute texts (ACLED's carry the notes) are nearly always unique, so they are
 * parsed without being remembered. One decoder serves one load on one thread.
 */
final class RowDecoder {
    /** Attribute texts up to this many characters are remembered. */
    private static final int MAX_CACHED_LENGTH = 200;
    private static final int MAX_CACHED_ATTRIBUTES = 10_000;
    private static final int DATE_SLOTS = 8192;
    /** Slots of the cache of recent titles and places (a power of two). */
    private static final int TEXT_SLOTS = 4096;

    /** A direct-mapped cache of dates by their YYYYMMDD number: no string hashing per row. */
    private final int[] dateKeys = new int[DATE_SLOTS];
    private final LocalDate[] dateValues = new LocalDate[DATE_SLOTS];
    private final Map<Class<?>, Map<String, Object>> codes = new HashMap<>();
    private final Map<String, Map<String, String>> attributes = new HashMap<>();
    private final Map<String, List<String>> lists = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Function<String, String> canonical = s -> strings.computeIfAbsent(s, x -> x);
    /** Titles and places read lately, by hash: a direct-mapped cache, bounded whatever the read. */
    private final String[] texts = new String[TEXT_SLOTS];
    /** The attribute names of the last row read: the next row most likely has the same. */
    private Attributes.Keys names;

    /** A stored date ({@code YYYY-MM-DD}); {@code null} for {@code null}. */
    LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        int key = ymd(text);
        if (key <= 0) {
            return LocalDate.parse(text);
        }
        int slot = key % DATE_SLOTS;
        LocalDate d = dateValues[slot];
        if (d == null || dateKeys[slot] != key) {
            d = LocalDate.of(key / 10_000, key / 100 % 100, key % 100);
            dateKeys[slot] = key;
            dateValues[slot] = d;
        }
        return d;
    }

    /** {@code YYYY-MM-DD} as the number YYYYMMDD, or −1 for any other text. */
    private static int ymd(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** An enum constant parsed by {@code parse} ({@code Category::parse} …), cached per type and code. */
    <E extends Enum<E>> E code(Class<E> type, String text, Function<String, E> parse) {
        Map<String, Object> byText = codes.computeIfAbsent(type, t -> new HashMap<>());
        Object v = byText.get(text);
        if (v == null) {
            v = parse.apply(text);
            byText.put(text, v);
        }
        return type.cast(v);
    }

    /** {@code s}, or the equal string this decoder returned before. */
    String text(String s) {
        return s == null ? null : canonical.apply(s);
    }

    /**
     * {@code s}, or an equal string read lately: imported events repeat their titles and places
     * ("Peaceful protest in Brest"), and events held by the thousand should hold each once. Unlike
     * {@link #text}, it remembers at most {@value #TEXT_SLOTS} strings, so a read of every event
     * keeps no more than that.
     */
    String repeated(String s) {
        if (s == null || s.length() > MAX_CACHED_LENGTH) {
            return s;
        }
        int h = s.hashCode();
        int slot = (h ^ (h >>> 16)) & (TEXT_SLOTS - 1);
        String held = texts[slot];
        if (s.equals(held)) {
            return held;
        }
        texts[slot] = s;
        return s;
    }

    /** A WGS84 point from stored degrees. */
    GeoPoint point(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    /**
     * A list of ids or tags from its JSON array text (see {@link EventTable#COLUMNS}); equal
     * arrays give the same list instance and equal strings the same string.
     */
    List<String> list(String ownerId, String json) throws SQLException {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        List<String> l = lists.get(json);
        if (l == null) {
            try {
                l = List.copyOf(FlatJson.readArray(json, canonical));
            } catch (IllegalArgumentException e) {
                throw new SQLException("the sources or tags of " + ownerId + " could not be read: " + e.getMessage(), e);
            }
            if (lists.size() < MAX_CACHED_ATTRIBUTES) {
                lists.put(json, l);
            }
        }
        return l;
    }

    /**
     * Event attributes from their stored JSON object text ({@link FlatJson#writeStored}): a
     * {@code null} value stands for the event's {@code summary}, which is put back as the same
     * instance.
     */
    Map<String, String> attributes(String eventId, String json, String summary) throws SQLException {
        if (json == null || json.equals("{}")) {
            return Map.of();
        }
        boolean remember = json.length() <= MAX_CACHED_LENGTH && !json.contains(":null");
        Map<String, String> m = remember ? attributes.get(json) : null;
        if (m == null) {
            JsonCursor cursor = new JsonCursor(json);
            Attributes fast = cursor.attributes(names, canonical, summary);
            try {
                if (fast != null) {
                    names = cursor.keys();
                    m = fast;
                } else {
                    m = FlatJson.readStored(json, canonical, summary);
                }
            } catch (IllegalArgumentException e) {
                throw new SQLException("attributes of event " + eventId + " are not a JSON object of strings", e);
            }
            if (remember && attributes.size() < MAX_CACHED_ATTRIBUTES) {
                attributes.put(json, m);
            }
        }
        return m;
    }
}
