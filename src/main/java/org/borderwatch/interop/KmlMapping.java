package org.borderwatch.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;
import org.borderwatch.json.Json;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns collected {@link KmlPlacemark}s into events and annotations (see {@link KmlReader}).
 * Not thread-safe: one per file.
 */
final class KmlMapping {

    private final String file;
    private final SourceRefs sources;
    private final KmlReader.ForeignDefaults defaults;
    private final Set<String> ids = new HashSet<>();
    private final KnownIds known;
    private final Map<String, String> eventLinks = new LinkedHashMap<>();

    KmlMapping(String file, KnownIds known, KmlReader.ForeignDefaults defaults) {
        this.file = file;
        this.known = known;
        this.sources = new SourceRefs(known.sources());
        this.defaults = defaults;
    }

    /** Checks, once the whole file is read, that annotations link to stored events or events of the file. */
    void checkEventLinks(Set<String> here) throws InputFormatException, IOException {
        Set<String> stored = eventLinks.isEmpty() ? Set.of() : known.events().among(new HashSet<>(eventLinks.values()));
        for (Map.Entry<String, String> link : eventLinks.entrySet()) {
            if (!stored.contains(link.getValue()) && !here.contains(link.getValue())) {
                throw new InputFormatException(file, link.getKey().substring(0, link.getKey().indexOf('#')),
                        "an annotation links to the event '" + link.getValue() + "', which is neither in the store nor in this file");
            }
        }
    }

    List<Source> sources() {
        return sources.described();
    }

    /**
     * An {@link Event}, an {@link Annotation}, or {@code null} for a crossing Placemark.
     *
     * @param index the Placemark's position in the file (0-based), for stable ids of foreign ones
     */
    Object map(KmlPlacemark p, int index) throws InputFormatException {
        String layer = p.data("layer");
        try {
            if (GeoJsonWriter.CROSSING.equals(layer)) {
                return null;
            }
            if (GeoJsonWriter.EVENT.equals(layer)) {
                return unique(p, event(p));
            }
            if (GeoJsonWriter.ANNOTATION.equals(layer)) {
                return unique(p, annotation(p));
            }
            if (layer != null) {
                throw new IllegalArgumentException("unknown layer '" + layer + "' (expected event, annotation or crossing)");
            }
            return unique(p, foreign(p, index));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InputFormatException(file, p.place(), "Placemark " + (p.name == null ? "" : "'" + p.name + "' ")
                    + e.getMessage());
        }
    }

    private <T> T unique(KmlPlacemark p, T item) {
        String id = item instanceof Event e ? e.id() : ((Annotation) item).id();
        if (!ids.add(id)) {
            throw new IllegalArgumentException("has the id '" + id + "', which appears twice in the file");
        }
        return item;
    }

    private Event event(KmlPlacemark p) throws InputFormatException {
        GeoPoint location = null;
        if (!p.geometries.isEmpty()) {
            if (p.geometries.size() != 1 || !(p.geometries.get(0) instanceof Point pt)) {
                throw new IllegalArgumentException("is an event, so its geometry must be one Point");
            }
            location = new GeoPoint(pt.getY(), pt.getX());
        }
        String date = p.data("date") != null ? p.data("date") : p.when;
        if (date == null) {
            throw new IllegalArgumentException("is an event without a date");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> d : p.data.entrySet()) {
            if (d.getKey().startsWith(GeoJsonWriter.ATTRIBUTE_PREFIX)) {
                attributes.put(d.getKey().substring(GeoJsonWriter.ATTRIBUTE_PREFIX.length()), d.getValue());
            }
        }
        List<String> sourceIds;
        try {
            sourceIds = sources.read(json(p, "sources"), "sources");
        } catch (JsonProblem e) {
            throw new InputFormatException(file, p.place(), "ExtendedData " + e.pointer() + ": " + e.getMessage());
        }
        String precision = p.data("date_precision");
        String crossing = p.data("crossing_id");
        if (crossing != null && !known.crossings().contains(crossing)) {
            throw new IllegalArgumentException("names the crossing '" + crossing + "', which is not in the store");
        }
        return new Event(required(p, "id"), LocalDate.parse(date.length() == 7 ? date + "-01" : date),
                precision == null ? null : DatePrecision.parse(precision), p.name, p.description,
                Category.parse(required(p, "category")), Border.parse(required(p, "border")), crossing,
                location, p.data("place"), sourceIds, strings(p, "tags"), attributes);
    }

