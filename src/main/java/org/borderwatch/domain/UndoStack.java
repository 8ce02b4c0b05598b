package org.borderwatch.domain;

import java.util.ArrayDeque;
import java.util.Deque;
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
    private final Deque<AnnotationEdit> undo = new ArrayDeque<>();
    private final Deque<AnnotationEdit> redo = new ArrayDeque<>();

    /** A stack that keeps at most {@code limit} (≥ 1) edits to undo. */
    public UndoStack(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo stack needs room for at least one edit, not " + limit);
        }
        this.limit = limit;
    }

    /** Records a new committed edit; whatever could be redone is forgotten. */
    public void push(AnnotationEdit edit) {
        undo.push(edit);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The edit {@code Ctrl+Z} would undo. */
    public Optional<AnnotationEdit> peekUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The edit {@code Ctrl+Y} would redo. */
    public Optional<AnnotationEdit> peekRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /**
     * The newest edit was undone: {@code committedReverse} is the reversing change as stored.
     * Redo will bring back the newest edit's target state starting from what the undo stored.
     */
    public void undone(AnnotationEdit committedReverse) {
        AnnotationEdit edit = undo.pop();
        redo.push(new AnnotationEdit(edit.label(), committedReverse.after(), edit.after(), edit.restoredRevision()));
    }

    /** The newest undone edit was redone: {@code committedRedo} is the change as stored. */
    public void redone(AnnotationEdit committedRedo) {
        redo.pop();
        undo.push(committedRedo);
        while (undo.size() > limit) {
            undo.removeLast();
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
