package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store never takes a write-ahead log that is not its own: another store's log, or this store's
 * log written on top of a later state, is refused with every file left byte for byte as it was;
 * its own log after a crash is recovered, the files as they were kept aside until it opens clean.
 */
class ForeignWalTest {
    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dir;

    /** A seeded store at {@code name} with {@code n} annotations titled {@code title + i}. */
    private Path store(String name, String title, int n) throws Exception {
        Path db = dir.resolve(name);
        try (Store s = Store.openOrCreateSeeded(db)) {
            List<org.borderwatch.domain.Annotation> list = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(TestAnnotations.point(title + i, "analyst", T));
            }
            s.annotationRepository().importAll(list, "analyst");
        }
        return db;
    }

    /**
     * The files a crash leaves: {@code db} is opened, {@code work} writes (its commits stay in the
     * log), and the database file with its log are copied to {@code into} while the store is open.
     */
    private static Path crashCopy(Path db, Path into, StoreWork work) throws Exception {
        Files.createDirectories(into);
        try (Store s = Store.open(db)) {
            work.run(s);
            Path copy = into.resolve(db.getFileName());
            Files.copy(db, copy);
            Files.copy(wal(db), wal(copy));
            return copy;
        }
    }

    @FunctionalInterface
    private interface StoreWork {
        void run(Store s) throws Exception;
    }

    private static Path wal(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    /** Every file of the folder with its bytes. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (var s = Files.list(folder)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return out;
    }

    private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "no file added or removed beside the store");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " changed"));
    }

    @Test
    void anotherStoresLogIsRefusedAndTheStoreStaysByteIdentical() throws Exception {
        Path mine = store("mine.db", "Mine ", 4);
        Path other = store("other.db", "Other ", 2);
        Path crashed = crashCopy(other, dir.resolve("crash"), s -> s.annotationRepository().importAll(
                List.of(TestAnnotations.point("Written after the last checkpoint", "analyst", T)), "analyst"));
        byte[] exportBefore;
        try (Store s = Store.open(mine)) {
            exportBefore = TestBundles.export(s);
        }
        assertFalse(Files.exists(wal(mine)), "a store closed cleanly has no log");
        Files.copy(wal(crashed), wal(mine));
        Map<String, byte[]> before = files(dir);

        for (OpenOptions o : List.of(OpenOptions.writing(), OpenOptions.reading())) {
            StoreException e = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(mine, o).close());
            assertTrue(e.getMessage().contains("not its own") && e.getMessage().contains("another Borderwatch store"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("left exactly as it was") && e.getMessage().contains("move mine.db-wal"),
                    e.getMessage());
            assertSameFiles(before, files(dir));
        }

        Files.move(wal(mine), dir.resolve("foreign-wal"));
        try (Store s = Store.open(mine)) {
            assertArrayEquals(exportBefore, TestBundles.export(s), "the store's own content, byte for byte");
            assertEquals(4, s.annotations().size());
        }
    }

    @Test
    void itsOwnLogAfterACrashIsRecoveredAndTheCopyAsideRemoved() throws Exception {
        Path db = store("own.db", "Own ", 1);
        Path crashed = crashCopy(db, dir.resolve("crash"), s -> s.annotationRepository().importAll(
                List.of(TestAnnotations.point("Only in the log", "analyst", T)), "analyst"));
        assertTrue(Files.size(wal(crashed)) > 0);
        List<String> notices = new java.util.ArrayList<>();
        try (Store s = Store.openOrCreateSeeded(crashed, OpenOptions.reading().telling(notices::add))) {
            assertEquals(2, s.annotations().size(), "the log's transaction is there");
        }
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("Recovering own.db") && notices.get(0).contains("before-recovery"), notices.get(0));
        try (var left = Files.list(crashed.getParent())) {
            assertEquals(List.of("own.db"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "recovered, checkpointed, and the copy aside removed once it opened clean");
        }
    }

    @Test
    void aLogOfALaterStateOverARestoredBackupIsRefused() throws Exception {
        Path db = store("restored.db", "First ", 1);
        Path backup = dir.resolve("backup.db");
        Files.copy(db, backup);
        try (Store s = Store.open(db)) {
            s.annotationRepository().importAll(List.of(TestAnnotations.point("After the backup", "analyst", T)), "analyst");
        }
        Path crashed = crashCopy(db, dir.resolve("crash"), s -> s.annotationRepository().importAll(
                List.of(TestAnnotations.point("In the crashed session", "analyst", T)), "analyst"));
        Files.copy(backup, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(wal(crashed), wal(db));
        Map<String, byte[]> before = files(dir);
        StoreException e = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(db, OpenOptions.writing()));
        assertTrue(e.getMessage().contains("does not continue it") && e.getMessage().contains("restored from a backup"),
                e.getMessage());
        assertSameFiles(before, files(dir));
    }

    @Test
    void aLogOfACopyThatWentItsOwnWayIsRefused() throws Exception {
        Path db = store("original.db", "Shared ", 1);
        Path copy = dir.resolve("copy").resolve("original.db");
        Files.createDirectories(copy.getParent());
        Files.copy(db, copy);
        try (Store s = Store.open(db)) {
            s.annotationRepository().importAll(List.of(TestAnnotations.point("Only in the original", "analyst", T)), "analyst");
        }
        Path crashed = crashCopy(copy, dir.resolve("crash"), s -> s.annotationRepository().importAll(
                List.of(TestAnnotations.point("Only in the copy", "analyst", T)), "analyst"));
        Files.copy(wal(crashed), wal(db));
        Map<String, byte[]> before = files(dir);
        StoreException e = assertThrows(StoreException.class, () -> Store.openOrCreateSeeded(db, OpenOptions.reading()));
        assertTrue(e.getMessage().contains("does not continue it") && e.getMessage().contains("another copy"),
                e.getMessage());
        assertSameFiles(before, files(dir));
    }
}
