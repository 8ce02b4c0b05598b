package org.borderwatch.domain;

import java.util.Locale;

/**
 * How far a crossing's plotted position can be trusted. The precision note of the crossing says
 * what the point is (road station, rail station, village centre) and, for an estimate, how it
 * was made.
 */
public enum CoordinatePrecision {
    /** A source gives the station point itself (to a few metres). */
    SOURCED("sourced"),
    /** A source gives a nearby point: the village, the rail station, an article's centre. */
    APPROXIMATE("approximate"),
    /** No source gives a point: the position is this project's own estimate. */
    ESTIMATE("estimate");

    private final String code;

    CoordinatePrecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CoordinatePrecision parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (CoordinatePrecision p : values()) {
            if (p.code.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + text + "' (expected sourced, approximate or estimate)");
    }
}
