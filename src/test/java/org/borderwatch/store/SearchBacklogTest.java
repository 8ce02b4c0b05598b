package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large bulk import commits its events before their search text is indexed; the store indexes it
 * right afterwards, and whatever the moment, a search finds every committed event and only once.
 */
class SearchBacklogTest {
    private static final Source OUTLET = new Source("outlet", "Gazeta Podlaska", null, "via ACLED");
    private static final int LARGE = SqliteBulkWriter.INDEX_AFTER_COMMIT_FROM + 5_000;

    @TempDir
    Path dir;

    @Test
    void theSearchKeyComputedInSqlIsTheOneJavaComputes() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("key.db"))) {
            String[] dates = {"2023-11-30", "1970-01-01", "1969-12-31", "2021-01-01", "1842-03-04", "1841-01-01",
                "0001-01-01", "4840-12-31", "9999-12-31", "2024-02-29"};
            long[] pks = {1, 2, 1_000_000, 4_294_967_295L};
            for (String date : dates) {
                for (long pk : pks) {
                    long sql = store.inTransaction(c -> {
                        try (java.sql.PreparedStatement ps = c.prepareStatement(
                                "SELECT " + SearchBacklog.KEY + " FROM (SELECT ? AS date, ? AS pk) e")) {
                            ps.setString(1, date);
                            ps.setLong(2, pk);
                            try (java.sql.ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                return rs.getLong(1);
                            }
                        }
                    });
                    assertEquals(SearchKey.of(date, pk), sql, date + " #" + pk);
                }
            }
        }
    }

    private static List<Event> events(int from, int to, String word) {
        List<Event> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(BulkImportTest.event(i, "Peaceful protest in Kuźnica " + i,
                    "Residents " + word + " near the fence, case " + i + ".", 100));
        }
        return list;
    }

    /** Imports {@code n} events whose summaries say "gathered", through the bulk path. */
    private static void importGathered(SqliteStore store, int n) throws Exception {
        store.bulkImport(w -> {
            w.upsertSources(List.of(OUTLET));
            return w.putEvents(events(0, n, "gathered"));
        });
    }

    @Test
    void aSearchRightAfterALargeImportFindsEveryEvent() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("large.db"))) {
            importGathered(store, LARGE);
            assertEquals(List.of("acled:T" + (LARGE - 1)), found(store, "case " + (LARGE - 1)));
            assertFalse(store.searchIndexBehind(), "the search finished the indexing");
            assertEquals(10_000, found(store, "gathered").size(), "as many as asked for");
            assertEquals(LARGE, matches(store, "gathered"));
            assertEquals(LARGE, matches(store, "kuznica AND podlaska"), "folded words and source titles");
            assertIndexComplete(store, LARGE);
        }
    }

    @Test
    void folkSpellingsAreFoundWhereverTheLettersThatFoldOccurAndOnlyThere() throws Exception {
        Source glos = new Source("glos", "Wiadomości", null, "Głos Podlasia");
        try (SqliteStore store = SqliteStore.open(dir.resolve("folded.db"))) {
            store.bulkImport(w -> {
                w.upsertSources(List.of(OUTLET, glos));
                List<Event> list = new ArrayList<>();
                for (int i = 0; i < LARGE; i++) {
                    Event e = BulkImportTest.event(i, i % 3 == 0 ? "Protest in Białystok " + i : "Protest in Kuźnica " + i,
                            i % 5 == 0 ? "Rally by the Øresund ferry, case " + i + "." : "Residents gathered, case " + i + ".", 100);
                    list.add(i % 7 != 0 ? e : new Event(e.id(), e.date(), e.datePrecision(), e.title(), e.summary(),
                            e.category(), e.border(), e.crossingId(), e.location(), e.place(), List.of("glos"), e.tags(),
                            e.attributes()));
                }
                return w.putEvents(list);
            });
            assertTrue(store.searchIndexBehind(), "a large import indexes its text after the commit");
            store.completeSearchIndex();
            int thirds = (LARGE + 2) / 3;
            int fifths = (LARGE + 4) / 5;
            int sevenths = (LARGE + 6) / 7;
            assertEquals(thirds, matches(store, "bialystok"), "ł in the title, typed as l");
            assertEquals(thirds, matches(store, "białystok"), "and as ł");
            assertEquals(LARGE, matches(store, "kuznica"), "ź is folded by the tokenizer itself (every place is Kuźnica)");
            assertEquals(fifths, matches(store, "oresund"), "Ø in the summary");
            assertEquals(sevenths, matches(store, "glos"), "ł only in the cited source's publisher");
            assertEquals(0, matches(store, "alt : gathered"), "words no folding changes are not indexed twice");
            assertIndexComplete(store, LARGE);
        }
    }

    @Test
    void theFoldedWordsOfAnEventRewrittenWhileItsTextWaitsAreThoseOfItsNewText() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("refolded.db"))) {
            store.bulkImport(w -> {
                w.upsertSources(List.of(OUTLET));
                return w.putEvents(events(0, LARGE, "gathered in Białystok"));
            });
            assertTrue(store.searchIndexBehind());
            store.bulkImport(w -> w.putEvents(events(0, 1_000, "gathered in Łomża")));
            store.completeSearchIndex();
            assertEquals(LARGE - 1_000, matches(store, "bialystok"), "the rewritten events lost their old folded word");
            assertEquals(1_000, matches(store, "lomza"), "and have their new one");
            assertEquals(LARGE, matches(store, "gathered"));
            assertIndexComplete(store, LARGE);
        }
    }

    @Test
    void eventsReplacedWhileTheirTextWaitsAreIndexedOnceWithTheNewText() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("replaced.db"))) {
            importGathered(store, LARGE);
            store.bulkImport(w -> w.putEvents(events(0, 1_000, "marched")));
            assertEquals(1_000, found(store, "marched").size());
            assertEquals(LARGE - 1_000, matches(store, "gathered"));
            assertTrue(found(store, "marched case 2500").isEmpty());
            assertIndexComplete(store, LARGE);
        }
    }

    @Test
    void textLeftPendingByAnEarlierSessionIsIndexedWhenTheStoreOpens() throws Exception {
        Path db = dir.resolve("crash.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            importGathered(store, 100);
            assertTrue(found(store, "case 7").contains("acled:T7"));
            store.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    // as a crash right after a large import's commit leaves it: the event stored, its text not indexed
                    st.executeUpdate("DELETE FROM event_fts WHERE rowid = (SELECT ((CAST(julianday(date) - 2440587.5 "
                            + "AS INTEGER) + " + SearchKey.DAY_OFFSET + ") << 32) | pk FROM events WHERE id = 'acled:T7')");
                    st.executeUpdate("INSERT INTO event_fts_pending (pk) SELECT pk FROM events WHERE id = 'acled:T7'");
                }
                return null;
            });
        }
        try (SqliteStore store = SqliteStore.open(db)) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (store.searchIndexBehind() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(store.searchIndexBehind(), "indexed in the background after opening");
            assertTrue(found(store, "case 7").contains("acled:T7"));
            assertIndexComplete(store, 100);
        }
    }

    @Test
    void stepsLeaveOneSegmentEachAndTheMergeThatFollowsFindsTheSame() throws Exception {
        int n = 12_000;
        try (SqliteStore store = SqliteStore.open(dir.resolve("merge.db"))) {
            importGathered(store, n); // indexed in the import's own transaction: no backlog, no upkeep
            store.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO event_fts (event_fts) VALUES ('delete-all')");
                    st.executeUpdate("INSERT INTO event_fts_pending (pk) SELECT pk FROM events");
                }
                return null;
            });
            boolean more = true;
            while (more) {
                more = store.inTransaction(c -> SearchBacklog.indexStep(c, 2_000));
            }
            assertEquals(6, segments(store), "six steps, six segments, none merged while indexing");
            assertEquals(SearchMerge.DEFAULT_AUTOMERGE,
                    count(store, "SELECT v FROM event_fts_config WHERE k = 'automerge'"),
                    "later writes merge as FTS5 does by default");
            List<String> before = found(store, "case 11999");
            assertEquals(n, matches(store, "gathered"));

            int steps = 0;
            while (store.inTransaction(SearchMerge::step)) {
                steps++;
            }
            assertTrue(steps >= 1, "merged in " + steps + " steps");
            assertTrue(segments(store) < 4, "merged down to " + segments(store) + " segments");
            assertFalse(store.inTransaction(SearchMerge::step), "nothing left to merge");
            assertEquals(before, found(store, "case 11999"));
            assertEquals(List.of("acled:T11999"), before);
            assertEquals(n, matches(store, "gathered"));
            assertEquals(n, matches(store, "kuznica AND podlaska"));
            assertIndexComplete(store, n);
        }
    }

    /**
     * The segments of the search index, from FTS5's structure record (row 10 of its data table:
     * a 4-byte cookie, a 4-byte version marker in the layout {@code contentless_delete} uses, then
     * the number of levels and of segments as varints).
     */
    private static int segments(SqliteStore store) throws Exception {
        byte[] structure = store.inTransaction(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT block FROM event_fts_data WHERE id = 10")) {
                rs.next();
                return rs.getBytes(1);
            }
        });
        int i = 4;
        if ((structure[i] & 0xff) == 0xff && structure[i + 1] == 0 && structure[i + 2] == 0 && structure[i + 3] == 1) {
            i += 4;
        }
        assertTrue(structure[i] >= 0 && structure[i + 1] >= 0, "levels and segments each fit in one byte");
        return structure[i + 1];
    }

    private static List<String> found(SqliteStore store, String text) throws Exception {
        return store.search(text, 10_000).stream().map(h -> h.event().id()).sorted().toList();
    }

    /** Index rows matching an FTS5 query (the store's search returns at most 10,000). */
    @Test
    void aStepSortsInRunsOfTheSmallCacheAndLeavesTheConnectionsSettingsAsTheyWere() throws Exception {
        // some 100 bytes of text an event: 80,000 events sort in more than one run of 4 MB
        int n = 80_000;
        try (SqliteStore store = SqliteStore.open(dir.resolve("runs.db"))) {
            int[] before = cacheAndThreads(store);
            importGathered(store, n);
            store.completeSearchIndex();
            int[] after = cacheAndThreads(store);
            assertEquals(before[0], after[0], "the connection's page cache as before");
            assertEquals(before[1], after[1], "no helper threads left allowed");
            assertTrue(before[0] != -SearchBacklog.STEP_CACHE_KIB, "the step's cache differs from the connection's");
            assertEquals(n, matches(store, "gathered"));
            assertEquals(List.of("acled:T" + (n - 1)), found(store, "case " + (n - 1)));
            assertIndexComplete(store, n);
        }
    }

    /** The connection's {@code cache_size} and {@code threads}. */
    private static int[] cacheAndThreads(SqliteStore store) throws Exception {
        return store.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                return new int[] {StoreOpener.intPragma(st, "cache_size"), StoreOpener.intPragma(st, "threads")};
            }
        });
    }

    private static long matches(SqliteStore store, String query) throws Exception {
        return count(store, "SELECT count(*) FROM event_fts WHERE event_fts MATCH '" + query + "'");
    }

    private static void assertIndexComplete(SqliteStore store, long events) throws Exception {
        assertEquals(0L, count(store, "SELECT count(*) FROM event_fts_pending"));
        assertEquals(events, count(store, "SELECT count(*) FROM event_fts"), "one index row per event");
        store.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO event_fts (event_fts, rank) VALUES ('integrity-check', 1)");
            }
            return null;
        });
    }

    private static long count(SqliteStore store, String sql) throws Exception {
        return store.inTransaction(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
