package org.borderwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.PlaceName;
import org.borderwatch.domain.PublicationDate;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.json.GeoJsonGeometry;
import org.borderwatch.json.GeoJsonProblem;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts one item of a bundle (a JSON object at a known pointer) into its domain record,
 * checking every key. The keys are those of the Borderwatch bundle format described in
 * {@code docs/DATA.md}; {@link BundleJson} writes the same keys in the same order.
 */
final class BundleItems {
    static final List<String> SOURCE_KEYS = List.of("id", "title", "url", "publisher", "published", "undatedReason",
            "archiveUrl");
    static final List<String> CROSSING_KEYS = List.of("id", "border", "name", "counterpart", "counterpartLatin",
            "type", "location", "precision", "precisionNote", "uncertaintyMetres", "note", "sources", "rank", "rankNote",
            "names", "trackedFrom", "untrackedReason");
    static final List<String> INTERVAL_KEYS = List.of("crossing", "from", "until", "status", "reason",
            "effectiveTime", "sources");
    static final List<String> EVENT_KEYS = List.of("id", "date", "datePrecision", "title", "summary", "category",
            "border", "crossing", "location", "place", "sources", "tags", "attributes");
    static final List<String> ANNOTATION_KEYS = List.of("id", "kind", "geometry", "title", "note", "author",
            "created", "modified", "tags", "events", "confidence", "validFrom", "validUntil", "color", "radiusKm");

    /** The members of an annotation's geometry object: nothing is dropped silently. */
    private static final List<String> GEOMETRY_KEYS = List.of("type", "coordinates");

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

    private BundleItems() {
    }

    static Source source(JsonNode node, String pointer) throws ItemProblem {
        JsonFields f = new JsonFields(node, pointer).allowOnly(SOURCE_KEYS);
        String url = f.text("url", false);
        if (url != null && !url.isBlank()) {
            checkUrl(url, f.at("url"));
        }
        String archive = f.text("archiveUrl", false);
        if (archive != null && !archive.isBlank()) {
            checkUrl(archive, f.at("archiveUrl"));
        }
        PublicationDate published = f.code("published", false, PublicationDate::parse);
        String undated = f.text("undatedReason", false);
        if (published != null && undated != null && !undated.isBlank()) {
            throw new ItemProblem(f.at("undatedReason"), "expected null: the source has a publication date");
        }
        return build(pointer, () -> new Source(f.text("id", true), f.text("title", true), url, f.text("publisher", false),
                published, undated, archive));
    }

    static Crossing crossing(JsonNode node, String pointer) throws ItemProblem {
        JsonFields f = new JsonFields(node, pointer).allowOnly(CROSSING_KEYS);
        String id = f.text("id", true);
        Border border = f.code("border", true, Border::parse);
        if (!border.isFrontier()) {
            throw new ItemProblem(f.at("border"), "expected FI-RU or PL-BY for a crossing, got \"" + border.code() + "\"");
        }
        String name = f.text("name", true);
        String counterpart = f.text("counterpart", false);
        String counterpartLatin = f.text("counterpartLatin", false);
        CrossingType type = f.code("type", true, CrossingType::parse);
        GeoPoint location = f.location("location", true);
        CoordinatePrecision precision = f.code("precision", true, CoordinatePrecision::parse);
        String precisionNote = f.text("precisionNote", true);
        Double uncertainty = f.number("uncertaintyMetres", false);
        if (uncertainty != null && !(uncertainty >= 0 && uncertainty <= 200_000)) {
            throw new ItemProblem(f.at("uncertaintyMetres"), "expected a radius of 0 to 200,000 metres, got " + uncertainty);
        }
        String note = f.text("note", false);
        List<String> sources = f.texts("sources", true);
        Integer rank = rank(f);
        String rankNote = f.text("rankNote", false);
        List<PlaceName> names = PlaceNames.read(f, "names");
        LocalDate trackedFrom = f.date("trackedFrom", false);
        String untracked = f.text("untrackedReason", false);
        if (trackedFrom != null && (untracked == null || untracked.isBlank())) {
            throw new ItemProblem(f.at("untrackedReason"), "expected the reason the status before 'trackedFrom' ("
                    + trackedFrom + ") is not tracked");
        }
        if (trackedFrom == null && untracked != null && !untracked.isBlank()) {
            throw new ItemProblem(f.at("trackedFrom"), "expected the first day whose status is tracked, "
                    + "since 'untrackedReason' is given");
        }
        return build(pointer, () -> new Crossing(id, border, name, counterpart, counterpartLatin, type, location,
                precision, precisionNote, note, sources, uncertainty, rank, rankNote, names, trackedFrom, untracked));
    }

    private static Integer rank(JsonFields f) throws ItemProblem {
        Double r = f.number("rank", false);
        if (r == null) {
            return null;
        }
        if (r != Math.rint(r) || r < 1 || r > 100_000) {
            throw new ItemProblem(f.at("rank"), "expected a whole number from 1 (most important), got " + r);
        }
        return r.intValue();
    }

