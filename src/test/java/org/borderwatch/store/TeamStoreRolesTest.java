package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People and permissions of a team store, enforced by the server: the test connects as a reader,
 * two analysts and a lead — through the store and as a plain SQL client — and tries what each
 * must not do. Needs the PostgreSQL test server ({@link StoreEngine}).
 */
class TeamStoreRolesTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);

    @TempDir
    Path dir;
    private ServerAddress admin;

    /** A login role of this run in group {@code group} (made once; roles belong to the whole server). */
    private String login(String name, String group) throws Exception {
        String role = "bw_" + RUN + "_" + name;
        try (Connection c = new PgConnector(admin, PasswordPrompt.NONE).open(); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN IN ROLE " + group + "; END IF; END $$");
        }
        return role;
    }

    @BeforeEach
    void seededStore() throws Exception {
        admin = StoreEngine.database(dir, "team", true);
    }

    private PgStore as(String role) throws StoreException {
        return PgStore.open(admin.as(role), PasswordPrompt.NONE);
    }

    private static Annotation point(String title, String author) {
        return AnnotationBuilder.from(TestAnnotations.point(title, author, T0)).build();
    }

    @Test
    void aReaderSeesEverythingAndChangesNothing() throws Exception {
        String reader = login("reader", PgSchema.READER);
        String analyst = login("anna", PgSchema.ANALYST);
        Annotation mine;
        try (PgStore anna = as(analyst)) {
            mine = point("Checkpoint", analyst);
            anna.annotationRepository().commit(AnnotationEdit.create("Draw", mine), analyst);
        }
        try (PgStore store = as(reader)) {
            assertEquals(102, store.counts().events(), "a reader reads every event");
            assertEquals(List.of(mine), store.annotations());
            StoreException e = assertThrows(StoreException.class, () -> store.annotationRepository()
                    .commit(AnnotationEdit.create("Draw", point("Mine", reader)), reader));
            assertTrue(e.getMessage().contains("may not"), e.getMessage());
            assertThrows(StoreException.class, () -> store.upsertSources(List.of(new org.borderwatch.domain.Source(
                    "X1", "A source", null, null))));
        }
        try (Connection sql = new PgConnector(admin.as(reader), PasswordPrompt.NONE).open()) {
            refused(sql, "UPDATE annotations SET deleted = true");
            refused(sql, "DELETE FROM events");
            refused(sql, "INSERT INTO annotation_revisions (annotation_id, revision, at, action, current) "
                    + "SELECT id, 99, now(), 'update', doc FROM annotations");
        }
        try (PgStore store = as(analyst)) {
            assertEquals(1, store.annotationRepository().history(mine.id()).size(), "the reader changed nothing");
        }
    }

    @Test
    void anAnalystChangesOnlyTheirOwnAnnotationsAndWritesNothingElse() throws Exception {
        String anna = login("anna", PgSchema.ANALYST);
        String bruno = login("bruno", PgSchema.ANALYST);
        Annotation hers = point("Camp", anna);
        try (PgStore store = as(anna)) {
            assertEquals(anna, store.annotationRepository().authorName("whatever the computer says"));
            store.annotationRepository().commit(AnnotationEdit.create("Draw", hers), "ignored");
            assertEquals(anna, store.annotationRepository().history(hers.id()).get(0).author(),
                    "the author is the connected role, not a typed name");
        }
        try (PgStore store = as(bruno)) {
            Annotation changed = AnnotationBuilder.from(hers).title("Bruno's title").author(bruno).modified(T0.plusSeconds(60)).build();
            StoreException e = assertThrows(StoreException.class,
                    () -> store.annotationRepository().commit(AnnotationEdit.update("Edit", hers, changed), bruno));
            assertTrue(e.getMessage().contains("belongs to " + anna), e.getMessage());
            assertThrows(StoreException.class,
                    () -> store.annotationRepository().commit(AnnotationEdit.delete("Delete", hers), bruno));
            StoreException forged = assertThrows(StoreException.class, () -> store.annotationRepository()
                    .commit(AnnotationEdit.create("Draw", point("Signed as Anna", anna)), bruno));
            assertTrue(forged.getMessage().contains("may not"), forged.getMessage());
            assertThrows(StoreException.class, () -> store.upsertEvents(List.of(event("x-1"))), "analysts import no events");
        }
        try (Connection sql = new PgConnector(admin.as(bruno), PasswordPrompt.NONE).open(); Statement st = sql.createStatement()) {
            assertEquals(0, st.executeUpdate("UPDATE annotations SET doc = jsonb_set(doc, '{title}', '\"hacked\"')"),
                    "row-level security hides Anna's row from Bruno's UPDATE");
            refused(sql, "INSERT INTO annotation_revisions (annotation_id, revision, author, at, action, current) "
                    + "SELECT id, 50, '" + anna + "', now(), 'update', doc FROM annotations");
            refused(sql, "UPDATE crossings SET doc = doc");
            refused(sql, "DELETE FROM annotation_revisions");
            refused(sql, "ALTER TABLE annotations DISABLE ROW LEVEL SECURITY");
        }
        try (PgStore store = as(anna)) {
            Annotation edited = AnnotationBuilder.from(hers).note("Tents").modified(T0.plusSeconds(120)).build();
            store.annotationRepository().commit(AnnotationEdit.update("Edit", hers, edited), anna);
            assertEquals(List.of(edited), store.annotations());
            assertEquals(2, store.annotationRepository().history(hers.id()).size());
        }
    }

    @Test
    void aLeadChangesAnyAnnotationAndImportsEventsAndEditsCrossings() throws Exception {
        String anna = login("anna", PgSchema.ANALYST);
        String lead = login("lea", PgSchema.LEAD);
        Annotation hers = point("Camp", anna);
        try (PgStore store = as(anna)) {
            store.annotationRepository().commit(AnnotationEdit.create("Draw", hers), anna);
        }
        try (PgStore store = as(lead)) {
            Annotation edited = AnnotationBuilder.from(hers).title("Camp (checked)").author(lead).modified(T0.plusSeconds(60)).build();
            store.annotationRepository().commit(AnnotationEdit.update("Edit", hers, edited), lead);
            List<AnnotationRevision> h = store.annotationRepository().history(hers.id());
            assertEquals(List.of(anna, lead), h.stream().map(AnnotationRevision::author).toList());
            assertEquals(ImportCounts.NONE.plus(new ImportCounts(1, 0, 0)), store.upsertEvents(List.of(event("x-1"))));
            var x = store.loadStatusData().crossings().get(0);
            var renamed = new org.borderwatch.domain.Crossing(x.id(), x.border(), x.name(), x.counterpart(),
                    x.counterpartLatin(), x.type(), x.location(), x.precision(), x.precisionNote(), "Checked by the lead",
                    x.sourceIds(), x.uncertaintyMetres(), x.rank(), x.rankNote(), x.names(), x.trackedFrom(), x.untrackedReason());
            assertTrue(store.importBundles(List.of(BundleInput.of("crossing", new BundleContent(List.of(), List.of(renamed),
                    List.of(), List.of(), List.of())))).crossings().updated() == 1);
        }
        try (Connection sql = new PgConnector(admin.as(lead), PasswordPrompt.NONE).open()) {
            refused(sql, "DELETE FROM annotation_revisions");
            refused(sql, "UPDATE annotation_revisions SET author = 'nobody'");
            refused(sql, "DROP TABLE events");
        }
    }

    private static Event event(String id) {
        return new Event(id, LocalDate.of(2024, 3, 1), null, "Patrol sighted", "", Category.INCIDENT, Border.PL_BY, null,
                null, null, List.of("F3"), List.of(), null);
    }

    private static void refused(Connection c, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }, "refused: " + sql);
        assertTrue(e.getMessage().contains("permission denied") || e.getMessage().contains("row-level security")
                || e.getMessage().contains("append-only") || e.getMessage().contains("must be owner"), e.getMessage());
    }
}
