package org.borderwatch.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;

/**
 * Reads and writes the few, slowly changing items of the team store — sources, crossings and
 * status intervals — inside the caller's transaction. Writes compare with what is stored and
 * touch only what changed.
 */
final class PgSituationWriter {
    private PgSituationWriter() {
    }

    /** Every source, by id (in no particular order). */
    static Map<String, Source> sources(Connection c) throws SQLException {
        Map<String, Source> all = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, doc::text FROM sources")) {
            while (rs.next()) {
                all.put(rs.getString(1), PgDocs.read(rs.getString(2), BundleItems::source, "sources", rs.getString(1)));
            }
        }
        return all;
    }

    /**
     * The crossings (by border, then north to south, then id), status intervals (by crossing and
     * start) and sources of the store, read with one statement: one round trip and one snapshot.
     */
    static SituationData status(Connection c) throws SQLException {
        List<Crossing> crossings = new ArrayList<>();
        List<StatusInterval> intervals = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 0, id, doc::text, border COLLATE \"C\", "
                     + "-((doc -> 'location' ->> 'lat')::float8), id COLLATE \"C\" FROM crossings "
                     + "UNION ALL SELECT 1, crossing_id || ' from ' || from_date::text, doc::text, crossing_id COLLATE \"C\", "
                     + "(from_date - DATE '1970-01-01')::float8, NULL FROM status_intervals "
                     + "UNION ALL SELECT 2, id, doc::text, NULL, NULL, NULL FROM sources "
                     + "ORDER BY 1, 4, 5 NULLS FIRST, 6")) {
            while (rs.next()) {
                String key = rs.getString(2);
                switch (rs.getInt(1)) {
                    case 0 -> crossings.add(PgDocs.read(rs.getString(3), BundleItems::crossing, "crossings", key));
                    case 1 -> intervals.add(PgDocs.read(rs.getString(3), BundleItems::interval, "status_intervals", key));
                    default -> sources.add(PgDocs.read(rs.getString(3), BundleItems::source, "sources", key));
                }
            }
        }
        sources.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.id(), b.id()));
        return new SituationData(crossings, intervals, List.of(), sources);
    }

    /** Every crossing, by border, then north to south, then id. */
    static List<Crossing> crossings(Connection c) throws SQLException {
        List<Crossing> all = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, doc::text FROM crossings ORDER BY border COLLATE \"C\", "
                     + "(doc -> 'location' ->> 'lat')::float8 DESC, id COLLATE \"C\"")) {
            while (rs.next()) {
                all.add(PgDocs.read(rs.getString(2), BundleItems::crossing, "crossings", rs.getString(1)));
            }
        }
        return all;
    }

    /** Every status interval, by crossing and start. */
    static List<StatusInterval> intervals(Connection c) throws SQLException {
        List<StatusInterval> all = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT crossing_id, from_date::text, doc::text FROM status_intervals "
                     + "ORDER BY crossing_id COLLATE \"C\", from_date")) {
            while (rs.next()) {
                all.add(PgDocs.read(rs.getString(3), BundleItems::interval, "status_intervals",
                        rs.getString(1) + " from " + rs.getString(2)));
            }
        }
        return all;
    }

    /**
     * Inserts new sources and rewrites changed ones; events citing a source whose title or
     * publisher changed get their search text again.
     */
    static ImportCounts upsertSources(Connection c, Collection<Source> given) throws SQLException {
        Map<String, Source> latest = new LinkedHashMap<>();
        for (Source s : given) {
            latest.put(s.id(), s);
        }
        if (latest.isEmpty()) {
            return ImportCounts.NONE;
        }
        Map<String, Source> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc::text FROM sources WHERE id = ANY (?)")) {
            ps.setArray(1, textArray(c, latest.keySet()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), PgDocs.read(rs.getString(2), BundleItems::source, "sources", rs.getString(1)));
                }
            }
        }
        ImportCounts.Tally tally = new ImportCounts.Tally();
        List<String> retitled = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (id, doc) VALUES (?, ?::jsonb) "
                + "ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc")) {
            for (Source s : latest.values()) {
                Source old = stored.get(s.id());
                if (s.equals(old)) {
                    tally.unchanged++;
                    continue;
                }
                if (old == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                    if (!old.title().equals(s.title()) || !Objects.equals(old.publisher(), s.publisher())) {
                        retitled.add(s.id());
                    }
                }
                ps.setString(1, s.id());
                ps.setString(2, PgDocs.source(s));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        reindexCiting(c, retitled);
        return tally.counts();
    }

    /** Computes again the search text of the events that cite any of {@code sourceIds}. */
    static void reindexCiting(Connection c, Collection<String> sourceIds) throws SQLException {
        if (sourceIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE events SET search = event_search(doc) WHERE jsonb_exists_any(doc -> 'sources', ?)")) {
            ps.setArray(1, textArray(c, sourceIds));
            ps.executeUpdate();
        }
    }

    /** Inserts new crossings and rewrites changed ones. */
    static ImportCounts upsertCrossings(Connection c, Collection<Crossing> given) throws SQLException {
        Map<String, Crossing> stored = new HashMap<>();
        for (Crossing x : crossings(c)) {
            stored.put(x.id(), x);
        }
        return upsert(c, given, stored, Crossing::id, "INSERT INTO crossings (id, doc) VALUES (?, ?::jsonb) "
                + "ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc", (ps, x) -> {
                    ps.setString(1, x.id());
                    ps.setString(2, PgDocs.crossing(x));
                });
    }

    /** Inserts new intervals and rewrites changed ones; an interval is known by its crossing and start. */
    static ImportCounts upsertIntervals(Connection c, Collection<StatusInterval> given) throws SQLException {
        Map<String, StatusInterval> stored = new HashMap<>();
        for (StatusInterval i : intervals(c)) {
            stored.put(IntervalTable.key(i), i);
        }
        return upsert(c, given, stored, IntervalTable::key, "INSERT INTO status_intervals (crossing_id, from_date, doc) "
                + "VALUES (?, ?, ?::jsonb) ON CONFLICT (crossing_id, from_date) DO UPDATE SET doc = EXCLUDED.doc", (ps, i) -> {
                    ps.setString(1, i.crossingId());
                    ps.setObject(2, i.from());
                    ps.setString(3, PgDocs.interval(i));
                });
    }

    /** Binds one item to the upsert statement. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    /** Writes the items of {@code given} that differ from {@code stored} (by {@code key}) with {@code sql}; counts. */
    private static <T> ImportCounts upsert(Connection c, Collection<T> given, Map<String, T> stored,
                                           java.util.function.Function<T, String> key, String sql, Binder<T> binder)
            throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T item : given) {
                T old = stored.put(key.apply(item), item);
                if (item.equals(old)) {
                    tally.unchanged++;
                    continue;
                }
                if (old == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                }
                binder.bind(ps, item);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return tally.counts();
    }

    static Array textArray(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    /** Which of {@code ids} are rows of {@code table}. */
    static Set<String> existing(Connection c, String table, Collection<String> ids) throws SQLException {
        Set<String> found = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE id = ANY (?)")) {
            ps.setArray(1, textArray(c, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }
}
