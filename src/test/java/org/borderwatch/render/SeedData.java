package org.borderwatch.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;

/** Reads the seed bundle in {@code data/} (docs/DATA.md) into a {@link SituationData}, for renderer tests. */
final class SeedData {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SituationData loaded;

    private SeedData() {
    }

    static synchronized SituationData load() {
        if (loaded == null) {
            try {
                JsonNode c = JSON.readTree(Path.of("data", "crossings.json").toFile());
                JsonNode e = JSON.readTree(Path.of("data", "events.json").toFile());
                JsonNode s = JSON.readTree(Path.of("data", "sources.json").toFile());
                loaded = new SituationData(crossings(c), intervals(c), events(e), sources(s));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return loaded;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> list(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v != null) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static GeoPoint point(JsonNode n) {
        return n == null || n.isNull() ? null : new GeoPoint(n.get("lat").asDouble(), n.get("lon").asDouble());
    }

    private static List<Crossing> crossings(JsonNode root) {
        List<Crossing> out = new ArrayList<>();
        for (JsonNode n : root.get("crossings")) {
            out.add(new Crossing(text(n, "id"), Border.parse(text(n, "border")), text(n, "name"), text(n, "counterpart"),
                    text(n, "counterpartLatin"), CrossingType.parse(text(n, "type")), point(n.get("location")),
                    CoordinatePrecision.parse(text(n, "precision")), text(n, "precisionNote"), text(n, "note"),
                    list(n, "sources")));
        }
        return out;
    }

    private static List<StatusInterval> intervals(JsonNode root) {
        List<StatusInterval> out = new ArrayList<>();
        for (JsonNode n : root.get("intervals")) {
            String until = text(n, "until");
            String time = text(n, "effectiveTime");
            out.add(new StatusInterval(text(n, "crossing"), LocalDate.parse(text(n, "from")),
                    until == null ? null : LocalDate.parse(until), Status.parseStored(text(n, "status")), text(n, "reason"),
                    time == null ? null : LocalTime.parse(time), list(n, "sources")));
        }
        return out;
    }

    private static List<Event> events(JsonNode root) {
        List<Event> out = new ArrayList<>();
        for (JsonNode n : root.get("events")) {
            Map<String, String> attrs = new LinkedHashMap<>();
            JsonNode a = n.get("attributes");
            if (a != null && a.isObject()) {
                a.fields().forEachRemaining(f -> attrs.put(f.getKey(), f.getValue().asText()));
            }
            String precision = text(n, "datePrecision");
            out.add(new Event(text(n, "id"), LocalDate.parse(text(n, "date")),
                    precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision.toUpperCase(java.util.Locale.ROOT)),
                    text(n, "title"), text(n, "summary"), Category.parse(text(n, "category")), Border.parse(text(n, "border")),
                    text(n, "crossing"), point(n.get("location")), text(n, "place"), list(n, "sources"), list(n, "tags"), attrs));
        }
        return out;
    }

    private static List<Source> sources(JsonNode root) {
        List<Source> out = new ArrayList<>();
        for (JsonNode n : root.get("sources")) {
            out.add(new Source(text(n, "id"), text(n, "title"), text(n, "url"), text(n, "publisher")));
        }
        return out;
    }
}
