package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.GeoBox;

/**
 * The windowed reads of events (schema 5): an {@link EventQuery} becomes a range over the index
 * {@code events_window (date, lon, lat)} — the extent tested on the index entries, so only rows in
 * the window and the box are read — and the day counts come from {@code event_days}. Every read
 * costs what it returns, not what the table holds. Stateless; the caller holds the transaction.
 */
final class EventWindows {
    private EventWindows() {
    }

    /** The events of {@code q}, oldest first, events of one day by id. */
    static List<Event> events(Connection c, EventQuery q) throws SQLException {
        Where w = where(q);
        // the index gives date order; the sort within each day's block is what (date, id) adds
        return EventLoader.select(c, w.sql + " ORDER BY e.date, e.id", w.params, q);
    }

    /** How many events {@code q} asks for. */
    static int count(Connection c, EventQuery q) throws SQLException {
        Where w = where(q);
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e" + w.sql)) {
            bind(ps, w.params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Events {@code offset} … {@code offset + limit − 1} of {@code q} in {@code order}. */
    static List<Event> page(Connection c, EventQuery q, EventOrder order, int offset, int limit) throws SQLException {
        Where w = where(q);
        List<Object> params = new ArrayList<>(w.params);
        params.add(limit);
        params.add(offset);
        return EventLoader.select(c, w.sql + " ORDER BY " + orderBy(order) + " LIMIT ? OFFSET ?", params, q);
    }

    /** Hands every event of {@code q} to {@code sink}, oldest first, events of one day by id. */
    static void each(Connection c, EventQuery q, EventLoader.Sink sink) throws SQLException {
        Where w = where(q);
        EventLoader.each(c, w.sql + " ORDER BY e.date, e.id", w.params, sink);
    }

    /** The stored events among {@code ids}, by id (ids not stored are absent). */
    static Map<String, Event> byIds(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Event> out = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Event e : EventLoader.select(c, " WHERE e.id IN (SELECT value FROM json_each(?))",
                    List.of(Sql.jsonArray(ids)))) {
                out.put(e.id(), e);
            }
        }
        return out;
    }

    /** The ids among {@code ids} that name stored events. */
    static Set<String> storedIds(Connection c, Collection<String> ids) throws SQLException {
        Set<String> out = new HashSet<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * The day counts as SQLite reads them: border and category as the ordinals of their codes
     * (-1 for a spelling that is not a code), so that a row crosses into Java as three numbers.
     * Reading the two texts of each of the 32,000 rows of a million-event store, and parsing them,
     * took three quarters of the read's time.
     */
    static final String DAYS = "SELECT day, " + ordinal("border", Border.values(), Border::code) + ", "
            + ordinal("category", Category.values(), Category::code) + ", events, border, category FROM event_days";

    /** Events per day, border and category, from the counts the writers keep. */
    static EventDays days(Connection c) throws SQLException {
        EventDays.Builder b = new EventDays.Builder();
        Border[] borders = Border.values();
        Category[] categories = Category.values();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(DAYS)) {
            while (rs.next()) {
                int border = rs.getInt(2);
                int category = rs.getInt(3);
                try {
                    b.add(rs.getLong(1), border >= 0 ? borders[border] : Border.parse(rs.getString(5)),
                            category >= 0 ? categories[category] : Category.parse(rs.getString(6)), rs.getInt(4));
                } catch (IllegalArgumentException e) {
                    throw new SQLException("the event count of day " + rs.getLong(1) + " could not be read: " + e.getMessage(), e);
                }
            }
        }
        return b.build();
    }

    /** {@code CASE column WHEN 'code 0' THEN 0 … ELSE -1 END} over the codes of {@code values}. */
    private static <T> String ordinal(String column, T[] values, java.util.function.Function<T, String> code) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (int i = 0; i < values.length; i++) {
            sql.append(" WHEN ").append(Sql.quote(code.apply(values[i]))).append(" THEN ").append(i);
        }
        return sql.append(" ELSE -1 END").toString();
    }

    /** A WHERE clause over {@code events e} and its parameters. */
    private record Where(String sql, List<Object> params) {
    }

    private static Where where(EventQuery q) {
        StringBuilder sql = new StringBuilder(" WHERE e.date BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>();
        params.add(q.firstDay().toString());
        params.add(q.lastDay().toString());
        GeoBox box = q.extent();
        if (box != null) {
            // tested on the index entries (date, lon, lat) either way: an unlocated event has no lon
            sql.append(q.unlocated() ? " AND (e.lon IS NULL OR (e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?))"
                    : " AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?");
            params.add(box.west());
            params.add(box.east());
            params.add(box.south());
            params.add(box.north());
        }
        if (q.borders().size() < Border.values().length) {
            EnumSet<Border> shown = q.bordersShown();
            in(sql, "e.border", shown.stream().map(Border::code).toList(), params);
        }
        if (q.categories().size() < Category.values().length) {
            in(sql, "e.category", q.categories().stream().map(Category::code).toList(), params);
        }
        return new Where(sql.toString(), params);
    }

    private static void in(StringBuilder sql, String column, List<String> codes, List<Object> params) {
        if (codes.isEmpty()) {
            sql.append(" AND 0");
            return;
        }
        sql.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(codes.get(i));
        }
        sql.append(')');
    }

    private static String orderBy(EventOrder order) {
        String dir = order.descending() ? " DESC" : "";
        // the index's own order (date, lon, lat, row): pages need no sort and ties are stable
        String byDate = "e.date" + dir + ", e.lon" + dir + ", e.lat" + dir + ", e.pk" + dir;
        return switch (order.column()) {
            case DATE -> byDate;
            case TITLE -> "e.title COLLATE NOCASE" + dir + ", " + byDate;
            case CATEGORY -> "e.category" + dir + ", " + byDate;
            case BORDER -> "e.border" + dir + ", " + byDate;
            case PLACE -> "e.place COLLATE NOCASE" + dir + ", " + byDate;
        };
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
