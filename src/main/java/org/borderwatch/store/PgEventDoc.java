package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.json.Json;

/**
 * Reads an event's {@code doc} as the server sends it (its UTF-8 bytes) straight into an
 * {@link Event} with a streaming parser: no tree of the document in between, which was most of
 * the time a windowed read of many events spent in the client. It reads only what a stored event
 * looks like (the shape {@link BundleJson} writes, keys in any order); anything else — an unknown
 * or repeated key, a value of another type, a value the event refuses — goes to the bundle codec
 * ({@link BundleItems#event}), which reads it the same way or names the problem with its place.
 */
final class PgEventDoc {
    private PgEventDoc() {
    }

    /** The event in {@code doc}, row {@code id} of {@code events}. */
    static Event read(byte[] doc, String id) throws SQLException {
        Event e = quick(doc);
        return e != null ? e : PgDocs.read(new String(doc, StandardCharsets.UTF_8), BundleItems::event, "events", id);
    }

    /** The event, or {@code null} when the document is anything but a plain stored event. */
    private static Event quick(byte[] doc) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(doc)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            String date = null;
            String precision = null;
            String title = null;
            String summary = null;
            String category = null;
            String border = null;
            String crossing = null;
            GeoPoint location = null;
            String place = null;
            List<String> sources = null;
            List<String> tags = List.of();
            Map<String, String> attributes = Map.of();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                switch (key) {
                    case "id" -> id = text(p, v, true);
                    case "date" -> date = text(p, v, true);
                    case "datePrecision" -> precision = text(p, v, false);
                    case "title" -> title = text(p, v, true);
                    case "summary" -> summary = text(p, v, false);
                    case "category" -> category = text(p, v, true);
                    case "border" -> border = text(p, v, true);
                    case "crossing" -> crossing = text(p, v, false);
                    case "location" -> location = v == JsonToken.VALUE_NULL ? null : location(p, v);
                    case "place" -> place = text(p, v, false);
                    case "sources" -> sources = texts(p, v);
                    case "tags" -> tags = v == JsonToken.VALUE_NULL ? List.of() : texts(p, v);
                    case "attributes" -> attributes = v == JsonToken.VALUE_NULL ? Map.of() : attributes(p, v);
                    default -> throw Unexpected.SHAPE;
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null || id == null || title == null || category == null
                    || border == null || sources == null || sources.isEmpty() || !isDate(date)) {
                return null;
            }
            LocalDate day = LocalDate.parse(date);
            DatePrecision dp = precision == null ? null : DatePrecision.parse(precision);
            if (dp == DatePrecision.MONTH && day.getDayOfMonth() != 1) {
                return null;
            }
            return new Event(id, day, dp, title, summary, Category.parse(category), Border.parse(border), crossing,
                    location, place, sources, tags, attributes);
        } catch (IOException | RuntimeException e) {
            return null; // the bundle codec reads it, or says what is wrong with it
        }
    }

    /** Not the shape of a stored event: the bundle codec decides. */
    private static final class Unexpected extends RuntimeException {
        static final Unexpected SHAPE = new Unexpected();

        private Unexpected() {
            super("not a plain stored event", null, false, false);
        }
    }

    /** A string (non-blank when {@code required}), or null for a JSON null that may be absent. */
    private static String text(JsonParser p, JsonToken v, boolean required) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            String s = p.getText();
            if (required && s.isBlank()) {
                throw Unexpected.SHAPE;
            }
            return s;
        }
        if (v == JsonToken.VALUE_NULL && !required) {
            return null;
        }
        throw Unexpected.SHAPE;
    }

    private static List<String> texts(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            throw Unexpected.SHAPE;
        }
        List<String> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            String s = p.getText();
            if (s.isBlank()) {
                throw Unexpected.SHAPE;
            }
            out.add(s);
        }
        if (t != JsonToken.END_ARRAY) {
            throw Unexpected.SHAPE;
        }
        return out;
    }

    private static Map<String, String> attributes(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            throw Unexpected.SHAPE;
        }
        Map<String, String> out = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw Unexpected.SHAPE;
            }
            out.put(key, p.getText());
        }
        if (t != JsonToken.END_OBJECT) {
            throw Unexpected.SHAPE;
        }
        return out;
    }

    private static GeoPoint location(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            throw Unexpected.SHAPE;
        }
        double lat = Double.NaN;
        double lon = Double.NaN;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken n = p.nextToken();
            if (n != JsonToken.VALUE_NUMBER_FLOAT && n != JsonToken.VALUE_NUMBER_INT) {
                throw Unexpected.SHAPE;
            }
            switch (key) {
                case "lat" -> lat = p.getDoubleValue();
                case "lon" -> lon = p.getDoubleValue();
                default -> throw Unexpected.SHAPE;
            }
        }
        if (t != JsonToken.END_OBJECT || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw Unexpected.SHAPE;
        }
        return new GeoPoint(lat, lon);
    }

    /** {@code YYYY-MM-DD} of digits (the bundle codec's pattern; whether the day exists, LocalDate says). */
    private static boolean isDate(String s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }
}
