package org.borderwatch.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo and redo history of annotation edits: a new edit clears what could be redone, undoing
 * moves the newest edit to the redo side and redoing moves it back. Holds at most {@code limit}
 * edits to undo; the oldest fall off.
 *
 * <p>The stack records what was committed; it does not write anything itself. The caller makes
 * the {@link AnnotationEdit#reversed reversed} (undo) or {@link AnnotationEdit#restamped
 * restamped} (redo) change, stores it, and only then calls {@link #undone} or {@link #redone} with
 * the edit as committed. Not thread-safe: use it from one thread.
 */
public final class UndoStack {
    private final int limit;
    /** Oldest first; the last element is the edit to undo next. */
    private final List<AnnotationEdit> undo = new ArrayList<>();
    /** Oldest first; the last element is the edit to redo next. */
    private final List<AnnotationEdit> redo = new ArrayList<>();

    /** A stack that keeps at most {@code limit} (≥ 1) edits to undo. */
    public UndoStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo stack needs room for at least one edit, not " + limit);
        }
        this.limit = limit;
    }

    /** Records a new committed edit; whatever could be redone is forgotten. */
    public void push(AnnotationEdit edit) {
        undo.add(edit);
        trim();
        redo.clear();
    }

    /** The edit {@code Ctrl+Z} would undo. */
    public Optional<AnnotationEdit> peekUndo() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.get(undo.size() - 1));
    }

    /** The edit {@code Ctrl+Y} would redo. */
    public Optional<AnnotationEdit> peekRedo() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.get(redo.size() - 1));
    }

    /**
     * The newest edit was undone: {@code committedReverse} is the reversing change as stored.
     * Redo will bring back the edit's target state starting from what the undo stored, and the
     * next older edit of the same annotation now ends in that stored state.
     */
    public void undone(AnnotationEdit committedReverse) {
        AnnotationEdit edit = undo.remove(undo.size() - 1);
        Annotation stored = committedReverse.after();
        redo.add(new AnnotationEdit(edit.label(), stored, edit.after(), edit.restoredRevision()));
        for (int i = undo.size() - 1; i >= 0; i--) {
            AnnotationEdit older = undo.get(i);
            if (older.id().equals(edit.id())) {
                if (stored != null) {
                    undo.set(i, new AnnotationEdit(older.label(), older.before(), stored, older.restoredRevision()));
                }
                break;
            }
        }
    }

    /**
     * The newest undone edit was redone: {@code committedRedo} is the change as stored. The next
     * undone edit of the same annotation now starts from that stored state.
     */
    public void redone(AnnotationEdit committedRedo) {
        redo.remove(redo.size() - 1);
        undo.add(committedRedo);
        trim();
        for (int i = redo.size() - 1; i >= 0; i--) {
            AnnotationEdit later = redo.get(i);
            if (later.id().equals(committedRedo.id())) {
                if (committedRedo.after() != null || later.after() != null) {
                    redo.set(i, new AnnotationEdit(later.label(), committedRedo.after(), later.after(),
                            later.restoredRevision()));
                }
                break;
            }
        }
    }

    private void trim() {
        while (undo.size() > limit) {
            undo.remove(0);
        }
    }

    /** Forgets everything (after a failed write left the history out of step with the store). */
    public void clear() {
        undo.clear();
        redo.clear();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public int undoSize() {
        return undo.size();
    }

    public int redoSize() {
        return redo.size();
    }
}
