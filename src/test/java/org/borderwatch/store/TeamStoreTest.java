package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a shared store does: stale saves refused with both versions, no lost update under
 * concurrent saves, live announcements, opening refusals, and copies between the engines.
 * Needs the PostgreSQL test server ({@link StoreEngine}).
 */
class TeamStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aStaleSaveFromAnotherWindowIsRefusedWithBothVersions() throws Exception {
        try (Store one = StoreEngine.POSTGRESQL.open(dir, "t"); Store two = StoreEngine.POSTGRESQL.open(dir, "t")) {
            Annotation a = TestAnnotations.area("Camp", "", "anna", T0);
            one.annotationRepository().commit(AnnotationEdit.create("Draw", a), "anna");
            Annotation seenByTwo = two.annotationRepository().find(a.id()).orElseThrow();
            Annotation byOne = AnnotationBuilder.from(a).note("Tents seen").modified(T0.plusSeconds(60)).build();
            one.annotationRepository().commit(AnnotationEdit.update("Edit note", a, byOne), "anna");
            Annotation byTwo = AnnotationBuilder.from(seenByTwo).title("Camp by the fence").modified(T0.plusSeconds(90)).build();

            AnnotationConflictException e = assertThrows(AnnotationConflictException.class,
                    () -> two.annotationRepository().commit(AnnotationEdit.update("Edit title", seenByTwo, byTwo), "bruno"));
            assertEquals(byOne, e.stored(), "the stored version, to show beside the refused one");
            assertEquals(byTwo, e.edit().after());
            assertTrue(e.getMessage().contains("version 2"), e.getMessage());
            // choosing to keep both changes: the merge starts from the stored version and is saved
            Annotation merged = AnnotationBuilder.from(byOne).title(byTwo.title()).modified(T0.plusSeconds(120)).build();
            two.annotationRepository().commit(AnnotationEdit.update("Merge", e.stored(), merged), "bruno");
            assertEquals(List.of(1, 2, 3), one.annotationRepository().history(a.id()).stream()
                    .map(AnnotationRevision::revision).toList());
            assertEquals(merged, one.annotationRepository().find(a.id()).orElseThrow());

            // a deletion of something changed meanwhile is refused too, so the window can ask first
            AnnotationConflictException d = assertThrows(AnnotationConflictException.class,
                    () -> one.annotationRepository().commit(AnnotationEdit.delete("Delete", byOne), "anna"));
            assertEquals(merged, d.stored());
        }
    }

    @Test
    void concurrentSavesOfOneAnnotationLoseNoUpdate() throws Exception {
        Annotation a = TestAnnotations.point("Gate", "anna", T0);
        try (Store first = StoreEngine.POSTGRESQL.open(dir, "race")) {
            first.annotationRepository().commit(AnnotationEdit.create("Draw", a), "anna");
        }
        int writers = 6;
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> savedTitles = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        for (int w = 0; w < writers; w++) {
            int id = w;
            threads.add(new Thread(() -> {
                try (Store s = StoreEngine.POSTGRESQL.open(dir, "race")) {
                    int n = 0;
                    while (System.nanoTime() < until) {
                        Annotation seen = s.annotationRepository().find(a.id()).orElseThrow();
                        String title = "w" + id + "-" + n++;
                        Annotation mine = AnnotationBuilder.from(seen).title(title)
                                .modified(seen.modified().plusMillis(1 + id)).build();
                        try {
                            s.annotationRepository().commit(AnnotationEdit.update("Edit", seen, mine), "w" + id);
                            saved.incrementAndGet();
                            savedTitles.add(title);
                        } catch (AnnotationConflictException c) {
                            refused.incrementAndGet();
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertTrue(failures.isEmpty(), () -> "no other failure (deadlock, lost connection): " + failures);
        try (Store s = StoreEngine.POSTGRESQL.open(dir, "race")) {
            List<AnnotationRevision> h = s.annotationRepository().history(a.id());
            assertEquals(1 + saved.get(), h.size(), "every saved version is in the history");
            for (int i = 0; i < h.size(); i++) {
                assertEquals(i + 1, h.get(i).revision());
                if (i > 0) {
                    assertEquals(h.get(i - 1).current(), h.get(i).previous(), "each save started from the one before");
                }
            }
            assertEquals(savedTitles.stream().sorted().toList(),
                    h.subList(1, h.size()).stream().map(r -> r.current().title()).sorted().toList());
            assertTrue(saved.get() > 0 && refused.get() > 0, saved + " saved, " + refused + " refused");
        }
    }

    @Test
    void anotherWindowHearsOfAChangeWhenItCommits() throws Exception {
        try (Store watching = StoreEngine.POSTGRESQL.open(dir, "live"); Store editing = StoreEngine.POSTGRESQL.open(dir, "live")) {
            BlockingQueue<ChangeFeed.Change> heard = new LinkedBlockingQueue<>();
            ChangeFeed feed = watching.changeFeed().orElseThrow();
            try (AutoCloseable sub = feed.subscribe(heard::add)) {
                Thread.sleep(500); // the feed's LISTEN is in place
                Annotation a = TestAnnotations.point("Checkpoint", "anna", T0);
                long t = System.nanoTime();
                editing.annotationRepository().commit(AnnotationEdit.create("Draw", a), "anna");
                ChangeFeed.Change c = heard.poll(5, TimeUnit.SECONDS);
                assertNotNull(c, "the change is announced");
                assertTrue(System.nanoTime() - t < TimeUnit.SECONDS.toNanos(2), "within 2 s");
                assertEquals("annotation", c.kind());
                assertEquals(a.id(), c.id());
                assertEquals(1, c.revision());
                assertFalse(c.own(), "made by another connection");
                assertTrue(c.describe().endsWith("added “Checkpoint”"), c.describe());
                watching.annotationRepository().commit(AnnotationEdit.delete("Delete", a), "anna");
                ChangeFeed.Change mine = heard.poll(5, TimeUnit.SECONDS);
                assertNotNull(mine);
                assertTrue(mine.own(), "the window's own change is marked as such");
            }
        }
    }

    @Test
    void aDatabaseWithoutOrWithAForeignOrNewerSchemaIsRefusedUntouched() throws Exception {
        ServerAddress bare = StoreEngine.bareDatabase();
        StoreException none = assertThrows(StoreException.class, () -> PgStore.open(bare, PasswordPrompt.NONE));
        assertTrue(none.getMessage().contains("server-init"), none.getMessage());
        try (Connection c = new PgConnector(bare, PasswordPrompt.NONE).open(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA borderwatch");
            st.execute("CREATE TABLE borderwatch.things (id int)");
        }
        StoreException foreign = assertThrows(StoreException.class, () -> PgStore.open(bare, PasswordPrompt.NONE));
        assertTrue(foreign.getMessage().contains("another program"), foreign.getMessage());
        assertThrows(StoreException.class, () -> PgStore.initialize(bare, PasswordPrompt.NONE, true),
                "server-init does not take over a foreign schema");

        ServerAddress store = StoreEngine.database(dir, "newer", false);
        try (Connection c = new PgConnector(store, PasswordPrompt.NONE).open(); Statement st = c.createStatement()) {
            st.execute("UPDATE borderwatch.schema_version SET version = 99");
        }
        StoreException newer = assertThrows(StoreException.class, () -> PgStore.open(store, PasswordPrompt.NONE));
        assertTrue(newer.getMessage().contains("newer Borderwatch (schema version 99"), newer.getMessage());
        try (Connection c = new PgConnector(store, PasswordPrompt.NONE).open(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT version FROM borderwatch.schema_version")) {
            rs.next();
            assertEquals(99, rs.getInt(1), "left as it was");
        }
    }

    @Test
    void anOlderStoreIsUpgradedByItsOwnerAndOnlyByItsOwner() throws Exception {
        ServerAddress db = StoreEngine.bareDatabase();
        PgStore.initialize(db, PasswordPrompt.NONE, false, PgSchema.STEPS.subList(0, 1)).close();
        // the seed's items written as schema 1 wrote them: each whole, an event with its search text
        ServerAddress seeded = StoreEngine.database(dir, "seeded", true);
        try (Connection from = new PgConnector(seeded, PasswordPrompt.NONE).open();
             Connection to = new PgConnector(db, PasswordPrompt.NONE).open()) {
            for (String table : List.of("sources", "crossings", "events")) {
                String search = table.equals("events") ? ", borderwatch.event_search(?::jsonb)" : "";
                try (Statement st = from.createStatement();
                     var rs = st.executeQuery("SELECT id, doc::text FROM borderwatch." + table);
                     var ps = to.prepareStatement("INSERT INTO borderwatch." + table + " (id, doc" + (search.isEmpty() ? "" : ", search")
                             + ") VALUES (?, ?::jsonb" + search + ")")) {
                    while (rs.next()) {
                        ps.setString(1, rs.getString(1));
                        ps.setString(2, rs.getString(2));
                        if (!search.isEmpty()) {
                            ps.setString(3, rs.getString(2));
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }
        String reader = "bw_" + Long.toString(ProcessHandle.current().pid(), 36) + "_upgrade_reader";
        TeamAdmin.addMember(db, PasswordPrompt.NONE, reader, TeamAdmin.Role.READER);
        StoreException refused = assertThrows(StoreException.class, () -> PgStore.open(db.as(reader), PasswordPrompt.NONE));
        assertTrue(refused.getMessage().contains("schema version 1") && refused.getMessage().contains("server-init"),
                refused.getMessage());
        try (PgStore owner = PgStore.open(db, PasswordPrompt.NONE)) {
            assertEquals(PgSchema.latest(), owner.schemaVersion());
            assertTrue(owner.search("kuznica", 50).stream().anyMatch(h -> h.event().id().equals("2021-11-09-kuznica-suspended")),
                    "events written at schema 1 keep their search text");
        }
        try (PgStore store = PgStore.open(db.as(reader), PasswordPrompt.NONE)) {
            assertEquals(102, store.counts().events());
        }
    }

    @Test
    void aCopyToTheServerAndBackIsLosslessAndRunningItAgainAddsNothing() throws Exception {
        Path original = dir.resolve("laptop.db");
        Annotation kept;
        Annotation gone;
        try (Store s = Store.openOrCreateSeeded(original)) {
            AnnotationRepository r = s.annotationRepository();
            kept = TestAnnotations.area("Camp", "Seen on two videos.", "anna", T0);
            r.commit(AnnotationEdit.create("Draw", kept), "anna");
            Annotation edited = AnnotationBuilder.from(kept).note("Confirmed.").eventIds(List.of("2021-11-09-kuznica-suspended"))
                    .modified(T0.plusSeconds(60)).build();
            r.commit(AnnotationEdit.update("Edit", kept, edited), "bruno");
            kept = edited;
            gone = TestAnnotations.point("Old note", "anna", T0);
            r.commit(AnnotationEdit.create("Draw", gone), "anna");
            r.commit(AnnotationEdit.delete("Delete", gone), "anna");
        }
        Path scratch = dir.resolve("scratch");
        ServerAddress server = StoreEngine.database(dir, "team", false);
        try (Store from = Store.open(original); PgStore to = PgStore.open(server, PasswordPrompt.NONE)) {
            StoreCopy.Result r = StoreCopy.copy(from, to, false, scratch);
            assertEquals(102, r.items().events().added());
            assertEquals(2, r.historiesCopied());
            assertEquals(from.annotationRepository().history(kept.id()), to.annotationRepository().history(kept.id()),
                    "the history keeps its authors, times and numbers");
            assertEquals(List.of(AnnotationRevision.Action.CREATE, AnnotationRevision.Action.DELETE), to.annotationRepository()
                    .history(gone.id()).stream().map(AnnotationRevision::action).toList(), "deleted annotations keep their history");
            assertTrue(to.annotationRepository().find(gone.id()).isEmpty());

            assertEquals(0L, scalar(server, "SELECT count(*) FROM borderwatch.events "
                    + "WHERE search IS DISTINCT FROM borderwatch.event_search(doc)"),
                    "the search words folded in a second session are the server's own for each event");
            assertTrue(to.search("bialystok", 50).stream().anyMatch(h -> (h.event().title() + " " + h.event().summary()
                    + " " + h.event().place()).contains("Białystok")), "folded: bialystok finds Białystok");

            StoreCopy.Result again = StoreCopy.copy(from, to, false, scratch);
            assertTrue(again.items().unchanged(), "a second copy adds nothing: " + again.items().lines());
            assertEquals(2, to.annotationRepository().history(kept.id()).size(), "no revision twice");
        }
        Path back = dir.resolve("back.db");
        try (PgStore from = PgStore.open(server, PasswordPrompt.NONE); Store to = Store.open(back)) {
            StoreCopy.copy(from, to, false, scratch);
            assertEquals(from.annotationRepository().history(gone.id()), to.annotationRepository().history(gone.id()));
        }
        assertArrayEquals(export(Store.open(original)), export(PgStore.open(server, PasswordPrompt.NONE)),
                "the server's export is the laptop's");
        assertArrayEquals(export(Store.open(original)), export(Store.open(back)), "and so is the copy back");
    }

    @Test
    void aCopyThatFailsLeavesTheTargetAsItWas() throws Exception {
        Path laptop = dir.resolve("laptop.db");
        Annotation linked = AnnotationBuilder.from(TestAnnotations.point("Linked", "anna", T0))
                .eventIds(List.of("2021-11-09-kuznica-suspended")).build();
        try (Store s = Store.openOrCreateSeeded(laptop)) {
            s.annotationRepository().commit(AnnotationEdit.create("Draw", linked), "anna");
        }
        ServerAddress server = StoreEngine.database(dir, "empty", false);
        try (Store from = Store.open(laptop); PgStore to = PgStore.open(server, PasswordPrompt.NONE)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> StoreCopy.copy(from, to, true, dir.resolve("scratch")));
            assertTrue(e.getMessage().contains("2021-11-09-kuznica-suspended"), e.getMessage());
            assertEquals(new Counts(0, 0, 0, 0, 0), to.counts(), "nothing was written");
            assertTrue(to.allRevisions().isEmpty());
            StoreCopy.copy(from, to, false, dir.resolve("scratch"));
            assertEquals(List.of(linked), to.annotations(), "run again in full, it completes");
        }
    }

    @Test
    void aCopyIntoAnEmptyStoreBuildsItsIndexesAfterTheLoadOrLeavesThemAsTheyWere() throws Exception {
        Path laptop = dir.resolve("laptop.db");
        try (Store s = Store.openOrCreateSeeded(laptop)) {
            s.annotationRepository().commit(AnnotationEdit.create("Draw", TestAnnotations.point("Blocked", "anna", T0)), "anna");
        }
        ServerAddress server = StoreEngine.database(dir, "load", false);
        List<String> before = eventsTableObjects(server);
        assertEquals(9, before.size(), "five indexes and four triggers: " + before);
        // a rule of the server's administrator refuses the annotation, after the events are in
        sql(server, "ALTER TABLE borderwatch.annotations ADD CONSTRAINT not_blocked CHECK (title <> 'Blocked')");
        try (Store from = Store.open(laptop); PgStore to = PgStore.open(server, PasswordPrompt.NONE)) {
            assertThrows(StoreException.class, () -> StoreCopy.copy(from, to, false, dir.resolve("scratch")));
            assertEquals(0, to.counts().events(), "no event was written");
            assertEquals(before, eventsTableObjects(server), "the indexes and triggers are as they were");
            sql(server, "ALTER TABLE borderwatch.annotations DROP CONSTRAINT not_blocked");

            StoreCopy.Result r = StoreCopy.copy(from, to, false, dir.resolve("scratch"));
            assertEquals(102, r.items().events().added());
            assertEquals(before, eventsTableObjects(server), "built again after the load");
            assertEquals(from.eventDays(), to.eventDays(), "the per-day counts, computed once");
            assertTrue(to.search("kuznica", 50).stream().anyMatch(h -> h.event().id().equals("2021-11-09-kuznica-suspended")),
                    "the folded search text and its index");
            assertFalse(to.eventDays().isEmpty());
        }
    }

    @Test
    void aSearchOfACommonAndARareWordLooksUpTheRareOneAndFindsWhatTheWholeQueryFinds() throws Exception {
        try (Store s = GeneratedStores.seededWithAcled(StoreEngine.POSTGRESQL, dir, "words", 3_000, 5)) {
            ServerAddress server = ServerAddress.parse(s.location());
            sql(server, "ANALYZE borderwatch.events");
            PgWordShares shares = new PgWordShares();
            try (Connection c = new PgConnector(server, PasswordPrompt.NONE).open()) {
                shares.refresh(c);
            }
            assertTrue(shares.share("border") > 0.5, "'border' is in most generated events: " + shares.share("border"));
            assertEquals(0.0, shares.share("forest"), "'forest' is in one seed event");
            assertEquals(List.of("forest"), shares.toLookUp(List.of("border", "forest"), PgSearch.RARE),
                    "only the rare word is looked up in the index");
            assertEquals(List.of("border", "guard"), shares.toLookUp(List.of("border", "guard"), PgSearch.RARE),
                    "two common words are looked up together");

            List<String> found = s.search("border forest", 50).stream().map(h -> h.event().id()).sorted().toList();
            assertTrue(found.contains("2024-06-13-buffer-zone"), "the seed event holding both words: " + found);
            assertEquals(ids(server, "SELECT id FROM borderwatch.events WHERE search @@ to_tsquery('folded', "
                    + "'''border'':* & ''forest'':*') ORDER BY id COLLATE \"C\""), found,
                    "the same events as the whole query through the index");
        }
    }

    private static List<String> ids(ServerAddress server, String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = new PgConnector(server, PasswordPrompt.NONE).open(); Statement st = c.createStatement();
             var rs = st.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The indexes and triggers of the events table, with their definitions. */
    private static List<String> eventsTableObjects(ServerAddress server) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = new PgConnector(server, PasswordPrompt.NONE).open(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = 'borderwatch.events'::regclass "
                     + "UNION ALL SELECT pg_get_triggerdef(oid) || ' ' || tgenabled::text FROM pg_trigger "
                     + "WHERE tgrelid = 'borderwatch.events'::regclass AND NOT tgisinternal ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long scalar(ServerAddress server, String query) throws Exception {
        try (Connection c = new PgConnector(server, PasswordPrompt.NONE).open(); Statement st = c.createStatement();
             var rs = st.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(ServerAddress server, String statement) throws Exception {
        try (Connection c = new PgConnector(server, PasswordPrompt.NONE).open(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static byte[] export(Store s) throws Exception {
        try (s) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            s.exportBundle(out);
            return out.toByteArray();
        }
    }
}
