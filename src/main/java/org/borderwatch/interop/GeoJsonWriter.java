package org.borderwatch.interop;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.json.GeoJsonGeometry;
import org.borderwatch.json.Json;
import org.locationtech.jts.geom.Coordinate;

/**
 * Writes events, crossings and annotations as GeoJSON FeatureCollections (RFC 7946): WGS84,
 * positions {@code [longitude, latitude]}, polygon exteriors counter-clockwise. UTF-8, one
 * feature per line. Every feature has the property {@code layer} ({@code event},
 * {@code crossing} or {@code annotation}) so one file can hold all three and
 * {@link GeoJsonReader} can read it back.
 *
 * <ul>
 *   <li>Event: {@code id, date, date_precision, title, summary, category, border, crossing_id,
 *       place, tags, sources} (objects with {@code id, title, url, publisher}) and each attribute
 *       as {@code attr.<name>}; geometry a Point, or null when the event has no location.</li>
 *   <li>Crossing: its fields, its {@code status} on the chosen day with {@code status_date},
 *       {@code status_since}, {@code status_until} and {@code status_reason}, and the whole
 *       {@code history} (array of intervals).</li>
 *   <li>Annotation: every field, {@code kind}, and {@code radius_km} for a range ring (whose
 *       geometry is its centre).</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class GeoJsonWriter {
    /** The value of the {@code layer} property per kind of item. */
    public static final String EVENT = "event";
    public static final String CROSSING = "crossing";
    public static final String ANNOTATION = "annotation";
    /** Prefix of event attributes among the properties. */
    public static final String ATTRIBUTE_PREFIX = "attr.";

    /** Writes one FeatureCollection; does not close {@code out}. Returns the number of features. */
    public int write(OutputStream out, ExportContent content) throws IOException {
        int n = 0;
        try (JsonGenerator g = Json.factory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            if (content.crossings()) {
                for (Crossing c : content.data().crossings()) {
                    newline(g);
                    writeCrossing(g, c, content.data(), content.statusDate());
                    n++;
                }
            }
            if (content.events()) {
                int[] events = {0};
                content.feed().forEach(e -> {
                    newline(g);
                    writeEvent(g, e, content.data().sources());
                    events[0]++;
                });
                n += events[0];
            }
            for (Annotation a : content.annotations()) {
                newline(g);
                writeAnnotation(g, a);
                n++;
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return n;
    }

    private static void newline(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    private static void writeEvent(JsonGenerator g, Event e, Map<String, Source> sources) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeFieldName("geometry");
        if (e.location() == null) {
            g.writeNull();
        } else {
            writePoint(g, e.location().lon(), e.location().lat());
        }
        g.writeObjectFieldStart("properties");
        g.writeStringField("layer", EVENT);
        g.writeStringField("id", e.id());
        g.writeStringField("date", e.date().toString());
        g.writeStringField("date_precision", e.datePrecision().code());
        g.writeStringField("title", e.title());
        g.writeStringField("summary", e.summary());
        g.writeStringField("category", e.category().code());
        g.writeStringField("border", e.border().code());
        nullable(g, "crossing_id", e.crossingId());
        nullable(g, "place", e.place());
        strings(g, "tags", e.tags());
        g.writeArrayFieldStart("sources");
        for (String id : e.sourceIds()) {
            Source s = sources.get(id);
            g.writeStartObject();
            g.writeStringField("id", id);
            if (s != null) {
                g.writeStringField("title", s.title());
                nullable(g, "url", s.url());
                nullable(g, "publisher", s.publisher());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            g.writeStringField(ATTRIBUTE_PREFIX + a.getKey(), a.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeCrossing(JsonGenerator g, Crossing c, SituationData data, LocalDate day) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", c.id());
        g.writeFieldName("geometry");
        writePoint(g, c.location().lon(), c.location().lat());
        g.writeObjectFieldStart("properties");
        g.writeStringField("layer", CROSSING);
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        nullable(g, "counterpart", c.counterpart());
        nullable(g, "counterpart_latin", c.counterpartLatin());
        g.writeStringField("display_name", c.displayPair());
        g.writeStringField("border", c.border().code());
        g.writeStringField("type", c.type().code());
        g.writeStringField("precision", c.precision().code());
        g.writeStringField("precision_note", c.precisionNote());
        nullable(g, "note", c.note());
        strings(g, "sources", c.sourceIds());
        StatusInterval now = data.intervalOn(c.id(), day);
        g.writeStringField("status_date", day.toString());
        g.writeStringField("status", now == null ? "unknown" : now.status().code());
        nullable(g, "status_since", now == null ? null : now.from().toString());
        nullable(g, "status_until", now == null || now.until() == null ? null : now.until().toString());
        nullable(g, "status_reason", now == null ? null : now.reason());
        g.writeArrayFieldStart("history");
        for (StatusInterval i : data.intervals(c.id())) {
            g.writeStartObject();
            g.writeStringField("from", i.from().toString());
            nullable(g, "until", i.until() == null ? null : i.until().toString());
            g.writeStringField("status", i.status().code());
            nullable(g, "reason", i.reason());
            nullable(g, "effective_time", i.effectiveTime() == null ? null : i.effectiveTime().toString());
            strings(g, "sources", i.sourceIds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writePoint(JsonGenerator g, double lon, double lat) throws IOException {
        GeoJsonGeometry.write(g, GeoJsonGeometry.FACTORY.createPoint(new Coordinate(lon, lat)),
                GeoJsonGeometry.RingOrder.RIGHT_HAND_RULE);
    }

    private static void writeAnnotation(JsonGenerator g, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", a.id());
        g.writeFieldName("geometry");
        GeoJsonGeometry.write(g, a.geometry(), GeoJsonGeometry.RingOrder.RIGHT_HAND_RULE);
        g.writeObjectFieldStart("properties");
        g.writeStringField("layer", ANNOTATION);
        g.writeStringField("id", a.id());
        g.writeStringField("kind", a.kind().code());
        g.writeStringField("title", a.title());
        g.writeStringField("note", a.note());
        g.writeStringField("author", a.author());
        g.writeStringField("created", a.created().toString());
        g.writeStringField("modified", a.modified().toString());
        strings(g, "tags", a.tags());
        strings(g, "event_ids", a.eventIds());
        g.writeStringField("confidence", a.confidence().code());
        nullable(g, "valid_from", a.validFrom() == null ? null : a.validFrom().toString());
        nullable(g, "valid_until", a.validUntil() == null ? null : a.validUntil().toString());
        g.writeStringField("color", a.color());
        if (a.radiusKm() != null) {
            g.writeNumberField("radius_km", a.radiusKm());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String key, String value) throws IOException {
        if (value == null) {
            g.writeNullField(key);
        } else {
            g.writeStringField(key, value);
        }
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
