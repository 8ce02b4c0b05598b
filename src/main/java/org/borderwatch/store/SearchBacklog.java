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
    /**
     * Events indexed per step when catching up in the background: each step writes one index
     * segment, which FTS5 later merges with the others, so fewer, larger steps cost less in all
     * (150,000 a step index a million events some 25 % quicker than 50,000) while holding the
     * store for about a second at a time.
     */
    static final int STEP = 150_000;
    /**
     * The page cache while a step runs, KiB, and the helper threads its sort may use. A step reads
     * its events' text sorted by search key, and SQLite's sorter sorts runs as large as the page
     * cache, then merges them: with the connection's 64 MB, 150,000 events' text (some 45 MB) was
     * one run sorted on one thread; in runs of 4 MB each sort stays within the processor's caches,
     * and a helper thread sorts and merges beside the step's own. A million events were searchable
     * 8 % sooner, with 45 MB less resident (9.0 → 8.4 s, 344 → 298 MB); set for the step and set
     * back after it.
     */
    static final int STEP_CACHE_KIB = 4096;
    static final int STEP_SORT_THREADS = 1;
    /**
     * The titles and publishers of the sources cited by a list of source ids ({@code d.sources},
     * an event's {@code sources} column), in their order. Computed once per distinct list in a
     * step ({@link #CITED_TEXTS}), not once per event: an import cites a few dozen lists.
     */
    private static final String CITED = "coalesce((SELECT group_concat(s.title || ' ' || coalesce(s.publisher || ' ', ''), "
            + "'' ORDER BY j.key) FROM json_each(d.sources) j JOIN sources s ON s.id = j.value), '')";
    /**
     * The connection's own table of the cited text of each source list of a step, and its folded
     * words ({@code bw_alt}, once per list).
     */
    private static final String CITED_TABLE = "CREATE TEMP TABLE IF NOT EXISTS step_cited "
            + "(sources TEXT PRIMARY KEY, cited TEXT NOT NULL, alt TEXT NOT NULL) WITHOUT ROWID";
    /** Fills {@code step_cited} for the pending events with row keys up to {@code ?1}. */
    static final String CITED_TEXTS = "INSERT INTO temp.step_cited (sources, cited, alt) "
            + "SELECT sources, cited, bw_alt('', '', '', cited) FROM (SELECT d.sources AS sources, " + CITED + " AS cited"
            + " FROM (SELECT DISTINCT e.sources AS sources FROM event_fts_pending p JOIN events e ON e.pk = p.pk "
            + "WHERE p.pk <= ?1) d)";
    /**
     * The {@code alt} column: the folded words the writer noted for the event's own text (on its
     * reading thread) and those of its cited text; for an event noted without them, the folded
     * words of its row ({@code bw_alt}, a call into Java per event).
     */
    private static final String ALT = "CASE WHEN own IS NULL THEN bw_alt(title, summary, place, cited) "
            + "WHEN calt = '' THEN own WHEN own = '' THEN calt ELSE own || ' ' || calt END";
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
            + "SELECT k, title, summary, place, cited, " + ALT + " FROM ("
            + "SELECT " + KEY + " AS k, e.title AS title, e.summary AS summary, coalesce(e.place, '') AS place, "
            + "t.cited AS cited, p.alt AS own, t.alt AS calt FROM event_fts_pending p JOIN events e ON e.pk = p.pk "
            + "JOIN temp.step_cited t ON t.sources = e.sources WHERE p.pk <= ?1 ORDER BY k)";

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
     * Indexes the {@link #STEP} pending events with the lowest row keys (fewer when fewer wait)
     * as one new segment of the index, merged later ({@link SearchMerge}).
     *
     * @return whether events are still pending afterwards
     */
    static boolean indexStep(Connection c) throws SQLException {
        return indexStep(c, STEP);
    }

    /** {@link #indexStep(Connection)} with steps of {@code step} events. */
    static boolean indexStep(Connection c, int step) throws SQLException {
        long bound;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pk FROM event_fts_pending ORDER BY pk LIMIT 1 OFFSET "
                     + (step - 1))) {
            bound = rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
        }
        BulkSession.ftsHashSize(c, BulkSession.BULK_FTS_HASH);
        SearchMerge.automerge(c, 0);
        try (Statement st = c.createStatement()) {
            int cache = StoreOpener.intPragma(st, "cache_size");
            int threads = StoreOpener.intPragma(st, "threads");
            st.execute("PRAGMA cache_size = -" + STEP_CACHE_KIB);
            st.execute("PRAGMA threads = " + STEP_SORT_THREADS);
            try {
                indexThrough(c, bound);
            } finally {
                st.execute("PRAGMA cache_size = " + cache);
                st.execute("PRAGMA threads = " + threads);
            }
        }
        // the smaller buffer flushes the step's terms as one segment, left unmerged (see SearchMerge)
        BulkSession.ftsHashSize(c, BulkSession.DEFAULT_FTS_HASH);
        SearchMerge.automerge(c, SearchMerge.DEFAULT_AUTOMERGE);
        return bound != Long.MAX_VALUE && any(c);
    }

    /** Indexes the pending events with row keys up to {@code bound} and forgets them. */
    static void indexThrough(Connection c, long bound) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(CITED_TABLE);
            st.execute("DELETE FROM temp.step_cited");
        }
        try (PreparedStatement cited = c.prepareStatement(CITED_TEXTS);
             PreparedStatement index = c.prepareStatement(INDEX);
             PreparedStatement done = c.prepareStatement("DELETE FROM event_fts_pending WHERE pk <= ?")) {
            cited.setLong(1, bound);
            cited.executeUpdate();
            index.setLong(1, bound);
            index.executeUpdate();
            done.setLong(1, bound);
            done.executeUpdate();
        }
    }
}
