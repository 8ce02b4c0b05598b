package org.borderwatch.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the map writes them: unambiguous in any country ("Thu 30 Nov 2023"). Thread-safe. */
public final class DayFormat {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DayFormat() {
    }

    /** "Thu 30 Nov 2023". */
    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** "1 Nov – Thu 30 Nov 2023", or "Thu 30 Nov 2023" for a one-day range. */
    public static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(to);
        }
        String start = from.getYear() == to.getYear() ? DAY_MONTH.format(from) : DAY_MONTH.format(from) + " " + from.getYear();
        return start + " – " + day(to);
    }

    /** {@code text} cut to at most {@code max} characters, with an ellipsis when cut. */
    public static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)).stripTrailing() + "…";
    }
}
