package org.borderwatch.interop;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Attributes;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;

/**
 * Maps one ACLED row to an {@link Event}: id {@code acled:<event_id_cnty>}, title
 * "{@code <sub_event_type> in <location>}", summary = {@code notes}, category from
 * {@link AcledCategories}, border from {@link BorderRegions}, location from latitude/longitude,
 * place "{@code location, admin1}", sources from {@link AcledSources}, tags {@code acled} plus
 * ACLED's own tags, and every ACLED value worth keeping in {@link Event#attributes()} under its
 * column name. A {@code time_precision} of 3 (month) gives {@link DatePrecision#MONTH} and the 1st
 * of the month; the original date stays in the attribute {@code event_date}. Older numeric actor
 * codes become today's text, the code kept as {@code inter1_code} and so on.
 *
 * <p>Built for large files: cells are read from the reader's bytes ({@link AcledValues.Cells}),
 * values that repeat from row to row (type and place names, sources, tags, titles) are made once,
 * and the attribute names are shared between the events of one file.
 *
 * <p>Not thread-safe (it caches sources, titles and the like).
 */
public final class AcledRowMapper {
    /** Prefix of the ids of imported ACLED events. */
    public static final String ID_PREFIX = "acled:";

    /**
     * Every attribute an event may have, in the order they are kept; a row's attributes are those
     * with a non-empty value. The columns first, then the decoded actor codes, the places, the
     * date and precisions, and the tail.
     */
    private static final String[] SLOTS = {
        "event_id_cnty", "event_type", "sub_event_type", "disorder_type", "actor1", "assoc_actor_1", "actor2",
        "assoc_actor_2", "inter1", "inter1_code", "inter2", "inter2_code", "interaction", "interaction_code",
        "civilian_targeting", "iso", "iso3", "region", "country", "admin1", "admin2", "admin3", "location",
        "event_date", "geo_precision", "time_precision", "source", "source_scale", "fatalities", "tags",
        "timestamp", "notes", "data_id", "event_id_no_cnty"};
    private static final int ID = 0;
    private static final int EVENT_TYPE = 1;
    private static final int SUB_EVENT_TYPE = 2;
    private static final int INTER1 = 8;
    private static final int INTER2 = 10;
    private static final int INTERACTION = 12;
    private static final int COUNTRY = 18;
    private static final int ADMIN1 = 19;
    private static final int LOCATION = 22;
    private static final int EVENT_DATE = 23;
    private static final int GEO_PRECISION = 24;
    private static final int TIME_PRECISION = 25;
    private static final int SOURCE = 26;
    private static final int FATALITIES = 28;
    private static final int TAGS = 29;
    private static final int TIMESTAMP = 30;
    private static final int NOTES = 31;
    /**
     * Slots whose value is the trimmed cell of the column of the same name, repeated from row to
     * row (the actor types and interaction are then decoded in their slots).
     */
    private static final int[] SHARED = {1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 26, 27, 29};
    /** Slots whose value is the trimmed cell of the column of the same name, new in every row. */
    private static final int[] UNIQUE = {31, 32, 33};
    private static final String[] PRECISIONS = {"", "1", "2", "3"};

    private final AcledHeader header;
    private final AcledSources sources;
    private final AcledValues.Cells cells = new AcledValues.Cells();
    /** Column position per slot, −1 when the file lacks the column or the slot is not a column. */
    private final int[] column = new int[SLOTS.length];
    private final int colDate;
    private final int colTimePrecision;
    private final int colGeoPrecision;
    private final int colLat;
    private final int colLon;
    private final String[] values = new String[SLOTS.length];
    private final String[] present = new String[SLOTS.length];
    private final long[] keyMasks = new long[256];
    private final Attributes.Keys[] keysByMask = new Attributes.Keys[256];
    private final Memo<Cited> citedBySource = new Memo<>();
    private final Memo<List<String>> tagsByCell = new Memo<>();
    private final Memo<String> titles = new Memo<>();
    private final Memo<String> places = new Memo<>();
    private final Memo<Category> categories = new Memo<>();
    private final Memo<Integer> countryGroups = new Memo<>();
    /* the values of the row being read */
    private AcledValues.Day day;
    private int timePrecision;
    private int geoPrecision;
    private double lat;
    private double lon;
    private int fatalities;
    private long timestamp;

