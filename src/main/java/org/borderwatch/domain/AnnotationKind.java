package org.borderwatch.domain;

import java.util.Locale;

/** What an analyst drew. TEXT and RING are points with a label or a radius. */
public enum AnnotationKind {
    POINT("point", "Point"),
    LINE("line", "Line"),
    POLYGON("polygon", "Area"),
    TEXT("text", "Text label"),
    RING("ring", "Range ring");

    private final String code;
    private final String label;

    AnnotationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The JTS geometry type an annotation of this kind holds. */
    public String geometryType() {
        return switch (this) {
            case POINT, TEXT, RING -> "Point";
            case LINE -> "LineString";
            case POLYGON -> "Polygon";
        };
    }

    public static AnnotationKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (AnnotationKind k : values()) {
            if (k.code.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown annotation kind '" + text
                + "' (expected point, line, polygon, text or ring)");
    }
}
