package org.borderwatch.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.GeoBox;

/**
 * The windowed event reads of a team store ({@link Store#events} and its siblings): a date range
 * on the {@code (day, id)} index, a map extent on the GiST index of {@code geom}
 * ({@code geom && ST_MakeEnvelope(…, 4326)}), borders and categories as lists; the histogram from
 * {@code event_days}, which triggers keep as events are written. The rule for which events a
 * query asks for is {@link EventQuery#matches}, the same as the embedded store's.
 */
final class PgEventWindows {
    private PgEventWindows() {
    }

    /** A WHERE clause over {@code events} and its parameters. */
    private record Where(String sql, List<Object> params) {
    }

    static List<Event> events(Connection c, EventQuery q) throws SQLException, IOException {
        List<Event> out = new ArrayList<>();
        each(c, q, out::add);
        return out;
    }

    /**
     * How many events {@code q} asks for: without a map extent, summed from {@code event_days}
     * (a row per day, border and category, so the cost follows the days, not the events); with
     * one, counted from the events.
     */
    static int count(Connection c, EventQuery q) throws SQLException {
        Where w = where(c, q);
        String from = q.extent() == null ? "SELECT coalesce(sum(events), 0) FROM event_days" : "SELECT count(*) FROM events";
        try (PreparedStatement ps = c.prepareStatement(from + w.sql)) {
            bind(ps, w.params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static List<Event> page(Connection c, EventQuery q, EventOrder order, int offset, int limit) throws SQLException {
        Where w = where(c, q);
        List<Object> params = new ArrayList<>(w.params);
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc::text FROM events" + w.sql + " ORDER BY "
                + orderBy(order) + " LIMIT ? OFFSET ?")) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(q.trimmed(PgEventDoc.read(rs.getBytes(2), rs.getString(1))));
                }
            }
        }
        return out;
    }

    /** Hands the events of {@code q} to {@code sink} by date, then id, through a cursor. */
    static void each(Connection c, EventQuery q, PgStore.EventConsumer sink) throws SQLException, IOException {
        Where w = where(c, q);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc::text FROM events" + w.sql
                + " ORDER BY day, id COLLATE \"C\"")) {
            ps.setFetchSize(2_000);
            bind(ps, w.params);
            try (ResultSet rs = ps.executeQuery()) {
                PgStore.SharedLists shared = new PgStore.SharedLists();
                while (rs.next()) {
                    sink.accept(q.trimmed(shared.of(PgEventDoc.read(rs.getBytes(2), rs.getString(1)))));
                }
            }
        }
    }

    static Map<String, Event> byId(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Event> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc::text FROM events WHERE id = ANY (?)")) {
            ps.setArray(1, PgSituationWriter.textArray(c, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), PgEventDoc.read(rs.getBytes(2), rs.getString(1)));
                }
            }
        }
        return out;
    }

    static EventDays days(Connection c) throws SQLException {
        EventDays.Builder b = new EventDays.Builder();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT day - DATE '1970-01-01', border, category, events FROM event_days")) {
            while (rs.next()) {
                b.add(rs.getLong(1), Border.parse(rs.getString(2)), Category.parse(rs.getString(3)), rs.getInt(4));
            }
        }
        return b.build();
    }

    private static Where where(Connection c, EventQuery q) throws SQLException {
        StringBuilder sql = new StringBuilder(" WHERE day BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>();
        params.add(q.firstDay());
        params.add(q.lastDay());
        GeoBox box = q.extent();
        if (box != null) {
            sql.append(q.unlocated() ? " AND (geom IS NULL OR geom && ST_MakeEnvelope(?, ?, ?, ?, 4326))"
                    : " AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            params.add(box.west());
            params.add(box.south());
            params.add(box.east());
            params.add(box.north());
        }
        if (q.borders().size() < Border.values().length) {
            EnumSet<Border> shown = q.bordersShown();
            sql.append(" AND border = ANY (?)");
            params.add(c.createArrayOf("text", shown.stream().map(Border::code).toArray()));
        }
        if (q.categories().size() < Category.values().length) {
            sql.append(" AND category = ANY (?)");
            params.add(c.createArrayOf("text", q.categories().stream().map(Category::code).toArray()));
        }
        return new Where(sql.toString(), params);
    }

    /**
     * The page order: the column, then date and id (the {@code events_day} index's order, so a
     * page by date walks the index); empty values first ascending, as in the embedded store.
     */
    private static String orderBy(EventOrder order) {
        String dir = order.descending() ? " DESC NULLS LAST" : " NULLS FIRST";
        String plain = order.descending() ? " DESC" : "";
        String byDate = "day" + plain + ", id COLLATE \"C\"" + plain;
        return switch (order.column()) {
            case DATE -> byDate;
            case TITLE -> "lower(title) COLLATE \"C\"" + plain + ", " + byDate;
            case CATEGORY -> "category COLLATE \"C\"" + plain + ", " + byDate;
            case BORDER -> "border COLLATE \"C\"" + plain + ", " + byDate;
            case PLACE -> "lower(doc ->> 'place') COLLATE \"C\"" + dir + ", " + byDate;
        };
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
