package org.borderwatch.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tick marks and labels of the time axis, chosen for its zoom: the coarsest labelling whose
 * labels fit their spacing. From far to near: years ("2023") with month ticks; months ("Nov",
 * January as "Jan 2024"); months in full ("Nov 2023") with week ticks; weeks ("Mon 27 Nov") with
 * day ticks; days ("Mon 27 Nov"). Always in English, like every date the window writes. Pure
 * arithmetic on an axis: no JavaFX, thread-safe.
 */
public final class TimeTicks {
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** How the axis is labelled, from far to near. */
    public enum Level {
        /** A label a year ("2023"), a tick a month. */
        YEARS(365.25, 44),
        /** A label a month ("Nov"; January "Jan 2024"), ticks at months. */
        MONTHS_SHORT(30.44, 36),
        /** A label a month ("Nov 2023"), a tick a week. */
        MONTHS(30.44, 72),
        /** A label a week, on Mondays ("Mon 27 Nov"), and at each month's start ("Dec 2023"); a tick a day. */
        WEEKS(7, 80),
        /** A label a day ("Mon 27 Nov"). */
        DAYS(1, 72);

        private final double days;
        private final double labelPx;

        Level(double days, double labelPx) {
            this.days = days;
            this.labelPx = labelPx;
        }

        /** Whether labels of this level fit at {@code dayWidth} pixels per day. */
        boolean fits(double dayWidth) {
            return days * dayWidth >= labelPx;
        }
    }

    /**
     * One mark on the axis.
     *
     * @param day   the day whose left edge the mark is at
     * @param x     its pixel
     * @param label what is written beside it, or {@code null} for a bare tick
     * @param major a stronger line (year, month or week boundary, by level)
     */
    public record Tick(LocalDate day, double x, String label, boolean major) {
    }

    private TimeTicks() {
    }

    /** The finest level whose labels fit the axis's day width. */
    public static Level levelFor(TimeAxis a) {
        Level best = Level.YEARS;
        for (Level l : Level.values()) {
            if (l.fits(a.dayWidth())) {
                best = l;
            }
        }
        return best;
    }

    /** The marks from the first to the last day shown, left to right; marks outside [x0, x1) are left out. */
    public static List<Tick> of(TimeAxis a) {
        Level level = levelFor(a);
        List<Tick> ticks = new ArrayList<>();
        boolean byMonth = level == Level.YEARS || level == Level.MONTHS_SHORT;
        LocalDate d = byMonth ? a.first().withDayOfMonth(1) : a.first();
        LocalDate end = a.last().plusDays(1);
        for (; !d.isAfter(end); d = byMonth ? d.plusMonths(1) : d.plusDays(1)) {
            double x = a.x(d);
            Tick t = x >= a.x0() && x < a.x1() ? tick(level, d, x, a.dayWidth()) : null;
            if (t != null) {
                ticks.add(t);
            }
        }
        return ticks;
    }

    private static Tick tick(Level level, LocalDate d, double x, double dayWidth) {
        boolean monthStart = d.getDayOfMonth() == 1;
        boolean yearStart = monthStart && d.getMonthValue() == 1;
        boolean monday = d.getDayOfWeek() == DayOfWeek.MONDAY;
        switch (level) {
            case YEARS:
                if (yearStart) {
                    return new Tick(d, x, String.valueOf(d.getYear()), true);
                }
                return monthStart && 30.44 * dayWidth >= 4 ? new Tick(d, x, null, false) : null;
            case MONTHS_SHORT:
                if (!monthStart) {
                    return null;
                }
                return new Tick(d, x, yearStart ? MONTH_YEAR.format(d) : MONTH_SHORT.format(d), yearStart);
            case MONTHS:
                if (monthStart) {
                    return new Tick(d, x, MONTH_YEAR.format(d), true);
                }
                return monday ? new Tick(d, x, null, false) : null;
            case WEEKS:
                if (monday) {
                    return new Tick(d, x, WEEKDAY.format(d), monthStart);
                }
                return new Tick(d, x, monthStart ? MONTH_YEAR.format(d) : null, monthStart);
            default:
                return new Tick(d, x, WEEKDAY.format(d), monday || monthStart);
        }
    }

    /**
     * What the part of the axis left of the first label belongs to: the year ("2023") when years
     * or short months are labelled, the month ("Nov 2023") when months, weeks or days are. The
     * histogram writes it at the left edge, so the year is always somewhere on the axis.
     */
    public static String context(TimeAxis a) {
        LocalDate d = a.dayAt(a.x0() + 1);
        return switch (levelFor(a)) {
            case YEARS, MONTHS_SHORT -> String.valueOf(d.getYear());
            case MONTHS, WEEKS, DAYS -> MONTH_YEAR.format(d);
        };
    }
}
