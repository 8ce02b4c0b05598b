package org.borderwatch.store;

import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;

/**
 * An annotation edit refused because the stored annotation is no longer the state the edit
 * started from: it carries both sides, so the window can show them side by side and let the
 * analyst merge or choose. Nothing was written.
 */
public final class AnnotationConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient AnnotationEdit edit;
    private final transient Annotation stored;

    /**
     * @param edit   the refused edit (its {@code before} is what its author saw)
     * @param stored the annotation as stored now, or {@code null} when it was deleted meanwhile
     */
    public AnnotationConflictException(String message, AnnotationEdit edit, Annotation stored) {
        super(message, null);
        this.edit = edit;
        this.stored = stored;
    }

    /** The refused edit. */
    public AnnotationEdit edit() {
        return edit;
    }

    /** The annotation as stored now, or {@code null} when it was deleted meanwhile. */
    public Annotation stored() {
        return stored;
    }
}