    private Annotation annotation(KmlPlacemark p) throws InputFormatException {
        AnnotationKind kind = AnnotationKind.parse(required(p, "kind"));
        Geometry g;
        if (kind == AnnotationKind.RING) {
            g = p.geometries.stream().filter(x -> x instanceof Point).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("is a range ring without its centre Point"));
        } else {
            g = one(p);
        }
        List<String> linked = strings(p, "event_ids");
        for (int i = 0; i < linked.size(); i++) {
            eventLinks.put(p.place() + "#" + i, linked.get(i));
        }
        String radius = p.data("radius_km");
        String confidence = p.data("confidence");
        String from = p.data("valid_from") != null ? p.data("valid_from") : p.begin;
        String until = p.data("valid_until") != null ? p.data("valid_until") : p.end;
        return new Annotation(required(p, "id"), kind, g, p.data.getOrDefault("title", p.name), p.description,
                required(p, "author"), Instant.parse(required(p, "created")), Instant.parse(required(p, "modified")),
                strings(p, "tags"), linked, confidence == null ? null : Confidence.parse(confidence),
                from == null ? null : KmlReader.day(from), until == null ? null : KmlReader.day(until),
                required(p, "color"), radius == null ? null : DecimalNumber.parse(radius.trim()));
    }

    /** A Placemark of another tool: an annotation of the kind its geometry says. */
    private Annotation foreign(KmlPlacemark p, int index) {
        Geometry g = one(p);
        AnnotationKind kind = g instanceof Point ? AnnotationKind.POINT : g instanceof LineString ? AnnotationKind.LINE
                : AnnotationKind.POLYGON;
        LocalDate from = p.begin != null ? KmlReader.day(p.begin) : p.when != null ? KmlReader.day(p.when) : null;
        LocalDate until = p.end != null ? KmlReader.day(p.end) : p.when != null ? from.plusDays(1) : null;
        if (from != null && until != null && !until.isAfter(from)) {
            until = from.plusDays(1);
        }
        String seed = file + "#" + index + "#" + p.name + "#" + g.toText();
        String id = UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
        return new Annotation(id, kind, g, p.name, p.description, defaults.author(), defaults.importedAt(),
                defaults.importedAt(), List.of("kml"), List.of(), Confidence.PROBABLE, from, until, defaults.color(), null);
    }

    private static Geometry one(KmlPlacemark p) {
        if (p.geometries.size() != 1 || p.multi) {
            throw new IllegalArgumentException("needs exactly one Point, LineString or Polygon, not "
                    + (p.geometries.isEmpty() ? "none" : p.geometries.size() + " geometries"));
        }
        Geometry g = p.geometries.get(0);
        if (!(g instanceof Point || g instanceof LineString || g instanceof Polygon)) {
            throw new IllegalArgumentException("has a " + g.getGeometryType() + ", which cannot be imported");
        }
        return g;
    }

    private static String required(KmlPlacemark p, String key) {
        String v = p.data(key);
        if (v == null) {
            throw new IllegalArgumentException("lacks the ExtendedData value '" + key + "'");
        }
        return v;
    }

    private JsonNode json(KmlPlacemark p, String key) throws InputFormatException {
        String v = p.data(key);
        if (v == null) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(v);
        } catch (JsonProcessingException e) {
            throw new InputFormatException(file, p.place(), "ExtendedData '" + key + "' is not a JSON array");
        }
    }

    private List<String> strings(KmlPlacemark p, String key) throws InputFormatException {
        JsonNode n = json(p, key);
        if (n == null) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new InputFormatException(file, p.place(), "ExtendedData '" + key + "' is not a JSON array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode s : n) {
            if (!s.isTextual()) {
                throw new InputFormatException(file, p.place(), "ExtendedData '" + key + "' is not a JSON array of strings");
            }
            out.add(s.asText());
        }
        return out;
    }
}
