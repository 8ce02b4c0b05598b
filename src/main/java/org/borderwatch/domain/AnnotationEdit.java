package org.borderwatch.domain;

import java.time.Instant;

/**
 * One change of one annotation, as the analyst made it and as the store writes it: the state
 * before ({@code null} when the annotation is created) and after ({@code null} when it is deleted).
 * Undo applies {@link #reversed}, redo applies {@link #restamped}; both are new changes dated when
 * they happen, so history only ever grows and "modified" never goes back in time.
 *
 * @param label            what the change did, for the Undo/Redo menu ("Move", "Edit note")
 * @param before           the annotation as stored before, or {@code null} for a creation
 * @param after            the annotation as it is to be stored, or {@code null} for a deletion
 * @param restoredRevision the revision number whose content {@code after} brings back, or {@code null}
 */
public record AnnotationEdit(String label, Annotation before, Annotation after, Integer restoredRevision) {
    /** What kind of write an edit is. */
    public enum Type { CREATE, UPDATE, DELETE }

    public AnnotationEdit {
        Util.requireText(label, "edit label");
        if (before == null && after == null) {
            throw new IllegalArgumentException("an edit needs a state before or after");
        }
        if (before != null && after != null) {
            if (!before.id().equals(after.id())) {
                throw new IllegalArgumentException("an edit changes one annotation, not " + before.id() + " into " + after.id());
            }
            if (before.kind() != after.kind()) {
                throw new IllegalArgumentException("annotation " + before.id() + ": its kind cannot change ("
                        + before.kind().code() + " → " + after.kind().code() + ")");
            }
        }
        if (restoredRevision != null && (restoredRevision < 1 || after == null)) {
            throw new IllegalArgumentException("a restore needs a revision ≥ 1 and a restored state");
        }
    }

    public static AnnotationEdit create(String label, Annotation a) {
        return new AnnotationEdit(label, null, a, null);
    }

    public static AnnotationEdit update(String label, Annotation before, Annotation after) {
        return new AnnotationEdit(label, before, after, null);
    }

    public static AnnotationEdit delete(String label, Annotation a) {
        return new AnnotationEdit(label, a, null, null);
    }

    /** The id of the annotation changed. */
    public String id() {
        return after != null ? after.id() : before.id();
    }

    public Type type() {
        return before == null ? Type.CREATE : after == null ? Type.DELETE : Type.UPDATE;
    }

    /**
     * The change that undoes this one when made at {@code now}: from {@code after} back to
     * {@code before}, with "modified" set to {@code now} (a deletion undone brings the annotation
     * back; a creation undone deletes it).
     */
    public AnnotationEdit reversed(Instant now) {
        return new AnnotationEdit(label, after, before == null ? null : stamp(before, now), null);
    }

    /** This change made again at {@code now}: the same target state, "modified" set to {@code now}. */
    public AnnotationEdit restamped(Instant now) {
        return new AnnotationEdit(label, before, after == null ? null : stamp(after, now), restoredRevision);
    }

    /** This change starting from {@code current} (the state actually stored now) instead of {@code before}. */
    public AnnotationEdit from(Annotation current) {
        return new AnnotationEdit(label, current, after, restoredRevision);
    }

    private static Annotation stamp(Annotation a, Instant now) {
        Instant at = now.isBefore(a.created()) ? a.created() : now;
        return AnnotationBuilder.from(a).modified(at).build();
    }
}
