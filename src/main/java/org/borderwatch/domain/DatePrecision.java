package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How precise a date is: the day, only the month (then the date is the 1st), or only the year
 * (then the date is 1 January). Events are dated to the day or the month; a source's publication
 * date may be known only to the year.
 */
public enum DatePrecision {
    DAY("day"),
    MONTH("month"),
    YEAR("year");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True when {@code d} is the first day of a period of this precision (any day, the 1st, 1 January). */
    public boolean isStartOfPeriod(LocalDate d) {
        return switch (this) {
            case DAY -> true;
            case MONTH -> d.getDayOfMonth() == 1;
            case YEAR -> d.getDayOfYear() == 1;
        };
    }

    /** The last day of the period of this precision that starts on {@code d}. */
    public LocalDate lastDay(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(d.lengthOfMonth());
            case YEAR -> d.withDayOfYear(d.lengthOfYear());
        };
    }

    /** The ISO text of {@code d} at this precision: {@code 2023-11-28}, {@code 2023-11} or {@code 2023}. */
    public String iso(LocalDate d) {
        String full = d.toString();
        return switch (this) {
            case DAY -> full;
            case MONTH -> full.substring(0, 7);
            case YEAR -> full.substring(0, 4);
        };
    }

    public static DatePrecision parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DatePrecision p : values()) {
            if (p.code.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown date precision '" + text + "' (expected day, month or year)");
    }
}
