package org.borderwatch.ui.annotate;

import org.borderwatch.domain.AnnotationKind;

/** The map tools of the annotation toolbar; {@link #BROWSE} is none (drag pans, double-click zooms). */
public enum Tool {
    BROWSE(null, null, "Browse", "Esc"),
    SELECT("toolSelect", null, "Select", "S"),
    POINT("toolPoint", AnnotationKind.POINT, "Point", "P"),
    LINE("toolLine", AnnotationKind.LINE, "Line", "L"),
    POLYGON("toolPolygon", AnnotationKind.POLYGON, "Area", "A"),
    TEXT("toolText", AnnotationKind.TEXT, "Text", "T"),
    RING("toolRing", AnnotationKind.RING, "Ring", "R"),
    MEASURE("toolMeasure", null, "Measure", "M");

    private final String nodeId;
    private final AnnotationKind kind;
    private final String label;
    private final String key;

    Tool(String nodeId, AnnotationKind kind, String label, String key) {
        this.nodeId = nodeId;
        this.kind = kind;
        this.label = label;
        this.key = key;
    }

    /** The id of its toolbar button ({@code toolPolygon}), or {@code null} for {@link #BROWSE}. */
    public String nodeId() {
        return nodeId;
    }

    /** The kind of annotation it draws, or {@code null} (select, measure, browse). */
    public AnnotationKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** The keyboard shortcut (a letter, or Esc). */
    public String key() {
        return key;
    }

    /** True for tools that collect vertices click by click (line, area, measure). */
    public boolean collectsVertices() {
        return this == LINE || this == POLYGON || this == MEASURE;
    }

    /** The tool whose shortcut is {@code letter}, or {@code null}. */
    public static Tool forKey(String letter) {
        for (Tool t : values()) {
            if (t != BROWSE && t.key.equalsIgnoreCase(letter)) {
                return t;
            }
        }
        return null;
    }
}
