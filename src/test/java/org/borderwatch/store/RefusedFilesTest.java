package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store refuses it leaves exactly as it was, with nothing beside it, and says what it is. */
class RefusedFilesTest {
    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aForeignFileThatLooksNewerKeepsItsJournalModeAndGetsNoLogFiles() throws Exception {
        Path db = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99"); // no table, no application id, rollback journal
        }
        byte[] before = Files.readAllBytes(db);
        for (OpenOptions o : List.of(OpenOptions.ANYWHERE, OpenOptions.reading(), OpenOptions.writing())) {
            StoreException e = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(db, o).close());
            assertTrue(e.getMessage().contains("not a Borderwatch database") && e.getMessage().contains("left unchanged"),
                    e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(db), "not switched to WAL, not touched");
            assertEquals(List.of("foreign.db"), names(), "no -wal or -shm beside it");
        }
    }

    @Test
    void aNewerStoreIsRefusedWithNothingBesideIt() throws Exception {
        Path db = dir.resolve("newer.db");
        Store.openOrCreateSeeded(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(db, OpenOptions.reading()));
        assertTrue(e.getMessage().contains("newer Borderwatch"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(List.of("newer.db"), names());
    }

    @Test
    void aFolderANamedPipeAndADeviceAreNamedAsSuch() throws Exception {
        StoreException folder = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(dir, OpenOptions.reading()));
        assertTrue(folder.getMessage().contains("is a folder, not a store file"), folder.getMessage());
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            StoreException device = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(zero, OpenOptions.ANYWHERE));
            assertTrue(device.getMessage().contains("is a character device, not a store file"), device.getMessage());
        }
        Path fifo = dir.resolve("pipe.db");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not available here: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a named pipe here");
        StoreException pipe = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(fifo, OpenOptions.ANYWHERE));
        assertTrue(pipe.getMessage().contains("is a named pipe (FIFO), not a store file"), pipe.getMessage());
    }

    @Test
    void aMissingStoreOrFolderIsCreatedOnlyWhenAskedFor() throws Exception {
        Path db = dir.resolve("new.db");
        StoreNotFoundException e = assertThrows(StoreNotFoundException.class,
                () -> Store.openOrCreateSeeded(db, OpenOptions.writing()));
        assertEquals(StoreNotFoundException.Found.NOTHING, e.found());
        assertEquals(List.of(), names());
        Path typo = dir.resolve("typo").resolve("new.db");
        StoreException folder = assertThrows(StoreException.class,
                () -> Store.openOrCreateSeeded(typo, OpenOptions.writing().creating(true, false)));
        assertTrue(folder.getMessage().contains("the folder " + typo.getParent() + " does not exist"), folder.getMessage());
        assertEquals(List.of(), names(), "no folder made for a mistyped path");
        try (Store s = Store.openOrCreateSeeded(db, OpenOptions.reading().creating(true, false))) {
            assertTrue(s.counts().crossings() > 0, "asked for, it is made and seeded, then read");
        }
        assertEquals(List.of("new.db"), names());
    }
}