    public AcledRowMapper(AcledHeader header, AcledSources sources) {
        this.header = header;
        this.sources = sources;
        for (int s = 0; s < SLOTS.length; s++) {
            AcledColumn c = AcledColumn.byHeader(SLOTS[s]);
            column[s] = c == null ? -1 : header.index(c);
        }
        colDate = header.index(AcledColumn.EVENT_DATE);
        colTimePrecision = header.index(AcledColumn.TIME_PRECISION);
        colGeoPrecision = header.index(AcledColumn.GEO_PRECISION);
        colLat = header.index(AcledColumn.LATITUDE);
        colLon = header.index(AcledColumn.LONGITUDE);
    }

    /**
     * Maps the current record of {@code csv}.
     *
     * @throws InvalidRecordException naming the line when a value is missing or wrong
     */
    public AcledRecord map(CsvReader csv) throws InvalidRecordException {
        if (csv.fieldCount() != header.width()) {
            throw new InvalidRecordException(csv.file(), csv.line(), "the row has " + csv.fieldCount()
                    + " fields, the header " + header.width());
        }
        try {
            return map(csv, csv.line());
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException(csv.file(), csv.line(), e.getMessage());
        }
    }

    /*
     * One row is read in three steps, each its own method so that each is compiled on its own
     * (one large method takes the compiler long enough to slow the first part of a large file).
     */
    private AcledRecord map(CsvReader row, long line) {
        readChecked(row);
        readTexts(row);
        return record(line);
    }

    /**
     * Reads and checks the values that can be wrong, in the order their errors are reported (the
     * actor types and interaction last, in {@link #readTexts(CsvReader)}).
     */
    private void readChecked(CsvReader row) {
        String idCnty = row.trimmed(column[ID]);
        if (idCnty.isEmpty()) {
            throw new IllegalArgumentException("event_id_cnty is empty");
        }
        values[ID] = idCnty;
        day = cells.date(row, colDate);
        timePrecision = cells.precision(row, colTimePrecision, "time_precision");
        geoPrecision = cells.precision(row, colGeoPrecision, "geo_precision");
        lat = cells.degrees(row, colLat, "latitude", 90);
        lon = cells.degrees(row, colLon, "longitude", 180);
        fatalities = cells.count(row, column[FATALITIES], "fatalities");
        timestamp = cells.timestamp(row, column[TIMESTAMP]);
    }

    /** Reads the texts, and decodes the actor types and interaction given as numbers. */
    private void readTexts(CsvReader row) {
        String[] v = values;
        for (int s : SHARED) {
            int c = column[s];
            v[s] = c < 0 ? "" : row.trimmedShared(c);
        }
        for (int s : UNIQUE) {
            int c = column[s];
            v[s] = c < 0 ? "" : row.trimmed(c);
        }
        if (row.hasCarriageReturn(column[NOTES])) {
            v[NOTES] = lineBreaks(v[NOTES]);
        }
        v[EVENT_DATE] = day.text();
        v[GEO_PRECISION] = PRECISIONS[geoPrecision];
        v[TIME_PRECISION] = PRECISIONS[timePrecision];
        v[FATALITIES] = AcledValues.Cells.count(fatalities);
        v[TIMESTAMP] = cells.timestampText(row, column[TIMESTAMP], timestamp);
        code(row, INTER1, v);
        code(row, INTER2, v);
        code(row, INTERACTION, v);
    }

    /** The record of the values read. */
    private AcledRecord record(long line) {
        String[] v = values;
        String eventType = v[EVENT_TYPE];
        String subType = v[SUB_EVENT_TYPE];
        String location = v[LOCATION];
        String admin1 = v[ADMIN1];
        String country = v[COUNTRY];
        Cited cited = cited(v[SOURCE]);
        boolean month = timePrecision == 3;
        String where = !location.isEmpty() ? location : !admin1.isEmpty() ? admin1 : country;
        String what = !subType.isEmpty() ? subType : !eventType.isEmpty() ? eventType : "ACLED event";
        String title = where.isEmpty() ? what : pair(titles, what, where, " in ");
        String place = location.isEmpty() ? blankToNull(admin1)
                : admin1.isEmpty() || admin1.equals(location) ? location : pair(places, location, admin1, ", ");
        Category category = category(eventType, subType);
        Border border = BorderRegions.of(lat, lon, countryGroup(country));
        Event e = new Event(ID_PREFIX.concat(v[ID]), month ? day.firstOfMonth() : day.date(),
                month ? DatePrecision.MONTH : DatePrecision.DAY, title, v[NOTES], category, border, null,
                new GeoPoint(lat, lon), place, cited.ids, tags(v[TAGS]), attributes(v));
        return new AcledRecord(line, e, timestamp, cited.sources);
    }

