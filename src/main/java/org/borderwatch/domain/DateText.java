package org.borderwatch.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one date language of Borderwatch: how every date field of the window, every option of the
 * command line and every slide reads a date a person typed and writes a date for people.
 *
 * <p><b>Reading</b> ({@link #read}, {@link #parse}) accepts, in this order of preference:
 * <ol>
 *   <li>ISO 8601, {@code 2023-11-30} (also {@code 2023-11-3}, and {@code Thu 2023-11-30} as
 *       {@link #dayWithWeekday} writes it);</li>
 *   <li>written, {@code 30 Nov 2023} or {@code 30 November 2023}, with or without a weekday
 *       ({@code Thu 30 Nov 2023}), English month names in any letter case;</li>
 *   <li>the short form of the reader's locale, with a two- or four-digit year ({@code 11/30/23}
 *       or {@code 11/30/2023} in the United States, {@code 30.11.23} in Finland,
 *       {@code 2023/11/30} in Japan); a two-digit year is 2000–2099;</li>
 *   <li>day first with dots, {@code 30.11.2023}, as Finnish and Polish readers write it;</li>
 *   <li>day first with slashes, {@code 30/11/2023}, as British and most European readers do.</li>
 * </ol>
 * When two forms read the same text as different days ({@code 01/02/2023} is 2 January in the
 * United States and 1 February in Britain) the first form in that order wins and the
 * {@link Reading#note() reading says so}, naming the other day. A text that is no date is refused
 * with a sentence that says why ("November 2023 has 30 days") and how to write one.
 *
 * <p><b>Writing</b> follows one {@link Style} chosen for the whole program, like the default
 * {@link Locale}: {@link Style#WRITTEN} ("30 Nov 2023", English month abbreviations, unambiguous
 * in every country) or {@link Style#ISO} ("2023-11-30"). The window sets it from the user's
 * preference and the command line from {@code --dates}; {@link #current()} is what every writer
 * asks. Machine formats (JSON, file names, SQL) stay ISO whatever the choice.
 *
 * <p>Thread-safe: instances are immutable; the current style is a volatile field.
 */
public final class DateText {
    /** How dates are written for people. */
    public enum Style {
        /** "30 Nov 2023". */
        WRITTEN("written", "30 Nov 2023"),
        /** "2023-11-30". */
        ISO("iso", "2023-11-30");

        private final String code;
        private final String example;

        Style(String code, String example) {
            this.code = code;
            this.example = example;
        }

        /** The name the command line and the preferences use: {@code written} or {@code iso}. */
        public String code() {
            return code;
        }

        /** The date 30 November 2023 in this style, to show the user what a choice means. */
        public String example() {
            return example;
        }

        /** The style named {@code code} ({@code written} or {@code iso}, any case). */
        public static Style parse(String code) {
            String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            for (Style s : values()) {
                if (s.code.equals(c)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("'" + code + "' is not a date style: use written (30 Nov 2023) or iso (2023-11-30)");
        }
    }

    /**
     * What a typed text was read as.
     *
     * @param date the day
     * @param note {@code null}, or a sentence for the user when the text could also mean another
     *             day (how it was read, and how to write the other one)
     */
    public record Reading(LocalDate date, String note) {
        public Reading {
            Objects.requireNonNull(date, "date");
        }
    }

    /** "30 Nov 2023, as written". */
    public static final DateText WRITTEN = new DateText(Style.WRITTEN);
    /** "2023-11-30". */
    public static final DateText ISO = new DateText(Style.ISO);

    /** How the accepted forms are named in a refusal. */
    static final String ACCEPTED = "write 2023-11-30, 30 Nov 2023, 30.11.2023 or 30/11/2023";

    private static final DateTimeFormatter ISO_IN = strict("uuuu-M-d", Locale.ROOT);
    private static final DateTimeFormatter ISO_WEEKDAY_IN = strict("EEE uuuu-M-d", Locale.ENGLISH);
    private static final DateTimeFormatter DOTS_IN = strict("d.M.uuuu", Locale.ROOT);
    private static final DateTimeFormatter SLASHES_IN = strict("d/M/uuuu", Locale.ROOT);
    private static final List<DateTimeFormatter> WRITTEN_IN = List.of(
            strict("d MMM uuuu", Locale.ENGLISH), strict("d MMMM uuuu", Locale.ENGLISH),
            strict("EEE d MMM uuuu", Locale.ENGLISH), strict("EEE d MMMM uuuu", Locale.ENGLISH),
            strict("EEE, d MMM uuuu", Locale.ENGLISH), strict("EEEE d MMMM uuuu", Locale.ENGLISH));

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter WRITTEN_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WRITTEN_DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WRITTEN_MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

    private static volatile Style current = Style.WRITTEN;

    private final Style style;

    private DateText(Style style) {
        this.style = style;
    }

    /** The writer of {@code style}. */
    public static DateText of(Style style) {
        return style == Style.ISO ? ISO : WRITTEN;
    }

    /** The writer of the style chosen for the program ({@link Style#WRITTEN} until one is chosen). */
    public static DateText current() {
        return of(current);
    }

    /** Chooses how the whole program writes dates from now on. */
    public static void use(Style style) {
        current = Objects.requireNonNull(style, "style");
    }

    /** This writer's style. */
    public Style style() {
        return style;
    }

    // ---------------------------------------------------------------- writing

    /** "30 Nov 2023" or "2023-11-30". */
    public String day(LocalDate d) {
        return style == Style.ISO ? d.toString() : WRITTEN_DAY.format(d);
    }

    /** "Thu 30 Nov 2023" or "Thu 2023-11-30": where a day is the headline (the timeline, a slide's stamp). */
    public String dayWithWeekday(LocalDate d) {
        return WEEKDAY.format(d) + " " + day(d);
    }

    /** "30 Nov", or in ISO the whole "2023-11-30" (ISO never drops the year): beside a date that has it. */
    public String dayAndMonth(LocalDate d) {
        return style == Style.ISO ? d.toString() : WRITTEN_DAY_MONTH.format(d);
    }

    /** "Nov 2023" or "2023-11". */
    public String month(LocalDate d) {
        return style == Style.ISO ? ISO_MONTH.format(d) : WRITTEN_MONTH.format(d);
    }

    /**
     * The date as precisely as it is known: {@link #day} for a day, {@link #month} for a date
     * known to the month only (its day is then the 1st and must not be shown), the year alone
     * for a date known to the year.
     */
    public String at(LocalDate d, DatePrecision precision) {
        return switch (precision) {
            case DAY -> day(d);
            case MONTH -> month(d);
            case YEAR -> String.valueOf(d.getYear());
        };
    }

    /**
     * The first day of a range ending at {@code to}, as short as the end allows: "1 Nov" when both
     * are in one year, "30 Dec 2022" otherwise (ISO: always the whole date). Write the end after it.
     */
    public String rangeStart(LocalDate from, LocalDate to) {
        return from.getYear() == to.getYear() ? dayAndMonth(from) : day(from);
    }

    /** "1 Nov – 30 Nov 2023", "30 Dec 2022 – 5 Jan 2023", "2023-11-01 – 2023-11-30"; one day is that day. */
    public String range(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(to) : rangeStart(from, to) + " – " + day(to);
    }

    /**
     * What the user is told when the day asked for lies outside {@code first}…{@code last} and
     * {@code used} is shown instead: "30 Nov 2030 is after the last day of the data (30 Nov 2025):
     * showing 30 Nov 2025". {@code null} when {@code asked} was used as it is.
     */
    public String clampNote(LocalDate asked, LocalDate used, LocalDate first, LocalDate last) {
        if (asked.equals(used)) {
            return null;
        }
        if (last != null && asked.isAfter(last)) {
            return day(asked) + " is after the last day of the data (" + day(last) + "): showing " + day(used);
        }
        if (first != null && asked.isBefore(first)) {
            return day(asked) + " is before the first day of the data (" + day(first) + "): showing " + day(used);
        }
        return day(asked) + " is not available: showing " + day(used);
    }

    // ---------------------------------------------------------------- reading

    /** Reads {@code text} with the short form of the system's locale ({@link Locale.Category#FORMAT}). */
    public static Reading read(String text) {
        return read(text, Locale.getDefault(Locale.Category.FORMAT));
    }

    /**
     * Reads a typed date in any accepted form, the locale's short form being {@code locale}'s.
     *
     * @throws IllegalArgumentException with a sentence for the user when {@code text} is no date
     */
    public static Reading read(String text, Locale locale) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("No date given: " + ACCEPTED);
        }
        List<LocalDate> found = new ArrayList<>(2);
        List<String> foundForms = new ArrayList<>(2);
        String impossible = null;
        for (Form f : forms(locale)) {
            try {
                LocalDate d = LocalDate.parse(t, f.format);
                if (!found.contains(d)) {
                    found.add(d);
                    foundForms.add(f.name);
                }
            } catch (DateTimeParseException e) {
                if (impossible == null) {
                    impossible = impossibleDay(t, f.format);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(impossible != null
                    ? "'" + t + "' is not a day: " + impossible
                    : "'" + t + "' is not a date: " + ACCEPTED);
        }
        LocalDate d = found.get(0);
        String note = null;
        if (found.size() > 1) {
            LocalDate other = found.get(1);
            note = "'" + t + "' read " + foundForms.get(0) + " as " + WRITTEN.day(d) + "; for "
                    + WRITTEN.day(other) + " write " + other;
        }
        return new Reading(d, note);
    }

    /**
     * Reads a typed date ({@link #read(String)}) and gives only the day.
     *
     * @throws IllegalArgumentException with a sentence for the user when {@code text} is no date
     */
    public static LocalDate parse(String text) {
        return read(text).date();
    }

    /** One accepted form: its parser and how a note names it. */
    private record Form(String name, DateTimeFormatter format) {
    }

    private static List<Form> forms(Locale locale) {
        List<Form> forms = new ArrayList<>(12);
        forms.add(new Form("as ISO", ISO_IN));
        forms.add(new Form("as ISO", ISO_WEEKDAY_IN));
        for (DateTimeFormatter f : WRITTEN_IN) {
            forms.add(new Form("as written", f));
        }
        String local = localShortPattern(locale);
        if (local != null) {
            String how = "as this computer writes dates (" + local.replaceAll("u+", "yyyy").toUpperCase(Locale.ROOT) + ")";
            forms.add(new Form(how, strict(local, locale)));
            forms.add(new Form(how, strict(local.replaceAll("u+", "uu"), locale)));
        }
        forms.add(new Form("day first", DOTS_IN));
        forms.add(new Form("day first", SLASHES_IN));
        return forms;
    }

    /**
     * The numeric short date pattern of {@code locale} with a four-digit proleptic year
     * ({@code M/d/uuuu} for the United States), or {@code null} when the locale has none that
     * reads as numbers.
     */
    static String localShortPattern(Locale locale) {
        String p;
        try {
            p = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
        // text fields (month names, eras) and quoted literals would not read typed numbers
        if (p.contains("MMM") || p.contains("G") || p.contains("'") || !p.contains("d") || !p.contains("M")) {
            return null;
        }
        String fourDigitYear = p.replaceAll("[yu]+", "uuuu");
        return fourDigitYear.contains("uuuu") ? fourDigitYear : null;
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        if (pattern.contains("uu") && !pattern.contains("uuu")) {
            // two-digit years are 2000–2099
            String[] parts = pattern.split("uu", -1);
            b.appendPattern(parts[0]).appendValueReduced(ChronoField.YEAR, 2, 2, 2000).appendPattern(parts[1]);
        } else {
            b.appendPattern(pattern);
        }
        return b.toFormatter(locale).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * When {@code text} has the shape of {@code format} but names a day that does not exist, says
     * why ("November 2023 has 30 days"); otherwise {@code null}.
     */
    private static String impossibleDay(String text, DateTimeFormatter format) {
        ParsePosition pos = new ParsePosition(0);
        TemporalAccessor fields;
        try {
            fields = format.parseUnresolved(text, pos);
        } catch (RuntimeException e) {
            return null;
        }
        if (fields == null || pos.getErrorIndex() >= 0 || pos.getIndex() != text.length()
                || !fields.isSupported(ChronoField.MONTH_OF_YEAR) || !fields.isSupported(ChronoField.DAY_OF_MONTH)) {
            return null;
        }
        long m = fields.getLong(ChronoField.MONTH_OF_YEAR);
        long dom = fields.getLong(ChronoField.DAY_OF_MONTH);
        if (m < 1 || m > 12) {
            return "there is no month " + m + " (" + ACCEPTED + ")";
        }
        Month month = Month.of((int) m);
        Long year = fields.isSupported(ChronoField.YEAR) ? Long.valueOf(fields.getLong(ChronoField.YEAR)) : null;
        int length = year == null ? month.maxLength() : month.length(IsoChronology.INSTANCE.isLeapYear(year));
        if (dom < 1 || dom > length) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + (year == null ? "" : " " + year);
            return name + " has " + length + " days";
        }
        if (year != null && fields.isSupported(ChronoField.DAY_OF_WEEK)) {
            LocalDate d = LocalDate.of(year.intValue(), month, (int) dom);
            long named = fields.getLong(ChronoField.DAY_OF_WEEK);
            if (d.getDayOfWeek().getValue() != named) {
                return WRITTEN.day(d) + " is a " + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ", not a " + java.time.DayOfWeek.of((int) named).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            }
        }
        return null;
    }
}
