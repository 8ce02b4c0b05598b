package org.borderwatch.domain;

import java.util.Locale;

/** An analyst's confidence grade for an annotation. */
public enum Confidence {
    CONFIRMED("confirmed"),
    PROBABLE("probable"),
    POSSIBLE("possible"),
    DOUBTFUL("doubtful");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Confidence parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Confidence c : values()) {
            if (c.code.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown confidence '" + text
                + "' (expected confirmed, probable, possible or doubtful)");
    }
}
