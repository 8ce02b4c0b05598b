package org.borderwatch.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.interop.GeoJsonGeometries;

/**
 * Writes sources, events and annotations read from another format as a Borderwatch bundle
 * ({@code "format": "borderwatch", "version": 1}, the file format of {@code export --format
 * json}), so that {@link org.borderwatch.store.Store#importBundles} checks and writes them in
 * one transaction like any bundle. Compact UTF-8.
 */
final class BundleText {
    private static final JsonFactory JSON = new JsonFactory();

    private BundleText() {
    }

    static byte[] write(List<Source> sources, List<Event> events, List<Annotation> annotations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", "borderwatch");
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("sources");
            for (Source s : sources) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("title", s.title());
                g.writeStringField("url", s.url());
                g.writeStringField("publisher", s.publisher());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Event e : events) {
                event(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("annotations");
            for (Annotation a : annotations) {
                annotation(g, a);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("date", e.date().toString());
        g.writeStringField("datePrecision", e.datePrecision().code());
        g.writeStringField("title", e.title());
        g.writeStringField("summary", e.summary());
        g.writeStringField("category", e.category().code());
        g.writeStringField("border", e.border().code());
        g.writeStringField("crossing", e.crossingId());
        g.writeFieldName("location");
        if (e.location() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeNumberField("lat", e.location().lat());
            g.writeNumberField("lon", e.location().lon());
            g.writeEndObject();
        }
        g.writeStringField("place", e.place());
        strings(g, "sources", e.sourceIds());
        strings(g, "tags", e.tags());
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            g.writeStringField(a.getKey(), a.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void annotation(JsonGenerator g, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("kind", a.kind().code());
        g.writeFieldName("geometry");
        GeoJsonGeometries.write(g, a.geometry());
        g.writeStringField("title", a.title());
        g.writeStringField("note", a.note());
        g.writeStringField("author", a.author());
        g.writeStringField("created", a.created().toString());
        g.writeStringField("modified", a.modified().toString());
        strings(g, "tags", a.tags());
        strings(g, "events", a.eventIds());
        g.writeStringField("confidence", a.confidence().code());
        g.writeStringField("validFrom", date(a.validFrom()));
        g.writeStringField("validUntil", date(a.validUntil()));
        g.writeStringField("color", a.color());
        g.writeFieldName("radiusKm");
        if (a.radiusKm() == null) {
            g.writeNull();
        } else {
            g.writeNumber(a.radiusKm());
        }
        g.writeEndObject();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
