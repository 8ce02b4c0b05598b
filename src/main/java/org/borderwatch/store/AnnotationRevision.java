package org.borderwatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;

/**
 * One row of an annotation's history: who changed it, when, how, which fields, and the whole
 * annotation before and after.
 *
 * @param annotationId  the annotation
 * @param revision      1 for the creation, then 2, 3 … in the order the changes were committed
 * @param author        who made the change (the operating-system user or the preference)
 * @param at            when the change was committed (UTC)
 * @param action        what kind of change it was
 * @param changedFields the bundle keys whose values changed ({@code title}, {@code note}, {@code geometry} …)
 * @param previous      the annotation before the change, or {@code null} for a creation
 * @param current       the annotation after the change (for a deletion: as it was when deleted)
 */
public record AnnotationRevision(String annotationId, int revision, String author, Instant at, Action action,
                                 List<String> changedFields, Annotation previous, Annotation current) {
    /** The kinds of change the history records (the {@code action} column). */
    public enum Action {
        CREATE, UPDATE, DELETE, RESTORE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action parse(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public AnnotationRevision {
        if (annotationId == null || revision < 1 || author == null || at == null || action == null || current == null) {
            throw new IllegalArgumentException("incomplete revision " + revision + " of annotation " + annotationId);
        }
        changedFields = List.copyOf(changedFields);
    }

    /**
     * The change that brings this revision's content back, made at {@code now} over
     * {@code stored} (the annotation as it is now, or {@code null} when it is deleted). Its
     * "created" stays that of the annotation; "modified" becomes {@code now}.
     */
    public AnnotationEdit restoreEdit(Annotation stored, Instant now) {
        String label = "Restore version " + revision;
        return new AnnotationEdit(label, stored, current, revision).restamped(now);
    }
}
