package org.borderwatch.domain;

import java.util.Locale;

/** How precise an event's date is: the day, or only the month (then the date is the 1st). */
public enum DatePrecision {
    DAY("day"),
    MONTH("month");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DatePrecision parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DatePrecision p : values()) {
            if (p.code.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown date precision '" + text + "' (expected day or month)");
    }
}
