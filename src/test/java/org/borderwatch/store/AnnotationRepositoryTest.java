package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationFilter;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.UndoStack;
import org.borderwatch.store.AnnotationRevision.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every change of an annotation is stored with its revision; history can be read and restored. On both engines. */
@ParameterizedClass
@EnumSource(StoreEngine.class)
class AnnotationRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @Parameter
    StoreEngine engine;
    @TempDir
    Path dir;
    private Store store;
    private AnnotationRepository repo;

    @BeforeEach
    void open() throws Exception {
        store = engine.open(dir, "a.db");
        repo = store.annotationRepository();
    }

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    private static Instant t(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    @Test
    void createUpdateDeleteAndUndeleteEachLeaveOneRevision() throws Exception {
        Annotation a = TestAnnotations.area("Camp by the fence", "Seen on two videos.", "anna", T0);
        repo.commit(AnnotationEdit.create("Draw area", a), "anna");
        Annotation b = AnnotationBuilder.from(a).note("Seen on two videos.\nConfirmed by the guard.").modified(t(5)).build();
        repo.commit(AnnotationEdit.update("Edit note", a, b), "bruno");
        repo.commit(AnnotationEdit.delete("Delete", b), "anna");

        assertTrue(repo.find(a.id()).isEmpty(), "a deleted annotation is not found");
        assertTrue(repo.all().isEmpty());

        repo.commit(AnnotationEdit.delete("Delete", b).reversed(t(9)), "anna");
        Annotation back = repo.find(a.id()).orElseThrow();
        assertEquals(b.note(), back.note());
        assertEquals(t(9), back.modified());

        List<AnnotationRevision> h = repo.history(a.id());
        assertEquals(List.of(Action.CREATE, Action.UPDATE, Action.DELETE, Action.RESTORE),
                h.stream().map(AnnotationRevision::action).toList());
        assertEquals(List.of(1, 2, 3, 4), h.stream().map(AnnotationRevision::revision).toList());
        assertNull(h.get(0).previous());
        assertEquals(a, h.get(0).current());
        assertEquals(repo.authorName("bruno"), h.get(1).author(), "the revision names who changed it, as the store records them");
        assertEquals(t(5), h.get(1).at());
        assertEquals(List.of("note", "modified"), h.get(1).changedFields().stream().filter(f -> !f.equals("kind")).toList());
        assertEquals("Seen on two videos.", h.get(1).previous().note(), "the previous value is kept");
        assertEquals(b, h.get(1).current());
        assertEquals(List.of("deleted"), h.get(2).changedFields());
        assertTrue(h.get(3).changedFields().contains("deleted"));
    }

    @Test
    void restoringAnEarlierVersionIsItselfANewRevision() throws Exception {
        Annotation v1 = TestAnnotations.area("Camp", "First sighting", "anna", T0);
        repo.commit(AnnotationEdit.create("Draw area", v1), "anna");
        Annotation v2 = AnnotationBuilder.from(v1).title("Camp, larger").confidence(Confidence.CONFIRMED).modified(t(1)).build();
        repo.commit(AnnotationEdit.update("Edit", v1, v2), "anna");
        Annotation v3 = AnnotationBuilder.from(v2).note("Tents removed").modified(t(2)).build();
        repo.commit(AnnotationEdit.update("Edit", v2, v3), "anna");

        AnnotationRevision first = repo.history(v1.id()).get(0);
        repo.commit(first.restoreEdit(v3, t(3)), "bruno");

        Annotation now = repo.find(v1.id()).orElseThrow();
        assertEquals("Camp", now.title());
        assertEquals("First sighting", now.note());
        assertEquals(Confidence.PROBABLE, now.confidence());
        assertEquals(v1.created(), now.created());
        assertEquals(t(3), now.modified());
        List<AnnotationRevision> h = repo.history(v1.id());
        assertEquals(4, h.size());
        AnnotationRevision restore = h.get(3);
        assertEquals(Action.RESTORE, restore.action());
        assertEquals(repo.authorName("bruno"), restore.author());
        assertEquals(v3, restore.previous());
        assertTrue(restore.changedFields().containsAll(List.of("title", "note", "confidence")), restore.changedFields().toString());
        assertEquals(v3, h.get(2).current(), "the restored-over version stays in the history");
    }

    @Test
    void aChangeFromAStaleStateIsRefusedAndWritesNothing() throws Exception {
        Annotation a = TestAnnotations.area("Camp", "", "anna", T0);
        repo.commit(AnnotationEdit.create("Draw area", a), "anna");
        Annotation b = AnnotationBuilder.from(a).note("one").modified(t(1)).build();
        repo.commit(AnnotationEdit.update("Edit", a, b), "anna");
        Annotation stale = AnnotationBuilder.from(a).note("two").modified(t(2)).build();

        AnnotationConflictException e = assertThrows(AnnotationConflictException.class,
                () -> repo.commit(AnnotationEdit.update("Edit", a, stale), "bruno"));
        assertTrue(e.getMessage().contains("changed elsewhere"), e.getMessage());
        assertEquals(b, e.stored(), "the conflict carries what is stored, to be shown beside the refused edit");
        assertEquals(stale, e.edit().after());
        assertEquals("one", repo.find(a.id()).orElseThrow().note());
        assertEquals(2, repo.history(a.id()).size());
        assertThrows(StoreException.class, () -> repo.commit(AnnotationEdit.create("Draw area", a), "anna"),
                "an id cannot be created twice");
    }

    @Test
    void aLinkToAnEventThatIsNotStoredIsRefusedByName() throws Exception {
        store.importBundle(TestBundles.write(dir, "b.json", TestBundles.SAMPLE));
        Annotation a = AnnotationBuilder.from(TestAnnotations.point("Queue", "anna", T0))
                .eventIds(List.of("2021-11-09-kuznica-suspended", "2099-01-01-nothing")).build();
        StoreException e = assertThrows(StoreException.class, () -> repo.commit(AnnotationEdit.create("Draw", a), "anna"));
        assertTrue(e.getMessage().contains("2099-01-01-nothing"), e.getMessage());
        assertFalse(e.getMessage().contains("kuznica-suspended,"), e.getMessage());
        assertTrue(repo.find(a.id()).isEmpty());
        assertTrue(repo.history(a.id()).isEmpty(), "no revision row without its change");

        Annotation ok = AnnotationBuilder.from(a).eventIds(List.of("2021-11-09-kuznica-suspended")).build();
        repo.commit(AnnotationEdit.create("Draw", ok), "anna");
        assertEquals(List.of("2021-11-09-kuznica-suspended"), repo.find(a.id()).orElseThrow().eventIds());
    }

    @Test
    void searchFindsTitleAndNoteWordsAndFiltersByTagAuthorAndConfidence() throws Exception {
        Annotation camp = AnnotationBuilder.from(TestAnnotations.area("Camp near Kuźnica", "Tents by the fence", "anna", T0))
                .tags(List.of("Camp", "fence")).confidence(Confidence.CONFIRMED).build();
        Annotation queue = AnnotationBuilder.from(TestAnnotations.point("Lorry queue", "bruno", t(1)))
                .note("Queue of 40 lorries at Vaalimaa").tags(List.of("traffic")).build();
        Annotation fence = AnnotationBuilder.from(TestAnnotations.area("Fence breach", "A gap of 3 m", "bruno", t(2)))
                .tags(List.of("fence")).confidence(Confidence.DOUBTFUL).build();
        for (Annotation a : List.of(camp, queue, fence)) {
            repo.commit(AnnotationEdit.create("Draw", a), a.author());
        }
        assertEquals(List.of(camp), repo.search(AnnotationFilter.ALL.withText("kuznica")), "diacritics are ignored");
        assertEquals(List.of(queue), repo.search(AnnotationFilter.ALL.withText("lorr vaali")), "every word, as a prefix");
        assertEquals(List.of(camp), repo.search(AnnotationFilter.ALL.withText("tents")), "the note is searched");
        assertEquals(List.of(camp, fence), repo.search(AnnotationFilter.ALL.withTag("FENCE")));
        assertEquals(List.of(queue, fence), repo.search(AnnotationFilter.ALL.withAuthor("bruno")));
        assertEquals(List.of(fence), repo.search(AnnotationFilter.ALL.withAuthor("bruno").withConfidence(Confidence.DOUBTFUL)));
        assertEquals(List.of(), repo.search(AnnotationFilter.ALL.withText("\"*")), "no words, no hits, no syntax error");

        Annotation renamed = AnnotationBuilder.from(camp).title("Camp cleared").note("").modified(t(5)).build();
        repo.commit(AnnotationEdit.update("Edit", camp, renamed), "anna");
        assertEquals(List.of(), repo.search(AnnotationFilter.ALL.withText("kuznica")), "the index follows edits");
        repo.commit(AnnotationEdit.delete("Delete", fence), "bruno");
        assertEquals(List.of(), repo.search(AnnotationFilter.ALL.withText("breach")), "deleted ones are not found");
    }

    @Test
    void undoAndRedoThroughTheStackAreStoreWrites() throws Exception {
        UndoStack stack = new UndoStack(100);
        Annotation a = TestAnnotations.area("Camp", "", "anna", T0);
        AnnotationEdit create = AnnotationEdit.create("Draw area", a);
        repo.commit(create, "anna");
        stack.push(create);
        Annotation b = AnnotationBuilder.from(a).note("Tents").modified(t(1)).build();
        AnnotationEdit note = AnnotationEdit.update("Edit note", a, b);
        repo.commit(note, "anna");
        stack.push(note);

        AnnotationEdit undoNote = stack.peekUndo().orElseThrow().reversed(t(2));
        repo.commit(undoNote, "anna");
        stack.undone(undoNote);
        assertEquals("", repo.find(a.id()).orElseThrow().note());
        AnnotationEdit undoCreate = stack.peekUndo().orElseThrow().reversed(t(3));
        repo.commit(undoCreate, "anna");
        stack.undone(undoCreate);
        assertTrue(repo.find(a.id()).isEmpty());
        assertFalse(stack.canUndo());

        for (int i = 0; i < 2; i++) {
            AnnotationEdit redo = stack.peekRedo().orElseThrow().restamped(t(4 + i));
            repo.commit(redo, "anna");
            stack.redone(redo);
        }
        Annotation now = repo.find(a.id()).orElseThrow();
        assertEquals("Tents", now.note());
        assertEquals(t(5), now.modified());
        assertEquals(List.of(Action.CREATE, Action.UPDATE, Action.UPDATE, Action.DELETE, Action.RESTORE, Action.UPDATE),
                repo.history(a.id()).stream().map(AnnotationRevision::action).toList());
    }

    @Test
    void theHistorySurvivesReopening() throws Exception {
        Annotation a = TestAnnotations.area("Camp", "", "anna", T0);
        repo.commit(AnnotationEdit.create("Draw area", a), "anna");
        Annotation b = AnnotationBuilder.from(a).note("Tents").modified(t(1)).build();
        repo.commit(AnnotationEdit.update("Edit note", a, b), "anna");
        store.close();
        store = engine.open(dir, "a.db");
        repo = store.annotationRepository();
        assertEquals(b, repo.find(a.id()).orElseThrow());
        assertEquals(2, repo.history(a.id()).size());
        assertEquals(b, repo.history(a.id()).get(1).current());
    }

    @Test
    void slidesOfSomeDaysReadOnlyTheAnnotationsShownOnThem() throws Exception {
        LocalDate d0 = LocalDate.of(2023, 11, 1);
        List<Annotation> made = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // spans of 1 to 40 days starting every fifth day, some open at one end or both
            LocalDate from = i % 9 == 0 ? null : d0.plusDays(5L * i - 60);
            LocalDate until = i % 7 == 0 ? null : (from == null ? d0.plusDays(5L * i - 60) : from).plusDays(1 + i);
            Annotation a = AnnotationBuilder.from(TestAnnotations.area("Area " + i, "note " + i, "anna", t(i)))
                    .tags(i % 4 == 0 ? List.of() : List.of("t" + i % 3, "u" + i))
                    .validity(from, until).build();
            made.add(a);
        }
        repo.importAll(made, "anna");
        Annotation gone = made.get(12);
        repo.commit(AnnotationEdit.delete("Delete", repo.find(gone.id()).orElseThrow()), "anna");
        List<Annotation> live = repo.all();
        int narrower = 0;
        for (int k = 0; k < 90; k++) {
            LocalDate first = d0.minusDays(70 - 3L * k);
            for (int days : new int[] {1, 2, 20}) {
                LocalDate last = first.plusDays(days - 1);
                List<Annotation> expected = live.stream().filter(a -> shownBetween(a, first, last)).toList();
                List<Annotation> read = store.annotationsShown(first, last);
                assertEquals(expected, read, first + " … " + last);
                narrower += read.size() < live.size() ? 1 : 0;
            }
        }
        assertTrue(narrower > 100, "most spans show fewer than all: " + narrower);
        assertTrue(store.annotationsShown(LocalDate.of(1, 1, 1), LocalDate.of(9999, 1, 1)).stream()
                .noneMatch(a -> a.id().equals(gone.id())), "a deleted annotation is never shown");
    }

    private static boolean shownBetween(Annotation a, LocalDate first, LocalDate last) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (a.visibleOn(d)) {
                return true;
            }
        }
        return false;
    }
}
