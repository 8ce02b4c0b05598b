package org.borderwatch.interop;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parsers for the values of ACLED cells, written by hand for speed (they run once per row).
 * Each returns the value or throws {@link IllegalArgumentException} with a message that names
 * the column and quotes the text, ready for {@code file:line: reason}.
 */
public final class AcledValues {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String[] ACTOR_TYPES = {
        "No actor", "State forces", "Rebel group", "Political militia", "Identity militia",
        "Rioters", "Protesters", "Civilians", "External/Other forces"};

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
        for (int i = 0; i < names.length; i++) {
            MONTHS.put(names[i], i + 1);
            MONTHS.put(names[i].substring(0, 3), i + 1);
        }
        MONTHS.put("sept", 9);
    }

    private AcledValues() {
    }

    /**
     * Parses {@code event_date} in any of the forms ACLED has used: {@code 2023-11-18},
     * {@code 18 November 2023} (month names in English, full or three letters, any case) and
     * {@code 18-11-2023}.
     */
    public static LocalDate date(String text) {
        String t = text.trim();
        try {
            if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
                return LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
            }
            if (t.length() == 10 && t.charAt(2) == '-' && t.charAt(5) == '-') {
                return LocalDate.of(digits(t, 6, 10), digits(t, 3, 5), digits(t, 0, 2));
            }
            int s1 = t.indexOf(' ');
            int s2 = t.lastIndexOf(' ');
            if (s1 > 0 && s2 > s1) {
                Integer month = MONTHS.get(t.substring(s1 + 1, s2).trim().toLowerCase(Locale.ROOT));
                if (month != null && s2 + 5 == t.length()) {
                    return LocalDate.of(digits(t, s2 + 1, t.length()), month, digits(t, 0, s1));
                }
            }
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("event_date '" + text + "' is not a calendar date ("
                    + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("event_date '" + text
                + "' is not a date (expected 2023-11-18, 18 November 2023 or 18-11-2023)");
    }

    /**
     * Parses ACLED's {@code timestamp}, the time the row was last changed: Unix seconds as ACLED
     * writes them, or an ISO-8601 date-time (UTC when no offset is given).
     *
     * @return seconds since 1970-01-01T00:00Z
     */
    public static long timestamp(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("timestamp is empty");
        }
        if (allDigits(t) && t.length() <= 12) {
            return Long.parseLong(t);
        }
        try {
            if (t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10) {
                return OffsetDateTime.parse(t.replace(' ', 'T')).toEpochSecond();
            }
            return LocalDateTime.parse(t.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timestamp '" + text
                    + "' is neither Unix seconds nor an ISO date-time");
        }
    }

    /** A non-negative whole number such as {@code fatalities}; {@code column} names it in errors. */
    public static int count(String text, String column) {
        String t = text.trim();
        if (t.isEmpty() || t.length() > 9 || !allDigits(t)) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number ≥ 0");
        }
        return Integer.parseInt(t);
    }

    /** A coordinate in degrees within ±{@code max}; {@code column} names it in errors. */
    public static double degrees(String text, String column, double max) {
        String t = text.trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a number");
        }
        if (!(v >= -max && v <= max)) {
            throw new IllegalArgumentException(column + " " + t + " is outside −" + (int) max + "…" + (int) max);
        }
        if (!DecimalNumber.isDecimal(t)) {
            // Java reads 0x1p6, 60.5d and 60.5f; a data file never writes them
            throw new IllegalArgumentException(column + " '" + text + "' is not a plain decimal number");
        }
        return v;
    }

    /**
     * A precision code 1, 2 or 3 ({@code geo_precision}, {@code time_precision}); empty gives 0.
     */
    public static int precision(String text, String column) {
        String t = text.trim();
        if (t.isEmpty()) {
            return 0;
        }
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '3') {
            return t.charAt(0) - '0';
        }
        throw new IllegalArgumentException(column + " '" + text + "' is not 1, 2 or 3");
    }

    /**
     * An actor type ({@code inter1}, {@code inter2}): text as written since 2024, or a numeric
     * code 0–8 of the older files, which becomes the current text ("6" → "Protesters").
     */
    public static String actorType(String text, String column) {
        String t = text.trim();
        if (t.isEmpty() || !allDigits(t)) {
            return t;
        }
        int code = t.length() == 1 ? t.charAt(0) - '0' : 99;
        if (code > 8) {
            throw new IllegalArgumentException(column + " '" + text + "' is not an ACLED actor code 0–8");
        }
        return code == 0 ? "" : ACTOR_TYPES[code];
    }

    /**
     * The {@code interaction}: text ("State forces-Protesters", "Protesters only") or the older
     * two-digit code ("16", "60"), which becomes that text.
     */
    public static String interaction(String text) {
        String t = text.trim();
        if (t.isEmpty() || !allDigits(t)) {
            return t;
        }
        if (t.length() > 2) {
            throw new IllegalArgumentException("interaction '" + text + "' is not an ACLED interaction code");
        }
        int a = t.length() == 1 ? 0 : t.charAt(0) - '0';
        int b = t.charAt(t.length() - 1) - '0';
        if (a > 8 || b > 8 || a == 0) {
            throw new IllegalArgumentException("interaction '" + text + "' is not an ACLED interaction code");
        }
        return b == 0 ? ACTOR_TYPES[a] + " only" : ACTOR_TYPES[a] + "-" + ACTOR_TYPES[b];
    }

    static boolean allDigits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("'" + t.substring(from, to) + "' is not a number");
            }
            v = v * 10 + (c - '0');
        }
        if (to == from) {
            throw new NumberFormatException("a number is missing");
        }
        return v;
    }

    /**
     * A day as read from {@code event_date}: the date, the 1st of its month, and its ISO text.
     *
     * @param date         the day
     * @param firstOfMonth the 1st of that month
     * @param text         {@code date.toString()}
     */
    record Day(LocalDate date, LocalDate firstOfMonth, String text) {
        static Day of(LocalDate d) {
            return new Day(d, d.withDayOfMonth(1), d.toString());
        }
    }

    /**
     * The same parsers read straight from the bytes of a {@link CsvReader} record, for the values
     * of every row: common forms are read in place, anything else (and every error) goes through
     * the parsers above, so results and messages are theirs. Not thread-safe (one per reader).
     */
    static final class Cells {
        private static final double[] POWERS = new double[23];
        private static final String[] COUNTS = new String[1024];
        private final Day[] days = new Day[1 << 12];
        private final int[] dayKeys = new int[1 << 12];
        private int from;
        private int to;
        /** The last timestamp read was digits without a leading zero: the cell is its own decimal text. */
        private boolean plainSeconds;

        static {
            double p = 1;
            for (int i = 0; i < POWERS.length; i++) {
                POWERS[i] = p;
                p *= 10;
            }
            for (int i = 0; i < COUNTS.length; i++) {
                COUNTS[i] = Integer.toString(i);
            }
        }

        /** {@code Integer.toString(n)}, made once for small counts. */
        static String count(int n) {
            return n >= 0 && n < COUNTS.length ? COUNTS[n] : Integer.toString(n);
        }

        /** As {@link AcledValues#date(String)} on cell {@code col}. */
        Day date(CsvReader row, int col) {
            if (trim(row, col) && to - from == 10) {
                byte[] b = row.buffer();
                int f = from;
                if (b[f + 4] == '-' && b[f + 7] == '-') {
                    int y = digits(b, f, f + 4);
                    int m = digits(b, f + 5, f + 7);
                    int d = digits(b, f + 8, f + 10);
                    if (y >= 0 && m >= 0 && d >= 0) {
                        Day day = cachedDay(y, m, d);
                        if (day != null) {
                            return day;
                        }
                    }
                }
            }
            LocalDate d = AcledValues.date(col < 0 ? "" : row.field(col));
            return cachedDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }

        /** The day, or null when it is not a calendar date. */
        private Day cachedDay(int y, int m, int d) {
            int key = y * 10_000 + m * 100 + d;
            int slot = (key * 0x9E3779B1) >>> 20;
            Day day = days[slot];
            if (day != null && dayKeys[slot] == key) {
                return day;
            }
            if (m < 1 || m > 12 || d < 1 || d > 31) {
                return null;
            }
            try {
                day = Day.of(LocalDate.of(y, m, d));
            } catch (java.time.DateTimeException e) {
                return null;
            }
            days[slot] = day;
            dayKeys[slot] = key;
            return day;
        }

        /** As {@link AcledValues#precision(String, String)} on cell {@code col} (absent: 0). */
        int precision(CsvReader row, int col, String column) {
            if (col < 0) {
                return 0;
            }
            if (row.plain(col)) {
                if (!trim(row, col)) {
                    return 0;
                }
                byte c = row.buffer()[from];
                if (to - from == 1 && c >= '1' && c <= '3') {
                    return c - '0';
                }
            }
            return AcledValues.precision(row.field(col), column);
        }

        /** As {@link AcledValues#degrees(String, String, double)} on cell {@code col}. */
        double degrees(CsvReader row, int col, String column, double max) {
            if (trim(row, col)) {
                byte[] b = row.buffer();
                int p = from;
                boolean negative = b[p] == '-';
                if (negative) {
                    p++;
                }
                long mantissa = 0;
                int digits = 0;
                int scale = 0;
                boolean dot = false;
                boolean simple = true;
                for (; p < to; p++) {
                    byte c = b[p];
                    if (c >= '0' && c <= '9' && digits < 18) {
                        mantissa = mantissa * 10 + (c - '0');
                        digits++;
                        if (dot) {
                            scale++;
                        }
                    } else if (c == '.' && !dot) {
                        dot = true;
                    } else {
                        simple = false;
                        break;
                    }
                }
                // exact: both operands are exact doubles and one division rounds once, as parseDouble does
                if (simple && digits > 0 && mantissa < 1L << 53 && scale < POWERS.length) {
                    double v = scale == 0 ? mantissa : mantissa / POWERS[scale];
                    if (negative) {
                        v = -v;
                    }
                    if (v >= -max && v <= max) {
                        return v;
                    }
                }
            }
            return AcledValues.degrees(col < 0 ? "" : row.field(col), column, max);
        }

        /** As {@link AcledValues#count(String, String)} on cell {@code col}. */
        int count(CsvReader row, int col, String column) {
            if (trim(row, col) && to - from <= 9) {
                int v = digits(row.buffer(), from, to);
                if (v >= 0) {
                    return v;
                }
            }
            return AcledValues.count(col < 0 ? "" : row.field(col), column);
        }

        /** As {@link AcledValues#timestamp(String)} on cell {@code col}. */
        long timestamp(CsvReader row, int col) {
            if (trim(row, col) && to - from <= 12) {
                byte[] b = row.buffer();
                long v = 0;
                int p = from;
                for (; p < to && b[p] >= '0' && b[p] <= '9'; p++) {
                    v = v * 10 + (b[p] - '0');
                }
                if (p == to) {
                    plainSeconds = b[from] != '0';
                    return v;
                }
            }
            plainSeconds = false;
            return AcledValues.timestamp(col < 0 ? "" : row.field(col));
        }

        /**
         * The {@code timestamp} attribute, {@code Long.toString(seconds)} for the seconds the last
         * {@link #timestamp(CsvReader, int)} read: the cell itself when it is written so (digits
         * only, no leading zero).
         */
        String timestampText(CsvReader row, int col, long seconds) {
            return plainSeconds ? row.trimmed(col) : Long.toString(seconds);
        }

        /**
         * Finds cell {@code col} without surrounding chars up to U+0020 in the record's bytes.
         *
         * @return false when the cell is absent, empty after trimming, or holds doubled quotes
         */
        private boolean trim(CsvReader row, int col) {
            if (col < 0 || !row.plain(col)) {
                return false;
            }
            byte[] b = row.buffer();
            int s = row.start(col);
            int e = row.end(col);
            while (s < e && b[s] >= 0 && b[s] <= ' ') {
                s++;
            }
            while (e > s && b[e - 1] >= 0 && b[e - 1] <= ' ') {
                e--;
            }
            from = s;
            to = e;
            return s < e;
        }

        /** The decimal number in {@code b[from, to)}, or −1 when it holds anything but digits. */
        private static int digits(byte[] b, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                byte c = b[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
