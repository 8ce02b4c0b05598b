package org.borderwatch.interop;

import java.util.Locale;
import java.util.Map;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Status;

/**
 * The colours and style ids of KML exports. KML writes colours as {@code aabbggrr} (alpha, blue,
 * green, red), so {@link #kmlColor} turns the project's {@code #RRGGBB} around. Style ids:
 * {@code status-open}, {@code status-restricted}, {@code status-closed}, {@code status-unknown};
 * {@code category-<code>} per {@link Category}; {@code annotation-<rrggbb>} per annotation colour.
 */
final class KmlStyles {
    /** Status colours as on the map: green, amber, red, grey. */
    static final Map<Status, String> STATUS = Map.of(
            Status.OPEN, "#2CA02C",
            Status.RESTRICTED, "#FF9F1C",
            Status.CLOSED, "#D62728",
            Status.UNTRACKED, "#A6A6A6",
            Status.UNKNOWN, "#7F7F7F");

    /** One colour per event category. */
    static final Map<Category, String> CATEGORY = Map.ofEntries(
            Map.entry(Category.CLOSURE, "#D62728"),
            Map.entry(Category.REOPENING, "#2CA02C"),
            Map.entry(Category.STATEMENT, "#1F77B4"),
            Map.entry(Category.DEPLOYMENT, "#8C564B"),
            Map.entry(Category.MIGRATION, "#FF7F0E"),
            Map.entry(Category.INCIDENT, "#E377C2"),
            Map.entry(Category.MEETING, "#17BECF"),
            Map.entry(Category.LEGISLATION, "#9467BD"),
            Map.entry(Category.CONSTRUCTION, "#BCBD22"),
            Map.entry(Category.PROTEST, "#FFBB00"),
            Map.entry(Category.VIOLENCE, "#8B0000"),
            Map.entry(Category.OTHER, "#7F7F7F"));

    /** Google Earth's stock icons: a circle for crossings, a dot for events. */
    static final String CROSSING_ICON = "https://maps.google.com/mapfiles/kml/shapes/placemark_square.png";
    static final String EVENT_ICON = "https://maps.google.com/mapfiles/kml/shapes/shaded_dot.png";
    static final String ANNOTATION_ICON = "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png";

    private KmlStyles() {
    }

    static String statusId(Status s) {
        return "status-" + s.code();
    }

    static String categoryId(Category c) {
        return "category-" + c.code();
    }

    static String annotationId(String color) {
        return "annotation-" + color.substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code #RRGGBB} and an alpha (0–255) as KML's {@code aabbggrr}.
     */
    static String kmlColor(String rgb, int alpha) {
        String r = rgb.substring(1, 3);
        String g = rgb.substring(3, 5);
        String b = rgb.substring(5, 7);
        return (String.format(Locale.ROOT, "%02x", alpha) + b + g + r).toLowerCase(Locale.ROOT);
    }
}
