package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * When a source was published, as precisely as it is known: a day, a month or a year. Written in
 * reduced-precision ISO 8601 ({@code 2023-11-28}, {@code 2023-11}, {@code 2023}).
 *
 * @param date      the day, or the first day of the month or year
 * @param precision how much of {@code date} is known
 */
public record PublicationDate(LocalDate date, DatePrecision precision) implements Comparable<PublicationDate> {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public PublicationDate {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("a publication date needs a date and a precision");
        }
        if (!precision.isStartOfPeriod(date)) {
            throw new IllegalArgumentException("a publication date of " + precision.code() + " precision must start its "
                    + precision.code() + ", got " + date);
        }
    }

    /** Parses {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public static PublicationDate parse(String text) {
        String t = text.trim();
        if (!ISO.matcher(t).matches()) {
            throw new IllegalArgumentException("expected a date YYYY-MM-DD, a month YYYY-MM or a year YYYY, got \"" + text + "\"");
        }
        try {
            return switch (t.length()) {
                case 4 -> new PublicationDate(LocalDate.of(Integer.parseInt(t), 1, 1), DatePrecision.YEAR);
                case 7 -> new PublicationDate(LocalDate.parse(t + "-01"), DatePrecision.MONTH);
                default -> new PublicationDate(LocalDate.parse(t), DatePrecision.DAY);
            };
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a real date: \"" + text + "\"", e);
        }
    }

    /** The first day it may have been published on. */
    public LocalDate earliest() {
        return date;
    }

    /** The last day it may have been published on (the day itself, or the end of the month or year). */
    public LocalDate latest() {
        return precision.lastDay(date);
    }

    /** True when it was certainly published on or before {@code day} (its latest possible day is not after it). */
    public boolean surelyBy(LocalDate day) {
        return !latest().isAfter(day);
    }

    /** True when it was certainly published after {@code day} (its earliest possible day is after it). */
    public boolean surelyAfter(LocalDate day) {
        return date.isAfter(day);
    }

    @Override
    public int compareTo(PublicationDate o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    /** The ISO text at its precision. */
    @Override
    public String toString() {
        return precision.iso(date);
    }
}
