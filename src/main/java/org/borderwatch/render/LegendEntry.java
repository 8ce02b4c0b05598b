package org.borderwatch.render;

import java.util.Locale;

/**
 * One line of the legend: a symbol in use and what it means. The window's side panel lists these;
 * {@link LegendPainter#paintSymbol} draws the symbol of any entry.
 *
 * @param section which group it belongs to
 * @param code    what symbol, within the section: a {@code CrossingType}, {@code Status},
 *                {@code Category} or {@code AnnotationKind} code, or one of the codes named by the
 *                constants of this record
 * @param label   the text shown next to it
 */
public record LegendEntry(Section section, String code, String label) {
    /** The border line ({@link Section#BORDER}). */
    public static final String BORDER_LINE = "border";
    /** Whole border closed ({@link Section#CLOSURE}). */
    public static final String CLOSURE_FULL = "full";
    /** Stretch near a closed crossing ({@link Section#CLOSURE}). */
    public static final String CLOSURE_STRETCH = "stretch";
    /** A cluster of events ({@link Section#EVENT}). */
    public static final String EVENT_CLUSTER = "cluster";
    /** An event placed only to a region or province ({@link Section#EVENT}). */
    public static final String EVENT_UNCERTAIN = "uncertain";
    /** An annotation graded possible or doubtful ({@link Section#ANNOTATION}). */
    public static final String ANNOTATION_UNSURE = "unsure";

    /** The legend's groups, in the order they are shown. */
    public enum Section {
        BORDER("Border"),
        CROSSING_TYPE("Crossings"),
        CROSSING_STATUS("Crossing status"),
        CLOSURE("Closures"),
        EVENT("Events"),
        ANNOTATION("Annotations"),
        /** Crossings numbered on the map where their names found no room: code is the number. */
        KEY("Numbered on the map");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        /** The heading shown above the group. */
        public String title() {
            return title;
        }
    }

    public LegendEntry {
        if (section == null || code == null || code.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a legend entry needs a section, a code and a label");
        }
        code = code.toLowerCase(Locale.ROOT);
    }
}
