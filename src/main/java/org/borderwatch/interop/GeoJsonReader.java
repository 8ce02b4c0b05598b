package org.borderwatch.interop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;
import org.borderwatch.json.GeoJsonGeometry;
import org.borderwatch.json.GeoJsonProblem;
import org.borderwatch.json.Json;
import org.borderwatch.json.JsonSyntax;
import org.borderwatch.json.JsonText;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Reads events and annotations from a GeoJSON FeatureCollection (RFC 7946), as
 * {@link GeoJsonWriter} writes them. A feature is an event or an annotation by its {@code layer}
 * property (or, without one, an annotation when it has a {@code kind}, an event when it has a
 * {@code date}); crossing features are passed over, since crossings are curated data.
 *
 * <p>Everything is checked before anything is returned: a problem is reported with the file and
 * the JSON pointer of the offending member, e.g. {@code /features/3/properties/date}. An event's
 * sources are objects ({@code id, title, url, publisher}, imported with the event) or ids that
 * must be in the store; a crossing an event names must be in the store; the events an
 * annotation links to must be in the store or in the file ({@link KnownIds}). Ids must be unique
 * in the file.
 * Thread-safe: no state.
 */
public final class GeoJsonReader {
    /**
     * What a file holds.
     *
     * @param events            events in file order
     * @param annotations       annotations in file order
     * @param sources           sources described in full by the events, once each
     * @param crossingsIgnored  crossing features passed over
     */
    public record Result(List<Event> events, List<Annotation> annotations, List<Source> sources, int crossingsIgnored) {
        public Result {
            events = List.copyOf(events);
            annotations = List.copyOf(annotations);
            sources = List.copyOf(sources);
        }
    }

    private GeoJsonReader() {
    }

