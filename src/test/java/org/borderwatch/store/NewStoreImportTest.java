package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first bulk import into a store its opening created writes the database file directly (a
 * rollback journal beside it while it runs) and leaves the store in the write-ahead log; any other
 * import, or one while another connection has the store open, runs in the log.
 */
class NewStoreImportTest {
    private static final Source OUTLET = new Source("outlet", "Gazeta Podlaska", null, "via ACLED");

    @TempDir
    Path dir;

    /** What the import's own transaction wrote beside the database file while it ran. */
    private record Beside(boolean journal, long walBytes) {
    }

    private static Beside beside(Path db) throws Exception {
        Path wal = Path.of(db + "-wal");
        return new Beside(Files.exists(Path.of(db + "-journal")), Files.exists(wal) ? Files.size(wal) : 0);
    }

    private static List<Event> events(int from, int to) {
        List<Event> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(BulkImportTest.event(i, "Peaceful protest in Kuźnica " + i, "Residents gathered, case " + i + ".", 1));
        }
        return list;
    }

    /** Imports 30,000 events (more than the store indexes inside the transaction); returns what lay beside the file. */
    private static Beside importInto(SqliteStore store, Path db) throws Exception {
        return store.bulkImport(w -> {
            w.upsertSources(List.of(OUTLET));
            w.putEvents(events(0, 30_000));
            return beside(db);
        });
    }

    private static String sql(Path db, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void theFirstImportIntoANewStoreWritesItsFileAndLeavesTheStoreInTheLog() throws Exception {
        Path db = dir.resolve("new.db");
        long seed;
        Beside during;
        try (SqliteStore store = SqliteStore.openOrCreateSeeded(db)) {
            seed = store.counts().events();
            during = importInto(store, db);
            assertTrue(during.journal(), "a rollback journal beside the file while the import writes");
            assertEquals(0, during.walBytes(), "and no log");
            assertEquals(seed + 30_000, store.counts().events());
            assertEquals(List.of("acled:T29999"), store.search("Kuźnica 29999", 10).stream().map(h -> h.event().id()).toList(),
                    "searchable once indexed");
            Beside second = importInto(store, db);
            assertFalse(second.journal(), "the store's second import runs in the log");
            assertTrue(beside(db).walBytes() > 0);
        }
        assertFalse(Files.exists(Path.of(db + "-journal")));
        assertEquals("wal", sql(db, "PRAGMA journal_mode"));
        assertEquals("ok", sql(db, "PRAGMA integrity_check"));
        assertEquals(String.valueOf(seed + 30_000), sql(db, "SELECT count(*) FROM events"));
    }

    @Test
    void aStoreOpenedAgainImportsInTheLog() throws Exception {
        Path db = dir.resolve("again.db");
        SqliteStore.openOrCreateSeeded(db).close();
        try (SqliteStore store = SqliteStore.open(db, OpenOptions.writing())) {
            Beside during = importInto(store, db);
            assertFalse(during.journal());
            assertTrue(beside(db).walBytes() > 0, "the import went into the log");
        }
        assertEquals("wal", sql(db, "PRAGMA journal_mode"));
    }

    @Test
    void aNewStoreThatAnotherConnectionReadsImportsInTheLogAndTheReaderReadsOn() throws Exception {
        Path db = dir.resolve("shared.db");
        try (SqliteStore store = SqliteStore.openOrCreateSeeded(db);
             Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long seed = store.counts().events();
            try (Statement st = reader.createStatement()) {
                st.executeQuery("SELECT count(*) FROM events").close();
            }
            String seen = store.bulkImport(w -> {
                w.upsertSources(List.of(OUTLET));
                w.putEvents(events(0, 30_000));
                assertFalse(beside(db).journal(), "the import stays in the log");
                try (Statement st = reader.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals(String.valueOf(seed), seen, "the reader reads the store as it was, during the import");
        }
        assertEquals("wal", sql(db, "PRAGMA journal_mode"));
    }

    @Test
    void aFailedFirstImportLeavesTheNewStoreAsItWasAndInTheLog() throws Exception {
        Path db = dir.resolve("failed.db");
        IllegalStateException stop = new IllegalStateException("stop");
        try (SqliteStore store = SqliteStore.openOrCreateSeeded(db)) {
            long seed = store.counts().events();
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.bulkImport(w -> {
                w.upsertSources(List.of(OUTLET));
                w.putEvents(events(0, 30_000));
                assertTrue(beside(db).journal());
                throw stop;
            }));
            assertSame(stop, thrown);
            assertEquals(seed, store.counts().events());
            assertTrue(store.search("Residents gathered", 10).stream().noneMatch(h -> h.event().id().startsWith("acled:T")),
                    "nothing of the import is found");
        }
        assertFalse(Files.exists(Path.of(db + "-journal")));
        assertEquals("wal", sql(db, "PRAGMA journal_mode"));
        assertEquals("ok", sql(db, "PRAGMA integrity_check"));
    }

    @Test
    void aProcessKilledAfterItsImportWroteIntoTheNewFileLeavesTheStoreAsCreated() throws Exception {
        Path db = dir.resolve("killed.db");
        Path seeded = dir.resolve("seeded.db");
        SqliteStore.openOrCreateSeeded(seeded).close();
        NewStoreImportCrashProcess.runAndKill(db);
        assertTrue(Files.exists(Path.of(db + "-journal")), "the killed import left its journal");
        try (SqliteStore store = SqliteStore.open(db, OpenOptions.writing())) {
            assertEquals(sql(seeded, "SELECT count(*) FROM events"), String.valueOf(store.counts().events()),
                    "the seed data and nothing of the import");
            assertTrue(store.search("Protest 17", 10).isEmpty());
            importInto(store, db);
        }
        assertFalse(Files.exists(Path.of(db + "-journal")));
        assertEquals("wal", sql(db, "PRAGMA journal_mode"));
        assertEquals("ok", sql(db, "PRAGMA integrity_check"));
        assertEquals(String.valueOf(Long.parseLong(sql(seeded, "SELECT count(*) FROM events")) + 30_000),
                sql(db, "SELECT count(*) FROM events"));
    }

    @Test
    void aReadHeldOpenInAnotherConnectionThroughTheDirectImportFailsItWithNothingWritten() throws Exception {
        Path db = dir.resolve("held.db");
        try (SqliteStore store = SqliteStore.openOrCreateSeeded(db)) {
            long seed = store.counts().events();
            Connection[] reader = new Connection[1];
            try {
                StoreException e = assertThrows(StoreException.class, () -> store.bulkImport(w -> {
                    w.upsertSources(List.of(OUTLET));
                    w.putEvents(events(0, 30_000));
                    assertTrue(beside(db).journal());
                    // another connection opens the new store and keeps a read open through the commit
                    reader[0] = DriverManager.getConnection("jdbc:sqlite:" + db);
                    reader[0].setAutoCommit(false);
                    try (Statement st = reader[0].createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
                        rs.next();
                        assertEquals(seed, rs.getLong(1), "it reads the store as it was created");
                    }
                    return null;
                }));
                assertTrue(e.getMessage().contains(db.toString()) && e.getMessage().contains("locked"), e.getMessage());
            } finally {
                if (reader[0] != null) {
                    reader[0].close();
                }
            }
            assertEquals(seed, store.counts().events(), "nothing of the import was written");
            assertTrue(store.search("Kuźnica 29999", 10).isEmpty());
            assertFalse(importInto(store, db).journal(), "the next import takes up the log and goes through");
            assertEquals(seed + 30_000, store.counts().events());
        }
        assertFalse(Files.exists(Path.of(db + "-journal")));
        assertEquals("wal", sql(db, "PRAGMA journal_mode"));
        assertEquals("ok", sql(db, "PRAGMA integrity_check"));
    }
}
