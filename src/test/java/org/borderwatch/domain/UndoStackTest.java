package org.borderwatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Undo and redo walk the history in order, and each step starts from what the previous one stored. */
class UndoStackTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final GeometryFactory GF = new GeometryFactory();

    private static Annotation point(String id, String title) {
        return AnnotationBuilder.create(id, AnnotationKind.POINT, GF.createPoint(new Coordinate(23.69, 53.53)), "anna",
                T0, "#D81B60").title(title).build();
    }

    private static Instant t(int m) {
        return T0.plusSeconds(60L * m);
    }

    @Test
    void undoThenRedoChainsThroughTheStoredStatesOfEachAnnotation() {
        UndoStack s = new UndoStack(10);
        Annotation a = point("a", "Queue");
        Annotation b = point("b", "Camp");
        Annotation a2 = AnnotationBuilder.from(a).title("Long queue").modified(t(1)).build();
        s.push(AnnotationEdit.create("Draw point", a));
        s.push(AnnotationEdit.create("Draw point", b));
        s.push(AnnotationEdit.update("Edit title", a, a2));

        AnnotationEdit undoTitle = s.peekUndo().orElseThrow().reversed(t(2));
        assertEquals("Queue", undoTitle.after().title());
        assertEquals(t(2), undoTitle.after().modified());
        assertEquals(a2, undoTitle.before());
        s.undone(undoTitle);
        s.undone(s.peekUndo().orElseThrow().reversed(t(3)));
        AnnotationEdit undoCreateA = s.peekUndo().orElseThrow().reversed(t(4));
        assertEquals(AnnotationEdit.Type.DELETE, undoCreateA.type());
        assertEquals(t(2), undoCreateA.before().modified(), "deleting starts from the state the first undo stored");
        s.undone(undoCreateA);
        assertFalse(s.canUndo());
        assertEquals(3, s.redoSize());

        AnnotationEdit redoCreateA = s.peekRedo().orElseThrow().restamped(t(5));
        assertNull(redoCreateA.before());
        assertEquals(t(5), redoCreateA.after().modified());
        s.redone(redoCreateA);
        s.redone(s.peekRedo().orElseThrow().restamped(t(6)));
        AnnotationEdit redoTitle = s.peekRedo().orElseThrow().restamped(t(7));
        assertEquals(t(5), redoTitle.before().modified(), "redo starts from the state the previous redo stored");
        assertEquals("Long queue", redoTitle.after().title());
        s.redone(redoTitle);
        assertFalse(s.canRedo());
        assertEquals(3, s.undoSize());
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedoneAndTheOldestFallOff() {
        UndoStack s = new UndoStack(2);
        s.push(AnnotationEdit.create("Draw", point("a", "")));
        s.push(AnnotationEdit.create("Draw", point("b", "")));
        s.push(AnnotationEdit.create("Draw", point("c", "")));
        assertEquals(2, s.undoSize());
        s.undone(s.peekUndo().orElseThrow().reversed(t(1)));
        assertTrue(s.canRedo());
        s.push(AnnotationEdit.create("Draw", point("d", "")));
        assertFalse(s.canRedo());
        assertEquals("d", s.peekUndo().orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> new UndoStack(0));
    }

    @Test
    void editsRefuseMixingAnnotationsOrKinds() {
        Annotation a = point("a", "");
        assertThrows(IllegalArgumentException.class, () -> AnnotationEdit.update("x", a, point("b", "")));
        assertThrows(IllegalArgumentException.class, () -> new AnnotationEdit("x", null, null, null));
        Annotation text = AnnotationBuilder.create("a", AnnotationKind.TEXT, a.geometry(), "anna", T0, "#000000").build();
        assertThrows(IllegalArgumentException.class, () -> AnnotationEdit.update("x", a, text));
    }

    @Test
    void filterMatchesTagsIgnoringCaseAndAllGivenCriteria() {
        Annotation a = AnnotationBuilder.from(point("a", "Camp")).tags(java.util.List.of("Fence", "camp"))
                .confidence(Confidence.CONFIRMED).validity(LocalDate.of(2021, 11, 8), LocalDate.of(2021, 11, 19)).build();
        assertTrue(AnnotationFilter.ALL.withTag("fence").matchesAttributes(a));
        assertTrue(new AnnotationFilter(" camp ", "anna", Confidence.CONFIRMED, "ignored here").matchesAttributes(a));
        assertFalse(AnnotationFilter.ALL.withAuthor("bruno").matchesAttributes(a));
        assertFalse(AnnotationFilter.ALL.withConfidence(Confidence.DOUBTFUL).matchesAttributes(a));
        assertNull(new AnnotationFilter("  ", "", null, " ").tag(), "blank criteria mean any");
    }
}