    /** Reads {@code file}, holding every event it has. */
    public static Result read(Path file, KnownIds known) throws IOException, InputFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), known);
        }
    }

    /** Reads a stream (not closed) that holds the file {@code name}, holding every event it has. */
    public static Result read(InputStream in, String name, KnownIds known) throws IOException, InputFormatException {
        Run run = new Run(known, null);
        parse(in, name, run);
        return new Result(run.events, run.annotations, run.sources.described(), run.crossings);
    }

    /**
     * Reads and checks a stream (not closed) that holds the file {@code name} as {@link #read} does,
     * holding its annotations and sources but only the ids of its events.
     */
    public static FirstPass check(InputStream in, String name, KnownIds known) throws IOException, InputFormatException {
        Run run = new Run(known, e -> { });
        parse(in, name, run);
        return new FirstPass(run.annotations, run.sources.described(), run.eventIds.size(), run.crossings);
    }

    /** Reads the file {@code name} again from a stream (not closed), handing {@code sink} its events one at a time, in file order. */
    public static void events(InputStream in, String name, KnownIds known, FirstPass.Events sink)
            throws IOException, InputFormatException {
        parse(in, name, new Run(known, sink));
    }

    /**
     * Reads the collection's members one at a time and its features one by one, so that a large
     * file is never held as one tree (an export of 200,000 events, 305 MB, took more than a 512 MB
     * heap that way).
     */
    private static void parse(InputStream in, String name, Run run) throws IOException, InputFormatException {
        JsonParser p = Json.MAPPER.createParser(in);
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        try (p) {
            run.collection(p);
        } catch (JsonProcessingException e) {
            JsonSyntax at = JsonSyntax.of(p, e);
            throw new InputFormatException(name, at.place(), at.reason());
        } catch (JsonProblem problem) {
            throw problem.in(name);
        }
    }

    /** {@code node}, read at {@code at}, when all its text is Unicode. */
    private static JsonNode unicode(JsonNode node, String at) throws JsonProblem {
        var notText = JsonText.firstInvalid(node);
        if (notText.isPresent()) {
            throw new JsonProblem(at + notText.get().pointer(), notText.get().reason());
        }
        return node;
    }

    /** The state of reading one file. */
    private static final class Run {
        final KnownIds known;
        final SourceRefs sources;
        final Map<String, String> eventLinks = new LinkedHashMap<>();
        final List<Event> events = new ArrayList<>();
        final List<Annotation> annotations = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final Set<String> eventIds = new HashSet<>();
        /** Where the events go one at a time, or null: into {@link #events}. */
        final FirstPass.Events sink;
        int crossings;

        Run(KnownIds known, FirstPass.Events sink) {
            this.known = known;
            this.sources = new SourceRefs(known.sources());
            this.sink = sink;
        }

        void collection(JsonParser p) throws JsonProblem, IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonProblem("", "a GeoJSON file must hold a FeatureCollection object");
            }
            boolean features = false;
            boolean collection = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                String at = "/" + member.replace("~", "~0").replace("/", "~1");
                if (JsonText.unpairedSurrogate(member) >= 0) {
                    throw new JsonProblem(at, "the member name holds an unpaired UTF-16 surrogate, which is no Unicode character");
                }
                JsonToken value = p.nextToken();
                if ("features".equals(member)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new JsonProblem("/features", "a FeatureCollection needs a \"features\" array");
                    }
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        String f = "/features/" + i++;
                        feature(unicode(Json.MAPPER.readTree(p), f), f);
                    }
                    features = true;
                    continue;
                }
                JsonNode node = unicode(Json.MAPPER.readTree(p), at);
                if ("type".equals(member)) {
                    if (!"FeatureCollection".equals(node.asText())) {
                        throw new JsonProblem("/type", "expected \"FeatureCollection\", found " + node);
                    }
                    collection = true;
                }
            }
            if (p.nextToken() != null) {
                throw new JsonProblem("", "more JSON after the end of the FeatureCollection");
            }
            if (!collection) {
                throw new JsonProblem("/type", "expected \"FeatureCollection\", found nothing");
            }
            if (!features) {
                throw new JsonProblem("/features", "a FeatureCollection needs a \"features\" array");
            }
            Set<String> stored = eventLinks.isEmpty() ? Set.of() : known.events().among(new HashSet<>(eventLinks.values()));
            for (Map.Entry<String, String> link : eventLinks.entrySet()) {
                String eventId = link.getValue();
                if (!stored.contains(eventId) && !eventIds.contains(eventId)) {
                    throw new JsonProblem(link.getKey(), "the linked event \"" + eventId + "\" is neither in the store nor in this file");
                }
            }
        }

        void feature(JsonNode f, String at) throws JsonProblem, IOException {
            JsonProperties feature = new JsonProperties(f, at);
            if (!"Feature".equals(feature.text("type", true))) {
                throw new JsonProblem(at + "/type", "expected \"Feature\"");
            }
            if (!f.has("geometry")) {
                throw new JsonProblem(at, "a Feature needs a \"geometry\" member (null when it has none)");
            }
            JsonNode g = f.get("geometry");
            Geometry geometry;
            try {
                geometry = g.isNull() ? null : GeoJsonGeometry.read(g, at + "/geometry");
            } catch (GeoJsonProblem e) {
                throw new JsonProblem(e.pointer(), e.getMessage());
            }
            JsonProperties p = new JsonProperties(f.get("properties"), at + "/properties");
            String layer = p.text("layer", false);
            if (layer == null) {
                layer = p.has("kind") ? GeoJsonWriter.ANNOTATION : p.has("date") ? GeoJsonWriter.EVENT : null;
            }
            if (GeoJsonWriter.CROSSING.equals(layer)) {
                crossings++;
                return;
            }
            String id = p.text("id", false);
            if (id == null && f.has("id") && !f.get("id").isNull()) {
                id = JsonProperties.scalar(f.get("id"), at + "/id");
            }
            if (id == null || id.isBlank()) {
                throw new JsonProblem(p.at("id"), "\"id\" is required");
            }
            if (!ids.add(id)) {
                throw new JsonProblem(p.at("id"), "the id \"" + id + "\" appears twice in the file");
            }
            if (GeoJsonWriter.EVENT.equals(layer)) {
                Event e = event(id, geometry, p, at);
                eventIds.add(id);
                if (sink == null) {
                    events.add(e);
                } else {
                    sink.accept(e);
                }
            } else if (GeoJsonWriter.ANNOTATION.equals(layer)) {
                annotations.add(annotation(id, geometry, p, at));
            } else {
                throw new JsonProblem(layer == null ? p.pointer() : p.at("layer"), layer == null
                        ? "cannot tell whether this feature is an event or an annotation (set \"layer\")"
                        : "unknown layer \"" + layer + "\" (expected event, annotation or crossing)");
            }
        }

        Event event(String id, Geometry geometry, JsonProperties p, String at) throws JsonProblem {
            GeoPoint location = null;
            if (geometry != null) {
                if (!(geometry instanceof Point pt)) {
                    throw new JsonProblem(at + "/geometry/type", "an event's geometry must be a Point or null");
                }
                location = new GeoPoint(pt.getY(), pt.getX());
            }
            List<String> sourceIds = sources.read(p.raw("sources"), p.at("sources"));
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String key : p.keys()) {
                if (key.startsWith(GeoJsonWriter.ATTRIBUTE_PREFIX) && p.has(key)) {
                    attributes.put(key.substring(GeoJsonWriter.ATTRIBUTE_PREFIX.length()),
                            JsonProperties.scalar(p.raw(key), p.at(key)));
                }
            }
            String precision = p.text("date_precision", false);
            String crossing = p.text("crossing_id", false);
            if (crossing != null && !crossing.isBlank() && !known.crossings().contains(crossing)) {
                throw new JsonProblem(p.at("crossing_id"), "the crossing \"" + crossing + "\" is not in the store");
            }
            try {
                return new Event(id, p.date("date", true), precision == null ? null : DatePrecision.parse(precision),
                        p.text("title", true), p.text("summary", false), Category.parse(p.text("category", true)),
                        Border.parse(p.text("border", true)), crossing, location,
                        p.text("place", false), sourceIds, p.strings("tags"), attributes);
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(p.pointer(), e.getMessage());
            }
        }

        Annotation annotation(String id, Geometry geometry, JsonProperties p, String at) throws JsonProblem {
            if (geometry == null) {
                throw new JsonProblem(at + "/geometry", "an annotation needs a geometry");
            }
            String confidence = p.text("confidence", false);
            AnnotationKind kind;
            try {
                kind = AnnotationKind.parse(p.text("kind", true));
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(p.at("kind"), e.getMessage());
            }
            List<String> linked = p.strings("event_ids");
            for (int i = 0; i < linked.size(); i++) {
                eventLinks.put(p.at("event_ids") + "/" + i, linked.get(i));
            }
            try {
                return new Annotation(id, kind, geometry, p.text("title", false),
                        p.text("note", false), p.text("author", true), p.instant("created", true),
                        p.instant("modified", true), p.strings("tags"), p.strings("event_ids"),
                        confidence == null ? null : Confidence.parse(confidence), p.date("valid_from", false),
                        p.date("valid_until", false), p.text("color", true), p.number("radius_km"));
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(p.pointer(), e.getMessage());
            }
        }
    }
}
