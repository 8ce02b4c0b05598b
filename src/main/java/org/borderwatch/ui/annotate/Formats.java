package org.borderwatch.ui.annotate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.DateText;
import org.borderwatch.geo.Geodesy;

/** Text forms the annotation views share: times, lists, colours and measurements. */
final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Formats() {
    }

    /** "27 Nov 2026 14:05" (or "2026-11-27 14:05", as dates are written) in the computer's time zone. */
    static String time(Instant t) {
        var local = t.atZone(ZoneId.systemDefault());
        return DateText.current().day(local.toLocalDate()) + " " + TIME.format(local);
    }

    /** "camp, fence" → [camp, fence]: trimmed, blanks and repeats dropped, order kept. */
    static List<String> list(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : text.split("[,;\\n]")) {
            String t = part.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    static String list(List<String> values) {
        return String.join(", ", values);
    }

    /** {@code #RRGGBB}, upper case, of an FX colour. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** What can be measured of an annotation: "Length 3.12 km", "Area 1.20 km² · perimeter 4.80 km", "Radius 10.0 km". */
    static String measure(Annotation a) {
        return switch (a.kind()) {
            case LINE -> "Length " + Sketch.km(Geodesy.lengthMetres(a.geometry()) / 1000);
            case POLYGON -> "Area " + Sketch.km2(Geodesy.areaSquareMetres(a.geometry()) / 1e6) + " · perimeter "
                    + Sketch.km(Geodesy.lengthMetres(a.geometry()) / 1000);
            case RING -> "Radius " + Sketch.km(a.radiusKm());
            default -> String.format(Locale.ROOT, "%.5f° N, %.5f° E", a.geometry().getCoordinate().y,
                    a.geometry().getCoordinate().x);
        };
    }

    /** A short name for lists: the title, or the kind when untitled. */
    static String name(Annotation a) {
        return a.title().isBlank() ? "(" + a.kind().label().toLowerCase(Locale.ROOT) + ")" : a.title();
    }

    /** "Point", "Line", "Area", "Text", "Ring": short enough for a table column. */
    static String kind(AnnotationKind k) {
        return switch (k) {
            case POINT -> "Point";
            case LINE -> "Line";
            case POLYGON -> "Area";
            case TEXT -> "Text";
            case RING -> "Ring";
        };
    }

    /** "27 Nov 2026" (or "2026-11-27", as dates are written) in the computer's time zone. */
    static String day(Instant t) {
        return DateText.current().day(t.atZone(ZoneId.systemDefault()).toLocalDate());
    }
}
