package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Merging of the search index's segments, put off while a backlog of search text is indexed.
 *
 * <p>FTS5 writes each flush of its term buffer as a new segment of {@code event_fts} and, with its
 * {@code automerge} option at its default of {@value #DEFAULT_AUTOMERGE}, merges segments as soon as
 * that many lie on one level. A backlog indexed in steps ({@link SearchBacklog#indexStep}) writes a
 * segment per step, so from the fourth step on the steps merged the earlier ones as they went: for a
 * million events some 1.7 s of a 9 s catch-up, all before a search could run. The steps now index
 * with {@code automerge} off and set it back before their commit, and the store merges afterwards in
 * the background, one short transaction per {@link #step} ({@link StoreUpkeep}). An index of a few
 * unmerged segments finds the same (merging changes how the index is laid out, never what it
 * finds) and about as fast: a million events in seven segments, a word's newest 200 matches in
 * 0.1–0.3 ms either way, a prefix query 46 against 42 ms. Should the process end first — the
 * {@code import} command ends once the text is indexed — the segments stay until later writes
 * merge them, a little at each, as FTS5 always does.
 */
final class SearchMerge {
    /** FTS5's default for {@code automerge}: segments on one level that a write merges. */
    static final int DEFAULT_AUTOMERGE = 4;
    /**
     * Leaf pages of the index a merge step writes, at most (FTS5's pages of some 4 KB): some 8 MB,
     * a few tenths of a second, for which a step holds the store.
     */
    static final int STEP_PAGES = 2000;

    private SearchMerge() {
    }

    /** Sets {@code event_fts}'s {@code automerge}; an FTS5 option stored with the table, so set it back. */
    static void automerge(Connection c, int segments) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event_fts (event_fts, rank) VALUES ('automerge', ?)")) {
            ps.setInt(1, segments);
            ps.executeUpdate();
        }
    }

    /**
     * Merges segments until about {@link #STEP_PAGES} pages are written, when at least
     * {@value #DEFAULT_AUTOMERGE} lie on one level (FTS5's {@code usermerge}), in the caller's
     * transaction.
     *
     * @return whether it merged anything: when not, the index is as merged as a write would leave it
     */
    static boolean step(Connection c) throws SQLException {
        long before = totalChanges(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_fts (event_fts, rank) VALUES ('merge', ?)")) {
            ps.setInt(1, STEP_PAGES);
            ps.executeUpdate();
        }
        // FTS5's own test: a merge that found nothing to do changes fewer than two rows
        return totalChanges(c) - before >= 2;
    }

    private static long totalChanges(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT total_changes()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
