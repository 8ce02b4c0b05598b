package org.borderwatch.interop;

import java.util.Locale;
import java.util.Map;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Status;

/**
 * The colours and style ids of KML exports, the slides' own: the Okabe–Ito status colours (open
 * bluish green, restricted orange, closed vermilion, grey for no data) and category colours of the
 * map style, so Google Earth shows what a slide shows. KML writes colours as {@code aabbggrr}
 * (alpha, blue, green, red), so {@link #kmlColor} turns {@code #RRGGBB} around. Style ids:
 * {@code crossing-<type>-<status>} per crossing type and status (each its own icon in a KMZ, the
 * shape of the type and the status drawn in it as on a slide); {@code category-<code>} per
 * {@link Category}; {@code annotation-<rrggbb>} per annotation colour.
 */
final class KmlStyles {
    /** Status colours as on the map and the slides. */
    static final Map<Status, String> STATUS = Map.of(
            Status.OPEN, "#009E73",
            Status.RESTRICTED, "#E69F00",
            Status.CLOSED, "#D55E00",
            Status.UNTRACKED, "#A6A6A6",
            Status.UNKNOWN, "#8C8C8C");

    /** One colour per event category, as on the map and the slides. */
    static final Map<Category, String> CATEGORY = Map.ofEntries(
            Map.entry(Category.CLOSURE, "#D55E00"),
            Map.entry(Category.REOPENING, "#009E73"),
            Map.entry(Category.STATEMENT, "#0072B2"),
            Map.entry(Category.DEPLOYMENT, "#332288"),
            Map.entry(Category.MIGRATION, "#E69F00"),
            Map.entry(Category.INCIDENT, "#CC79A7"),
            Map.entry(Category.MEETING, "#56B4E9"),
            Map.entry(Category.LEGISLATION, "#117733"),
            Map.entry(Category.CONSTRUCTION, "#88703A"),
            Map.entry(Category.PROTEST, "#AA4499"),
            Map.entry(Category.VIOLENCE, "#882255"),
            Map.entry(Category.OTHER, "#777777"));

    private KmlStyles() {
    }

    static String crossingId(CrossingType t, Status s) {
        return "crossing-" + t.name().toLowerCase(Locale.ROOT) + "-" + s.code();
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
