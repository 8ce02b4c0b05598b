package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store this user's Borderwatch closed after its check passed, and that no program changed
 * since, opens for writing without its every page read again; any change, copy or log brings the
 * check back, and a store found corrupt is never taken from the list.
 */
class CheckedStoresTest {
    @TempDir
    Path dir;

    private Path madeStore(String name) throws Exception {
        Path db = dir.resolve(name);
        try (SqliteStore store = SqliteStore.open(db)) {
            store.importBundle(TestBundles.write(dir, name + ".json", TestBundles.SAMPLE));
        }
        return db;
    }

    private static Path key(Path db) throws Exception {
        return db.toRealPath();
    }

    private String more(String id) throws Exception {
        return TestBundles.write(dir, id + ".json",
                TestBundles.SAMPLE.replace("2023-12-14-vaalimaa-reopens", id)).toString();
    }

    @Test
    void aStoreClosedAfterItWasMadeOrCheckedOpensForWritingWithoutItsCheck() throws Exception {
        Path db = madeStore("made.db");
        assertTrue(CheckedStores.user().leftSound(key(db)), "a store this process made is listed when it closes");
        try (SqliteStore store = SqliteStore.open(db, OpenOptions.reading())) {
            assertTrue(store.integrity().startsWith("left sound by Borderwatch"), "info says so: " + store.integrity());
        }
        try (SqliteStore store = SqliteStore.open(db, OpenOptions.writing())) {
            assertTrue(IntegrityCheck.listedHere(key(db)), "taken from the list, not checked");
            long events = store.counts().events();
            store.importBundle(Path.of(more("2023-12-14-listed")));
            assertEquals(events + 1, store.counts().events(), "its writes go through");
            assertFalse(CheckedStores.user().leftSound(key(db)), "written: no longer the file listed");
        }
        assertTrue(CheckedStores.user().leftSound(key(db)), "listed again as it was left");
        try (SqliteStore store = SqliteStore.open(db, OpenOptions.writing().checkingBeside())) {
            assertTrue(IntegrityCheck.listedHere(key(db)), "the window's opening starts no check beside it either");
            store.importBundle(Path.of(more("2023-12-14-beside")));
        }
        assertTrue(CheckedStores.user().leftSound(key(db)));
    }

    @Test
    void aPageChangedTheMomentTheStoreClosedIsFoundAtTheNextOpeningAndTheStoreLeftUnlisted() throws Exception {
        Path db = madeStore("changed.db");
        FileTime modified = Files.getLastModifiedTime(db);
        long size = Files.size(db);
        int page = StoreOpener.PAGE_SIZE;
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] noise = new byte[(int) (size - page)];
            new java.util.Random(11).nextBytes(noise);
            f.seek(page);
            f.write(noise);
        }
        Files.setLastModifiedTime(db, modified); // as a tool that keeps the time would leave it
        assertEquals(size, Files.size(db));
        assertFalse(CheckedStores.user().leftSound(key(db)), "changed: no longer the file listed");
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(db, OpenOptions.writing()));
        assertTrue(e.getMessage().contains("is corrupt"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db), "not a byte written");
        assertFalse(CheckedStores.user().listed(key(db)), "a store found corrupt is off the list");
    }

    @Test
    void aCopyAStoreWithALogAndAStoreOnlyReadAreCheckedAsBefore() throws Exception {
        Path db = madeStore("original.db");
        Path copy = dir.resolve("copy.db");
        Files.copy(db, copy, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(db));
        assertFalse(CheckedStores.user().leftSound(key(copy)), "a copy is another file, whatever its times");
        try (SqliteStore store = SqliteStore.open(copy, OpenOptions.reading())) {
            assertEquals("every page checked at its next opening for writing", store.integrity(), "info says so");
        }
        try (SqliteStore store = SqliteStore.open(copy, OpenOptions.writing())) {
            assertFalse(IntegrityCheck.listedHere(key(copy)), "checked at its opening");
        }
        assertTrue(CheckedStores.user().leftSound(key(copy)), "checked and closed: listed from now on");

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = other.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("CREATE TABLE scratch(x)");
            assertTrue(Files.size(Path.of(db + "-wal")) > 0);
            assertFalse(CheckedStores.user().leftSound(key(db)), "a log beside it: checked as before");
        }

        Path read = madeStore("read.db");
        CheckedStores.user().forget(key(read));
        try (SqliteStore store = SqliteStore.open(read, OpenOptions.reading())) {
            assertTrue(store.counts().events() > 0);
        }
        assertFalse(CheckedStores.user().listed(key(read)), "a store only read, never checked, is not listed");
    }

    @Test
    void theListKeepsTheLastStoresAndIgnoresWhatItCannotRead() throws Exception {
        Path file = dir.resolve("cache").resolve("checked-stores.tsv");
        CheckedStores list = new CheckedStores(file);
        List<Path> stores = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path p = dir.resolve("s" + i + ".db");
            Files.writeString(p, "store " + i);
            stores.add(key(p));
        }
        Thread.sleep(CheckedStores.SETTLE_NS / 1_000_000 + 5);
        for (Path p : stores) {
            assertTrue(list.record(p, () -> true), p.toString());
        }
        assertTrue(stores.stream().allMatch(list::leftSound));
        assertEquals(key(dir.resolve("s2.db")) + "\t", Files.readAllLines(file).get(0).substring(0, stores.get(2).toString().length() + 1),
                "the last recorded first");

        assertFalse(list.record(stores.get(0), () -> false), "not while another connection has it");
        Files.writeString(stores.get(1), "store 1, changed");
        assertFalse(list.leftSound(stores.get(1)), "changed since");

        Files.write(file, List.of("garbage", "\u0000\u0001", stores.get(0) + "\t1\t2"), StandardCharsets.UTF_8);
        assertFalse(list.leftSound(stores.get(0)), "a line it cannot read lists nothing");
        assertTrue(list.record(stores.get(0), () -> true));
        assertEquals(1, Files.readAllLines(file).size(), "the unreadable lines are dropped when it is written");

        for (int i = 0; i < CheckedStores.KEPT + 5; i++) {
            Path p = dir.resolve("many" + i + ".db");
            Files.writeString(p, "x");
        }
        Thread.sleep(CheckedStores.SETTLE_NS / 1_000_000 + 5);
        for (int i = 0; i < CheckedStores.KEPT + 5; i++) {
            assertTrue(list.record(key(dir.resolve("many" + i + ".db")), () -> true));
        }
        assertEquals(CheckedStores.KEPT, Files.readAllLines(file).size());
        assertFalse(list.listed(stores.get(0)), "the eldest went first");
        assertNotNull(CheckedStores.stat(stores.get(0)));
    }
}
