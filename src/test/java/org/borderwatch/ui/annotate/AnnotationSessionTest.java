package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.AnnotationRevision;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The view model without a stage: changes show at once and land in the store in order; undo and
 * redo are store writes; a refused write is reported and the screen falls back to the store; the
 * map shows only what is valid on the date. Runs its executors on the test thread.
 */
class AnnotationSessionTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path dir;
    private Store store;
    private AnnotationRepository repo;
    private AnnotationSession session;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("s.db"));
        repo = store.annotationRepository();
        session = new AnnotationSession(Runnable::run, Runnable::run, "anna");
        session.attach(repo);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private Annotation point(String title, LocalDate from, LocalDate until) {
        return AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POINT,
                GF.createPoint(new Coordinate(23.69, 53.53)), "anna", session.stamp(), "#D81B60")
                .title(title).validity(from, until).build();
    }

    @Test
    void whatIsReadIsPreparedOnTheReadingThreadBeforeItIsShown() throws Exception {
        repo.importAll(List.of(point("Queue", null, null), point("Camp", null, null)), "anna");
        java.util.concurrent.ExecutorService reading = java.util.concurrent.Executors.newSingleThreadExecutor(
                r -> new Thread(r, "annotation-reads"));
        try {
            AnnotationSession s = new AnnotationSession(reading, Runnable::run, "anna");
            List<String> prepared = new java.util.ArrayList<>();
            String[] on = new String[1];
            int[] shownBefore = {-1};
            s.setPreparation(all -> {
                on[0] = Thread.currentThread().getName();
                shownBefore[0] = s.annotations().size();
                all.forEach(a -> prepared.add(a.title()));
            });
            s.attach(repo).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(List.of("Queue", "Camp"), prepared);
            assertEquals("annotation-reads", on[0], "prepared where they were read, not on the screen's thread");
            assertEquals(0, shownBefore[0], "before the list shows them");
            assertEquals(2, s.annotations().size());
        } finally {
            reading.shutdownNow();
        }
    }

    @Test
    void changesUndoAndRedoAreWrittenInOrder() throws Exception {
        Annotation a = point("Queue", null, null);
        session.apply(AnnotationEdit.create("Draw point", a));
        Annotation b = AnnotationBuilder.from(a).note("40 lorries").modified(session.stamp()).build();
        session.apply(AnnotationEdit.update("Edit note", a, b));
        assertEquals(0, session.pendingWritesProperty().get());
        assertEquals(2, session.committedWritesProperty().get());
        assertEquals("40 lorries", repo.find(a.id()).orElseThrow().note());
        assertEquals("Edit note", session.undoLabelProperty().get());

        assertTrue(session.undo());
        assertEquals("", repo.find(a.id()).orElseThrow().note());
        assertEquals("", session.get(a.id()).note(), "the screen shows what the store holds");
        assertTrue(session.undo());
        assertTrue(repo.find(a.id()).isEmpty());
        assertFalse(session.undo(), "nothing left to undo");
        assertTrue(session.redo());
        assertTrue(session.redo());
        assertEquals("40 lorries", repo.find(a.id()).orElseThrow().note());
        assertFalse(session.canRedoProperty().get());
        List<AnnotationRevision.Action> actions = repo.history(a.id()).stream().map(AnnotationRevision::action).toList();
        assertEquals(6, actions.size(), actions.toString());
        assertEquals(6, session.committedWritesProperty().get());
    }

    @Test
    void aRefusedWriteIsReportedAndTheStoreWins() throws Exception {
        Annotation a = point("Queue", null, null);
        session.apply(AnnotationEdit.create("Draw point", a));
        Annotation linked = AnnotationBuilder.from(a).eventIds(List.of("no-such-event")).modified(session.stamp()).build();
        session.apply(AnnotationEdit.update("Edit linked events", a, linked));
        assertTrue(session.messageProperty().get().contains("no-such-event"), session.messageProperty().get());
        assertEquals(List.of(), session.get(a.id()).eventIds(), "the refused change is no longer shown");
        assertFalse(session.canUndoProperty().get(), "the history was cleared with the refused change");
        assertEquals(1, repo.history(a.id()).size());
    }

    @Test
    void theMapShowsOnlyWhatIsValidOnTheDate() {
        Annotation always = point("Always", null, null);
        Annotation nov2021 = point("Crisis", LocalDate.of(2021, 11, 8), LocalDate.of(2021, 11, 19));
        Annotation since2023 = point("Closure", LocalDate.of(2023, 11, 18), null);
        for (Annotation a : List.of(always, nov2021, since2023)) {
            session.apply(AnnotationEdit.create("Draw point", a));
        }
        session.dateProperty().set(LocalDate.of(2021, 11, 8));
        assertEquals(List.of(always, nov2021), session.visibleProperty().get(), "the first day is inside");
        session.dateProperty().set(LocalDate.of(2021, 11, 19));
        assertEquals(List.of(always), session.visibleProperty().get(), "the until day is outside");
        session.dateProperty().set(LocalDate.of(2024, 1, 1));
        assertEquals(List.of(always, since2023), session.visibleProperty().get());
        session.hiddenIdProperty().set(always.id());
        assertEquals(List.of(since2023), session.visibleProperty().get(), "the one being dragged is left to the tools");
    }

    @Test
    void theListShownIsKeptWhileNoAnnotationComesOrGoesAndIsRightOnEveryDay() {
        Annotation always = point("Always", null, null);
        Annotation nov2021 = point("Crisis", LocalDate.of(2021, 11, 8), LocalDate.of(2021, 11, 19));
        Annotation since2023 = point("Closure", LocalDate.of(2023, 11, 18), null);
        Annotation until2022 = point("Camp", null, LocalDate.of(2022, 3, 1));
        for (Annotation a : List.of(always, nov2021, since2023, until2022)) {
            session.apply(AnnotationEdit.create("Draw point", a));
        }
        int[] told = new int[1];
        session.visibleProperty().addListener((javafx.beans.InvalidationListener) o -> told[0]++);
        session.dateProperty().set(LocalDate.of(2022, 6, 1));
        List<Annotation> shown = session.visibleProperty().get();
        assertEquals(List.of(always), shown);
        int before = told[0];
        for (LocalDate d = LocalDate.of(2022, 6, 2); d.isBefore(LocalDate.of(2023, 11, 18)); d = d.plusDays(1)) {
            session.dateProperty().set(d);
        }
        assertTrue(shown == session.visibleProperty().get(), "the same list on every day before the closure");
        assertEquals(before, told[0], "and no listener told of a change");
        session.dateProperty().set(LocalDate.of(2023, 11, 18));
        assertEquals(List.of(always, since2023), session.visibleProperty().get(), "the closure's first day");

        // every day from 2021 to 2025, walked forwards and back in steps of 1 to 40 days, as a filter of all of them finds it
        java.util.Random random = new java.util.Random(7);
        LocalDate d = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < 2_000; i++) {
            d = d.plusDays((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(40)));
            if (d.isBefore(LocalDate.of(2021, 1, 1)) || d.isAfter(LocalDate.of(2025, 12, 31))) {
                d = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1_800));
            }
            session.dateProperty().set(d);
            LocalDate day = d;
            assertEquals(session.annotations().stream().filter(a -> a.visibleOn(day)).toList(), session.visibleProperty().get(), day.toString());
        }

        // an edit is shown at once, on the same day
        session.dateProperty().set(LocalDate.of(2021, 12, 1));
        assertEquals(List.of(always, until2022), session.visibleProperty().get());
        Annotation shorter = AnnotationBuilder.from(until2022).validity(null, LocalDate.of(2021, 12, 1)).modified(session.stamp()).build();
        session.apply(AnnotationEdit.update("Edit validity", until2022, shorter));
        assertEquals(List.of(always), session.visibleProperty().get(), "its last day was the day before");
        session.hiddenIdProperty().set(always.id());
        assertEquals(List.of(), session.visibleProperty().get());
        session.hiddenIdProperty().set(null);
        assertEquals(List.of(always), session.visibleProperty().get());
    }

    @Test
    void stampsNeverRepeatOrGoBack() {
        Instant a = session.stamp();
        Instant b = session.stamp();
        assertTrue(b.isAfter(a));
    }
}
