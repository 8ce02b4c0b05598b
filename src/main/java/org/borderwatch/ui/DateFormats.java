package org.borderwatch.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.DatePrecision;

/**
 * How the window writes and reads dates. Written dates are unambiguous in every reader's
 * convention ("Thu 30 Nov 2023", always in English); typed dates are accepted as ISO
 * ({@code 2023-11-30}), as Finnish and Polish readers write them ({@code 30.11.2023}) or as the
 * window writes them ({@code 30 Nov 2023}, with or without the weekday). Thread-safe.
 */
public final class DateFormats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final List<DateTimeFormatter> INPUT = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private DateFormats() {
    }

    /** "Thu 30 Nov 2023". */
    public static String day(LocalDate d) {
        return DAY.format(d);
    }

    /** "30 Nov 2023", for table cells where the weekday would only add noise. */
    public static String shortDay(LocalDate d) {
        return SHORT.format(d);
    }

    /** "Nov 2023". */
    public static String month(LocalDate d) {
        return MONTH.format(d);
    }

    /** The date as precisely as it is known: "Thu 30 Nov 2023", or "Nov 2023 (month only)". */
    public static String withPrecision(LocalDate d, DatePrecision precision) {
        return precision == DatePrecision.MONTH ? month(d) + " (month only)" : day(d);
    }

    /**
     * Reads a typed date.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms when it is not a date
     */
    public static LocalDate parse(String text) {
        String t = text == null ? "" : text.trim().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : INPUT) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        throw new IllegalArgumentException("'" + t + "' is not a date: write 2023-11-30, 30.11.2023 or 30 Nov 2023");
    }

    /** A date picker's converter: ISO dates out ("2023-11-30"), any form {@link #parse} reads in. */
    public static javafx.util.StringConverter<LocalDate> isoConverter() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null || s.isBlank() ? null : parse(s);
            }
        };
    }
}
