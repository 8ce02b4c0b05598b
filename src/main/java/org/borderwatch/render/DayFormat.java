package org.borderwatch.render;

import java.time.LocalDate;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateText;

/**
 * Dates as the map writes them, in the program's chosen style ({@link DateText#current()}):
 * "Thu 30 Nov 2023" or "Thu 2023-11-30". Thread-safe.
 */
public final class DayFormat {
    private DayFormat() {
    }

    /** "Thu 30 Nov 2023". */
    public static String day(LocalDate d) {
        return DateText.current().dayWithWeekday(d);
    }

    /** "Thu 30 Nov 2023" for a day, "Nov 2021" or "2021" for a date known only to the month or year. */
    public static String at(LocalDate d, DatePrecision precision) {
        return precision == DatePrecision.DAY ? day(d) : DateText.current().at(d, precision);
    }

    /** "1 Nov – Thu 30 Nov 2023", or "Thu 30 Nov 2023" for a one-day range. */
    public static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(to);
        }
        return DateText.current().rangeStart(from, to) + " – " + day(to);
    }

    /** {@code text} cut to at most {@code max} characters, with an ellipsis when cut. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)).stripTrailing() + "…";
    }
}