    static StatusInterval interval(JsonNode node, String pointer) throws ItemProblem {
        JsonFields f = new JsonFields(node, pointer).allowOnly(INTERVAL_KEYS);
        String crossing = f.text("crossing", true);
        LocalDate from = f.date("from", true);
        LocalDate until = f.date("until", false);
        if (until != null && !until.isAfter(from)) {
            throw new ItemProblem(f.at("until"), "expected a day after 'from' (" + from + "), got " + until
                    + ": an interval [from, until) ends on the first day it no longer applies");
        }
        Status status = f.code("status", true, Status::parseStored);
        String reason = f.text("reason", false);
        LocalTime time = null;
        String t = f.text("effectiveTime", false);
        if (t != null) {
            try {
                if (!TIME.matcher(t).matches()) {
                    throw new DateTimeParseException("pattern", t, 0);
                }
                time = LocalTime.parse(t);
            } catch (DateTimeParseException e) {
                throw new ItemProblem(f.at("effectiveTime"), "expected a local time HH:MM, got \"" + t + "\"");
            }
        }
        List<String> sources = f.texts("sources", true);
        LocalTime effective = time;
        return build(pointer, () -> new StatusInterval(crossing, from, until, status, reason, effective, sources));
    }

    static Event event(JsonNode node, String pointer) throws ItemProblem {
        JsonFields f = new JsonFields(node, pointer).allowOnly(EVENT_KEYS);
        String id = f.text("id", true);
        LocalDate date = f.date("date", true);
        DatePrecision precision = f.code("datePrecision", false, DatePrecision::parse);
        if (precision == DatePrecision.MONTH && date.getDayOfMonth() != 1) {
            throw new ItemProblem(f.at("date"), "expected the 1st of the month for datePrecision \"month\", got " + date);
        }
        String title = f.text("title", true);
        String summary = f.text("summary", false);
        Category category = f.code("category", true, Category::parse);
        Border border = f.code("border", true, Border::parse);
        String crossing = f.text("crossing", false);
        GeoPoint location = f.location("location", false);
        String place = f.text("place", false);
        List<String> sources = f.texts("sources", true);
        List<String> tags = f.texts("tags", false);
        var attributes = f.stringMap("attributes");
        return build(pointer, () -> new Event(id, date, precision, title, summary, category, border, crossing,
                location, place, sources, tags, attributes));
    }

    static Annotation annotation(JsonNode node, String pointer) throws ItemProblem {
        JsonFields f = new JsonFields(node, pointer).allowOnly(ANNOTATION_KEYS);
        String id = f.text("id", true);
        AnnotationKind kind = f.code("kind", true, AnnotationKind::parse);
        JsonNode g = f.raw("geometry");
        if (g == null) {
            throw new ItemProblem(f.at("geometry"), "missing required key 'geometry' (a GeoJSON geometry)");
        }
        new JsonFields(g, f.at("geometry")).allowOnly(GEOMETRY_KEYS);
        Geometry geometry;
        try {
            geometry = GeoJsonGeometry.read(g, f.at("geometry"));
        } catch (GeoJsonProblem e) {
            throw new ItemProblem(e.pointer(), e.getMessage());
        }
        if (!kind.geometryType().equals(geometry.getGeometryType())) {
            throw new ItemProblem(f.at("geometry") + "/type", "expected a " + kind.geometryType() + " for a "
                    + kind.code() + " annotation, got a " + geometry.getGeometryType());
        }
        Instant created = instant(f, "created", true);
        Instant modified = instant(f, "modified", false);
        if (modified == null) {
            modified = created;
        } else if (modified.isBefore(created)) {
            throw new ItemProblem(f.at("modified"), "expected a time at or after 'created' (" + created + "), got " + modified);
        }
        LocalDate validFrom = f.date("validFrom", false);
        LocalDate validUntil = f.date("validUntil", false);
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new ItemProblem(f.at("validUntil"), "expected a day after 'validFrom' (" + validFrom + "), got " + validUntil);
        }
        String color = f.text("color", true);
        if (!color.matches("#[0-9a-fA-F]{6}")) {
            throw new ItemProblem(f.at("color"), "expected a colour #RRGGBB, got \"" + color + "\"");
        }
        Double radius = f.number("radiusKm", false);
        if (kind == AnnotationKind.RING && (radius == null || !(radius > 0 && radius <= 5000))) {
            throw new ItemProblem(f.at("radiusKm"), "expected a radius of more than 0 and at most 5000 km for a range ring");
        }
        if (kind != AnnotationKind.RING && radius != null) {
            throw new ItemProblem(f.at("radiusKm"), "expected null: only a ring has a radius");
        }
        String title = f.text("title", false);
        String note = f.text("note", false);
        String author = f.text("author", true);
        List<String> tags = f.texts("tags", false);
        List<String> events = f.texts("events", false);
        Confidence confidence = f.code("confidence", false, Confidence::parse);
        Instant mod = modified;
        return build(pointer, () -> new Annotation(id, kind, geometry, title, note, author, created, mod, tags,
                events, confidence, validFrom, validUntil, color.toUpperCase(Locale.ROOT), radius));
    }

    private static Instant instant(JsonFields f, String key, boolean required) throws ItemProblem {
        String s = f.text(key, required);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new ItemProblem(f.at(key), "expected a time like 2024-01-01T10:00:00Z, got \"" + s + "\"");
        }
    }

    private static void checkUrl(String url, String pointer) throws ItemProblem {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            throw new ItemProblem(pointer, "expected an http(s) address, got \"" + url + "\" (" + e.getReason() + ")");
        }
        throw new ItemProblem(pointer, "expected an http(s) address, got \"" + url + "\"");
    }

    /** Runs a record constructor; what it refuses becomes a problem at the item's pointer. */
    private static <T> T build(String pointer, Builder<T> b) throws ItemProblem {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ItemProblem(pointer, e.getMessage());
        }
    }

    private interface Builder<T> {
        T build() throws ItemProblem;
    }
}
