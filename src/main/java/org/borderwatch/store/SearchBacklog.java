package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Events committed without their search text: the rows of {@code event_fts_pending}. A large bulk
 * import leaves them ({@link BulkWriter}) so that its transaction commits the events alone —
 * indexing 200,000 events' text costs about as much again as writing them — and the store
 * indexes them right afterwards, in steps of {@link #STEP} events by row key, each its own
 * short transaction, so that other calls on the store get their turn in between. A search first
 * indexes whatever is still pending ({@link #indexAll}), so it never misses a committed event. A
 * backlog that outlives the process (a crash, a close in the middle) is indexed when the store is
 * next opened. All methods run inside the caller's write transaction.
 */
final class SearchBacklog {
    /** Events indexed per step when catching up in the background. */
    static final int STEP = 50_000;
    /** The titles and publishers of the sources an event ({@code e}) cites, in their order. */
    private static final String CITED = "coalesce((SELECT group_concat(s.title || ' ' || coalesce(s.publisher || ' ', ''), "
            + "'' ORDER BY j.key) FROM json_each(e.sources) j JOIN sources s ON s.id = j.value), '')";
    /**
     * {@link SearchKey#of}(date, pk) of an event row {@code e} in SQL: the day number, clamped to
     * ±2²⁰, offset by 2²⁰, in the high 32 bits. Computed by SQLite, not by a Java function, which
     * would cross into Java once per event.
     */
    static final String KEY = "((min(max(CAST(julianday(e.date) - 2440587.5 AS INTEGER), " + -SearchKey.DAY_OFFSET + "), "
            + (SearchKey.DAY_OFFSET - 1) + ") + " + SearchKey.DAY_OFFSET + ") << 32) | e.pk";
    /**
     * Indexes the pending events with row keys up to {@code ?1}, in search-key order, from their
     * rows: title, summary, place, the cited sources' titles and publishers, and the folded words
     * of all four ({@link SearchFunctions}). The rows are sorted in a subquery, so that the cited
     * sources of an event are gathered once for both columns that use them.
     */
    static final String INDEX = "INSERT INTO event_fts (rowid, title, summary, place, sources, alt) "
            + "SELECT k, title, summary, place, cited, bw_alt(title, summary, place, cited) FROM ("
            + "SELECT " + KEY + " AS k, e.title AS title, e.summary AS summary, coalesce(e.place, '') AS place, "
            + CITED + " AS cited FROM event_fts_pending p JOIN events e ON e.pk = p.pk WHERE p.pk <= ?1 ORDER BY k)";

    private SearchBacklog() {
    }

    /** Whether some committed event waits for its search text. */
    static boolean any(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM event_fts_pending)")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** Indexes every pending event, in the caller's transaction. */
    static void indexAll(Connection c) throws SQLException {
        while (indexStep(c)) {
            // step by step: sorting a step's rows by search key is cheaper than sorting them all at once
        }
    }

    /**
     * Indexes the {@link #STEP} pending events with the lowest row keys (fewer when fewer wait).
     *
     * @return whether events are still pending afterwards
     */
    static boolean indexStep(Connection c) throws SQLException {
        long bound;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pk FROM event_fts_pending ORDER BY pk LIMIT 1 OFFSET "
                     + (STEP - 1))) {
            bound = rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
        }
        BulkSession.ftsHashSize(c, BulkSession.BULK_FTS_HASH);
        indexThrough(c, bound);
        BulkSession.ftsHashSize(c, BulkSession.DEFAULT_FTS_HASH);
        return bound != Long.MAX_VALUE && any(c);
    }

    /** Indexes the pending events with row keys up to {@code bound} and forgets them. */
    static void indexThrough(Connection c, long bound) throws SQLException {
        try (PreparedStatement index = c.prepareStatement(INDEX);
             PreparedStatement done = c.prepareStatement("DELETE FROM event_fts_pending WHERE pk <= ?")) {
            index.setLong(1, bound);
            index.executeUpdate();
            done.setLong(1, bound);
            done.executeUpdate();
        }
    }
}
