package org.borderwatch.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Two versions of one annotation — the one an analyst tried to save and the one someone else
 * saved meanwhile — compared field by field, and merged by taking each field from one side. What
 * the window's side-by-side view of a refused save is made of. Pure; thread-safe.
 */
public final class AnnotationMerge {
    /** The fields an analyst edits, in the order the view lists them. */
    public enum Field {
        TITLE("Title"), NOTE("Note"), GEOMETRY("Shape and position"), TAGS("Tags"), EVENTS("Linked events"),
        CONFIDENCE("Confidence"), VALIDITY("Valid"), COLOR("Colour");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private AnnotationMerge() {
    }

    /** The fields whose values differ between {@code a} and {@code b}, in {@link Field} order. */
    public static List<Field> differing(Annotation a, Annotation b) {
        List<Field> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (!Objects.equals(value(f, a), value(f, b))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * {@code theirs} with the fields of {@code fromMine} taken from {@code mine}, changed by
     * {@code author} at {@code now} (never before either version's last change).
     */
    public static Annotation merge(Annotation theirs, Annotation mine, Set<Field> fromMine, String author, Instant now) {
        if (!theirs.id().equals(mine.id())) {
            throw new IllegalArgumentException("a merge joins two versions of one annotation, not " + theirs.id()
                    + " and " + mine.id());
        }
        AnnotationBuilder b = AnnotationBuilder.from(theirs);
        for (Field f : fromMine) {
            switch (f) {
                case TITLE -> b.title(mine.title());
                case NOTE -> b.note(mine.note());
                case GEOMETRY -> b.geometry(mine.geometry()).radiusKm(mine.radiusKm());
                case TAGS -> b.tags(mine.tags());
                case EVENTS -> b.eventIds(mine.eventIds());
                case CONFIDENCE -> b.confidence(mine.confidence());
                case VALIDITY -> b.validity(mine.validFrom(), mine.validUntil());
                case COLOR -> b.color(mine.color());
            }
        }
        Instant at = now;
        for (Instant t : List.of(theirs.modified(), mine.modified())) {
            if (!at.isAfter(t)) {
                at = t.plusMillis(1);
            }
        }
        return b.author(author).modified(at).build();
    }

    /** The field's value as a person reads it ("—" for none). */
    public static String show(Field f, Annotation a) {
        Object v = value(f, a);
        return switch (f) {
            case GEOMETRY -> shape(a);
            case TAGS -> a.tags().isEmpty() ? "—" : String.join(", ", a.tags());
            case EVENTS -> a.eventIds().isEmpty() ? "—" : String.join(", ", a.eventIds());
            case VALIDITY -> (a.validFrom() == null ? "always" : "from " + a.validFrom())
                    + (a.validUntil() == null ? "" : " until " + a.validUntil());
            case CONFIDENCE -> a.confidence().code();
            default -> v == null || v.toString().isBlank() ? "—" : v.toString();
        };
    }

    private static Object value(Field f, Annotation a) {
        return switch (f) {
            case TITLE -> a.title();
            case NOTE -> a.note();
            case GEOMETRY -> List.of(a.geometry().toText(), String.valueOf(a.radiusKm()));
            case TAGS -> a.tags();
            case EVENTS -> a.eventIds();
            case CONFIDENCE -> a.confidence();
            case VALIDITY -> List.of(String.valueOf(a.validFrom()), String.valueOf(a.validUntil()));
            case COLOR -> a.color();
        };
    }

    private static String shape(Annotation a) {
        Geometry g = a.geometry();
        Coordinate c = g.getCentroid().getCoordinate();
        String where = String.format(Locale.ROOT, "%.4f° N, %.4f° E", c.y, c.x);
        String what = switch (a.kind()) {
            case POINT, TEXT -> "point at";
            case RING -> String.format(Locale.ROOT, "ring of %.1f km around", a.radiusKm());
            case LINE -> g.getNumPoints() + "-vertex line, centre";
            case POLYGON -> (g.getNumPoints() - 1) + "-vertex area, centre";
        };
        return what + " " + where;
    }
}