    /**
     * {@code inter1}, {@code inter2} or {@code interaction} (its trimmed cell in {@code v[slot]}):
     * a number becomes the text, and is kept in the next slot as the code.
     */
    private void code(CsvReader row, int slot, String[] v) {
        String t = v[slot];
        if (AcledValues.allDigits(t)) {
            String cell = row.field(column[slot]);
            v[slot] = slot == INTERACTION ? AcledValues.interaction(cell) : AcledValues.actorType(cell, SLOTS[slot]);
            v[slot + 1] = t;
        } else {
            v[slot + 1] = "";
        }
    }

    /** The non-empty values of {@code v}, under the names of their slots. */
    private Attributes attributes(String[] v) {
        String[] out = present;
        long mask = 0;
        int n = 0;
        for (int s = 0; s < v.length; s++) {
            String x = v[s];
            if (!x.isEmpty()) {
                mask |= 1L << s;
                out[n++] = x;
            }
        }
        int slot = (int) (mask * 0x9E3779B97F4A7C15L >>> 56);
        Attributes.Keys keys = keysByMask[slot];
        if (keys == null || keyMasks[slot] != mask) {
            String[] names = new String[n];
            for (int s = 0, k = 0; s < v.length; s++) {
                if ((mask & 1L << s) != 0) {
                    names[k++] = SLOTS[s];
                }
            }
            keys = Attributes.keys(names);
            keysByMask[slot] = keys;
            keyMasks[slot] = mask;
        }
        return Attributes.of(keys, out, n);
    }

    private Cited cited(String cell) {
        Cited c = citedBySource.get(cell, "");
        if (c == null) {
            List<Source> list = sources.of(cell);
            List<String> ids = new ArrayList<>(list.size());
            for (Source s : list) {
                ids.add(s.id());
            }
            c = new Cited(list, List.copyOf(ids));
            citedBySource.put(cell, "", c);
        }
        return c;
    }

    /** {@code acled} and then ACLED's own tags (separated by semicolons), without repeats. */
    private List<String> tags(String cell) {
        List<String> result = tagsByCell.get(cell, "");
        if (result == null) {
            List<String> tags = new ArrayList<>(4);
            tags.add("acled");
            for (String t : cell.split(";")) {
                String tag = t.trim();
                if (!tag.isEmpty() && !tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            result = List.copyOf(tags);
            tagsByCell.put(cell, "", result);
        }
        return result;
    }

    private Category category(String eventType, String subType) {
        Category c = categories.get(eventType, subType);
        if (c == null) {
            c = AcledCategories.of(eventType, subType);
            categories.put(eventType, subType, c);
        }
        return c;
    }

    private int countryGroup(String country) {
        Integer g = countryGroups.get(country, "");
        if (g == null) {
            g = BorderRegions.group(country);
            countryGroups.put(country, "", g);
        }
        return g;
    }

    /** {@code a + separator + b}, made once per pair. */
    private static String pair(Memo<String> cache, String a, String b, String separator) {
        String s = cache.get(a, b);
        if (s == null) {
            s = a.concat(separator).concat(b);
            cache.put(a, b, s);
        }
        return s;
    }

    /** Notes written on Windows carry CRLF inside the quoted field: keep plain LF. */
    private static String lineBreaks(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The sources one {@code source} cell cites, and their ids. */
    private record Cited(List<Source> sources, List<String> ids) {
    }

    /**
     * What was last derived from a pair of texts, per slot of a small table. Texts that repeat are
     * the same {@code String}s ({@link CsvReader#trimmedShared(int)}), so pairs are told apart by
     * identity alone: equal texts in other strings are derived again, with the same result. A
     * slot taken by another pair is overwritten.
     */
    private static final class Memo<V> {
        private static final int SIZE = 1 << 10;
        private final String[] firsts = new String[SIZE];
        private final String[] seconds = new String[SIZE];
        private final Object[] values = new Object[SIZE];

        private static int slot(String a, String b) {
            int h = System.identityHashCode(a) * 31 + System.identityHashCode(b);
            return (h ^ h >>> 10) & (SIZE - 1);
        }

        @SuppressWarnings("unchecked")
        V get(String a, String b) {
            int i = slot(a, b);
            return firsts[i] == a && seconds[i] == b ? (V) values[i] : null;
        }

        void put(String a, String b, V value) {
            int i = slot(a, b);
            firsts[i] = a;
            seconds[i] = b;
            values[i] = value;
        }
    }
}
