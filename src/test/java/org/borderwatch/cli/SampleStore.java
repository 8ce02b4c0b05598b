package org.borderwatch.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.store.BundleInput;
import org.borderwatch.store.Store;

/** Fills a store with a situation through the store's own bundle import. */
final class SampleStore {
    private SampleStore() {
    }

    /** Imports the sources, crossings and intervals of {@code d}, and its events and {@code annotations} when asked. */
    static void fill(Store store, SituationData d, List<Annotation> annotations, boolean withEvents) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(head)) {
            g.writeStartObject();
            g.writeStringField("format", "borderwatch");
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("crossings");
            for (Crossing c : d.crossings()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("border", c.border().code());
                g.writeStringField("name", c.name());
                g.writeStringField("counterpart", c.counterpart());
                g.writeStringField("counterpartLatin", c.counterpartLatin());
                g.writeStringField("type", c.type().code());
                g.writeObjectFieldStart("location");
                g.writeNumberField("lat", c.location().lat());
                g.writeNumberField("lon", c.location().lon());
                g.writeEndObject();
                g.writeStringField("precision", c.precision().code());
                g.writeStringField("precisionNote", c.precisionNote());
                g.writeStringField("note", c.note());
                g.writeArrayFieldStart("sources");
                for (String s : c.sourceIds()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("intervals");
            for (StatusInterval i : d.allIntervals()) {
                g.writeStartObject();
                g.writeStringField("crossing", i.crossingId());
                g.writeStringField("from", i.from().toString());
                g.writeStringField("until", i.until() == null ? null : i.until().toString());
                g.writeStringField("status", i.status().code());
                g.writeStringField("reason", i.reason());
                g.writeStringField("effectiveTime", i.effectiveTime() == null ? null : i.effectiveTime().toString());
                g.writeArrayFieldStart("sources");
                for (String s : i.sourceIds()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        byte[] rest = BundleText.write(List.<Source>copyOf(d.sources().values()),
                withEvents ? d.events() : List.of(), withEvents ? annotations : List.of());
        String json = head.toString(java.nio.charset.StandardCharsets.UTF_8);
        String tail = new String(rest, java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = (json.substring(0, json.length() - 1) + "," + tail.substring(tail.indexOf("\"sources\"")))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        store.importBundles(List.of(new BundleInput("sample.json", () -> new ByteArrayInputStream(all))));
    }
}
