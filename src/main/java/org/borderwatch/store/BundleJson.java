package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.json.GeoJsonGeometry;
import org.borderwatch.json.Json;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes domain records as items of a Borderwatch bundle, with the keys of {@link BundleItems}
 * in that order. Optional values are written as {@code null} rather than left out, so every item
 * of a kind has the same shape.
 */
final class BundleJson {
    /** The value of the bundle's {@code "format"} key. */
    static final String FORMAT = "borderwatch";
    /**
     * The bundle format version this build writes; it reads this one and every earlier one
     * (version 2 added source dates and archive addresses, crossing ranks, uncertainty, names and
     * tracked-from days, all optional).
     */
    static final int VERSION = 2;

    private BundleJson() {
    }

    /** A UTF-8 generator over {@code out} with the bundle layout of {@link BundlePrettyPrinter}. */
    static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
        JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out);
        g.setPrettyPrinter(new BundlePrettyPrinter());
        return g;
    }

    /** Writes {@code content} as one bundle object: format, version, then each kind in bundle order. */
    static void write(JsonGenerator g, BundleContent content) throws IOException {
        BundleJson.<RuntimeException>write(g, content, each -> {
            for (Event e : content.events()) {
                each.accept(e);
            }
        });
    }

    /**
     * Writes a bundle whose events come from {@code events} instead of {@code content} (a store
     * streams them), so that the export of any store holds one event at a time.
     */
    static <E extends Exception> void write(JsonGenerator g, BundleContent content, BundleInput.EventFeed<E> events)
            throws IOException, E {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeArrayFieldStart("sources");
        for (Source s : content.sources()) {
            write(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("crossings");
        for (Crossing c : content.crossings()) {
            write(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("intervals");
        for (StatusInterval iv : content.intervals()) {
            write(g, iv);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        events.writeAll(e -> write(g, e));
        g.writeEndArray();
        g.writeArrayFieldStart("annotations");
        for (Annotation a : content.annotations()) {
            write(g, a);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void write(JsonGenerator g, Source s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("title", s.title());
        g.writeStringField("url", s.url());
        g.writeStringField("publisher", s.publisher());
        g.writeStringField("published", s.published() == null ? null : s.published().toString());
        g.writeStringField("undatedReason", s.undatedReason());
        g.writeStringField("archiveUrl", s.archiveUrl());
        g.writeEndObject();
    }

    static void write(JsonGenerator g, Crossing c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("border", c.border().code());
        g.writeStringField("name", c.name());
        g.writeStringField("counterpart", c.counterpart());
        g.writeStringField("counterpartLatin", c.counterpartLatin());
        g.writeStringField("type", c.type().code());
        writeLocation(g, c.location());
        g.writeStringField("precision", c.precision().code());
        g.writeStringField("precisionNote", c.precisionNote());
        g.writeFieldName("uncertaintyMetres");
        if (c.uncertaintyMetres() == null) {
            g.writeNull();
        } else {
            g.writeNumber(c.uncertaintyMetres());
        }
        g.writeStringField("note", c.note());
        writeStrings(g, "sources", c.sourceIds());
        g.writeFieldName("rank");
        if (c.rank() == null) {
            g.writeNull();
        } else {
            g.writeNumber(c.rank());
        }
        g.writeStringField("rankNote", c.rankNote());
        g.writeFieldName("names");
        PlaceNames.write(g, c.names());
        writeDate(g, "trackedFrom", c.trackedFrom());
        g.writeStringField("untrackedReason", c.untrackedReason());
        g.writeEndObject();
    }

    static void write(JsonGenerator g, StatusInterval i) throws IOException {
        g.writeStartObject();
        g.writeStringField("crossing", i.crossingId());
        writeDate(g, "from", i.from());
        writeDate(g, "until", i.until());
        g.writeStringField("status", i.status().code());
        g.writeStringField("reason", i.reason());
        g.writeStringField("effectiveTime", i.effectiveTime() == null ? null : i.effectiveTime().toString());
        writeStrings(g, "sources", i.sourceIds());
        g.writeEndObject();
    }

    static void write(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        writeDate(g, "date", e.date());
        g.writeStringField("datePrecision", e.datePrecision().code());
        g.writeStringField("title", e.title());
        g.writeStringField("summary", e.summary());
        g.writeStringField("category", e.category().code());
        g.writeStringField("border", e.border().code());
        g.writeStringField("crossing", e.crossingId());
        writeLocation(g, e.location());
        g.writeStringField("place", e.place());
        writeStrings(g, "sources", e.sourceIds());
        writeStrings(g, "tags", e.tags());
        g.writeFieldName("attributes");
        g.writeStartObject();
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            g.writeStringField(a.getKey(), a.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * An annotation's geometry as GeoJSON with its coordinates on one line, rings exactly as held,
     * so that an export reads back into the identical geometry.
     */
    private static void writeGeometry(JsonGenerator g, Geometry geometry) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", GeoJsonGeometry.typeName(geometry));
        g.writeFieldName("coordinates");
        BundlePrettyPrinter.inline(g, true);
        GeoJsonGeometry.writeCoordinates(g, geometry, GeoJsonGeometry.RingOrder.AS_HELD);
        BundlePrettyPrinter.inline(g, false);
        g.writeEndObject();
    }

    static void write(JsonGenerator g, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("kind", a.kind().code());
        g.writeFieldName("geometry");
        writeGeometry(g, a.geometry());
        g.writeStringField("title", a.title());
        g.writeStringField("note", a.note());
        g.writeStringField("author", a.author());
        g.writeStringField("created", a.created().toString());
        g.writeStringField("modified", a.modified().toString());
        writeStrings(g, "tags", a.tags());
        writeStrings(g, "events", a.eventIds());
        g.writeStringField("confidence", a.confidence().code());
        writeDate(g, "validFrom", a.validFrom());
        writeDate(g, "validUntil", a.validUntil());
        g.writeStringField("color", a.color());
        g.writeFieldName("radiusKm");
        if (a.radiusKm() == null) {
            g.writeNull();
        } else {
            g.writeNumber(a.radiusKm());
        }
        g.writeEndObject();
    }

    /** One annotation as compact JSON text (for the revision history). */
    static String compact(Annotation a) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(sw)) {
            write(g, a);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an annotation as JSON", e);
        }
        return sw.toString();
    }

    private static void writeDate(JsonGenerator g, String key, LocalDate d) throws IOException {
        g.writeStringField(key, d == null ? null : d.toString());
    }

    private static void writeLocation(JsonGenerator g, GeoPoint p) throws IOException {
        g.writeFieldName("location");
        if (p == null) {
            g.writeNull();
            return;
        }
        BundlePrettyPrinter.inline(g, true);
        g.writeStartObject();
        g.writeNumberField("lat", p.lat());
        g.writeNumberField("lon", p.lon());
        g.writeEndObject();
        BundlePrettyPrinter.inline(g, false);
    }

    private static void writeStrings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeFieldName(key);
        BundlePrettyPrinter.inline(g, true);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
        BundlePrettyPrinter.inline(g, false);
    }
}
