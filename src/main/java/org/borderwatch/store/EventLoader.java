package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;

/**
 * Loads events — every event for a full snapshot, or those of a window ({@link EventWindows}) —
 * with as few crossings of the JDBC boundary as possible — each costs more than the SQLite work behind it:
 * <ul>
 *   <li>each event is one row of five values: row key, latitude, longitude, the attributes text
 *       and one JSON array ({@code json_array}) holding the other text columns — the sources and
 *       tags arrays as text inside it, parsed once per distinct array — instead of fifteen
 *       columns fetched one by one (coordinates stay binary doubles, exact); that array is read
 *       as the UTF-8 bytes SQLite holds and decoded value by value ({@link Utf8JsonRow});</li>
 *   <li>the result comes sorted by date and then id, the order of
 *       {@link org.borderwatch.domain.SituationData}, so that its own sort only confirms it.</li>
 * </ul>
 */
final class EventLoader {
    private static final String ROW = row("e.attributes", "e.summary");
    private static final Comparator<Event> BY_ID = Comparator.comparing(Event::id);

    private EventLoader() {
    }

    private static String row(String attributes, String summary) {
        return "SELECT e.pk, e.lat, e.lon, " + attributes + ", json_array(e.id, e.date, e.date_precision, e.title, "
                + summary + ", e.category, e.border, e.crossing_id, e.place, e.sources, e.tags) FROM events e";
    }

    /** Every event, oldest first, events of one day by id. */
    static List<Event> all(Connection c) throws SQLException {
        int count;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
            count = rs.next() ? rs.getInt(1) : 0;
        }
        List<Event> events = new ArrayList<>(count);
        each(c, "", List.of(), events::add);
        return byDateThenId(events);
    }

    /**
     * The events of {@code tail} (a WHERE clause over {@code events e}, with an ORDER BY or LIMIT
     * if wanted, its {@code ?} bound to {@code params} in order), in the order it gives.
     */
    static List<Event> select(Connection c, String tail, List<Object> params) throws SQLException {
        List<Event> events = new ArrayList<>();
        each(c, tail, params, events::add);
        return events;
    }

    /**
     * {@link #select}, each event with only the parts {@code parts} asks for: the attributes named
     * in its {@link EventQuery#attributes()} ({@code null}: all of them), and the summary unless it
     * asks for none ({@link EventQuery#summaries()}). What is left out is not read: only the named
     * attributes cross into Java, and an empty summary in place of the stored one.
     */
    static List<Event> select(Connection c, String tail, List<Object> params, EventQuery parts) throws SQLException {
        Set<String> attributes = parts.attributes();
        if (attributes == null && parts.summaries()) {
            return select(c, tail, params);
        }
        List<String> names = attributes == null ? new ArrayList<>() : new ArrayList<>(attributes);
        names.sort(null);
        if (attributes == null || names.stream().anyMatch(n -> n.indexOf('"') >= 0 || n.indexOf('\\') >= 0)) {
            // a JSON path cannot name these (or all are asked for): read every attribute and keep here what is asked
            List<Event> events = new ArrayList<>();
            each(c, tail, params, e -> events.add(parts.trimmed(e)));
            return events;
        }
        List<Object> all = new ArrayList<>(2 * names.size() + params.size());
        for (String name : names) {
            all.add("," + FlatJson.quoted(name) + ":");
            all.add("$.\"" + name + "\"");
        }
        all.addAll(params);
        List<Event> events = new ArrayList<>();
        String row = row(namedAttributes(names.size(), parts.summaries()), parts.summaries() ? "e.summary" : "''");
        each(c, row, tail, all, events::add);
        return events;
    }

    /**
     * The attributes text with only {@code count} named attributes — picked out by SQLite, each
     * with {@code ->} (the name's JSON text and its path are parameters), so that only they cross
     * into Java and are decoded: {@code {"geo_precision":"1"}}, without the names an event does not
     * have. A stored {@code null} (the summary's stand-in) stays {@code null} for a row read with
     * its summary; read without it ({@code summaries} false), it comes as the summary's text. The
     * parameters are numbered ({@code ?1}, {@code ?2} … for the first name's text and path), so that
     * a path is given once and may be used twice; the tail's {@code ?} come after them. The names
     * come in sorted order.
     */
    private static String namedAttributes(int count, boolean summaries) {
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String value = "(e.attributes -> ?" + (2 * i + 2) + ")";
            if (!summaries) {
                value = "CASE WHEN " + value + " = 'null' THEN json_quote(e.summary) ELSE " + value + " END";
            }
            pairs.append(i == 0 ? "" : " || ").append("coalesce(?").append(2 * i + 1).append(" || ").append(value)
                    .append(", '')");
        }
        return count == 0 ? "'{}'" : "('{' || substr(" + pairs + ", 2) || '}')";
    }

    /** Hands each event of {@code tail} (see {@link #select}) to {@code sink}, one row at a time. */
    static void each(Connection c, String tail, List<Object> params, Sink sink) throws SQLException {
        each(c, ROW, tail, params, sink);
    }

    private static void each(Connection c, String row, String tail, List<Object> params, Sink sink) throws SQLException {
        RowDecoder decode = new RowDecoder();
        Utf8JsonRow rows = new Utf8JsonRow();
        try (PreparedStatement ps = c.prepareStatement(row + tail)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(decode(rs, decode, rows));
                }
            }
        }
    }

    /** Receives events as they are read; may stop the read by throwing. */
    @FunctionalInterface
    interface Sink {
        void accept(Event e) throws SQLException;
    }

    private static Event decode(ResultSet rs, RowDecoder decode, Utf8JsonRow rows) throws SQLException {
        String[] t;
        try {
            t = rows.read(rs.getBytes(5), 11);
        } catch (IllegalArgumentException e) {
            throw new SQLException("event row " + rs.getLong(1) + " could not be read: " + e.getMessage(), e);
        }
        String id = t[0];
        double lat = rs.getDouble(2);
        GeoPoint location = rs.wasNull() ? null : decode.point(lat, rs.getDouble(3));
        return new Event(id, decode.date(t[1]), decode.code(DatePrecision.class, t[2], DatePrecision::parse),
                decode.repeated(t[3]), t[4], decode.code(Category.class, t[5], Category::parse),
                decode.code(Border.class, t[6], Border::parse), t[7], location, decode.repeated(t[8]),
                decode.list(id, t[9]), decode.list(id, t[10]),
                decode.attributes(id, rs.getString(4), t[4]));
    }

    /**
     * {@code events} sorted by date and then id. Dates are few and bounded, so events are sorted
     * by a primitive key (day, position) and only days holding several events compare ids.
     */
    static List<Event> byDateThenId(List<Event> events) {
        int n = events.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long day = events.get(i).date().toEpochDay();
            if (day != (int) day) {
                List<Event> list = new ArrayList<>(events);
                list.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
                return list;
            }
            keys[i] = day << 32 | i;
        }
        Arrays.sort(keys);
        Event[] sorted = new Event[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = events.get((int) keys[i]);
        }
        int from = 0;
        while (from < n) {
            LocalDate day = sorted[from].date();
            int to = from + 1;
            while (to < n && sorted[to].date().equals(day)) {
                to++;
            }
            if (to - from > 1) {
                Arrays.sort(sorted, from, to, BY_ID);
            }
            from = to;
        }
        return Arrays.asList(sorted);
    }
}
