package org.borderwatch.store;

import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationFilter;

/**
 * The analysts' annotations in a {@link Store}, and their history.
 *
 * <p><b>Writes.</b> {@link #commit} writes one {@link AnnotationEdit} and its revision row (who,
 * when, what changed, the previous and new content) in one transaction; when it returns, the
 * change is committed. Deleting only marks the annotation, so its history stays and it can be
 * brought back.
 *
 * <p><b>Conflicts.</b> An edit names the state it starts from ({@link AnnotationEdit#before()}).
 * When the stored annotation is not that state any more — changed in another window or by
 * another analyst, deleted meanwhile, or created twice — the commit is refused with an
 * {@link AnnotationConflictException} carrying the stored state, and nothing is written: a save
 * never overwrites a change it has not seen. A store shared by several people implements the
 * same contract; their edits conflict the same way.
 *
 * <p><b>Threads.</b> Every call does I/O: call from a background thread, never from the JavaFX
 * Application Thread.
 */
public interface AnnotationRepository {
    /** The store this repository writes to. */
    Store store();

    /**
     * Commits {@code edit} as a change by {@code user}, with its revision, in one transaction.
     * A creation of an id whose annotation was deleted brings it back (a {@code restore} revision).
     *
     * @return the annotation as now stored, or {@code null} after a deletion
     * @throws AnnotationConflictException when the stored state is not {@code edit.before()}
     * @throws StoreException              when a linked event is not in the store, or the write
     *                                     fails; nothing is written then
     */
    Annotation commit(AnnotationEdit edit, String user) throws StoreException;

    /**
     * Imports annotations read from a file as changes by {@code user}, all in one transaction: a
     * new id is created, a deleted one brought back, a changed one updated (each with its
     * revision), an identical one left alone. Any problem refuses the whole file.
     */
    ImportCounts importAll(List<Annotation> annotations, String user) throws StoreException;

    /** The live (not deleted) annotation {@code id}. */
    Optional<Annotation> find(String id) throws StoreException;

    /** Every live annotation, oldest first. */
    List<Annotation> all() throws StoreException;

    /**
     * The live annotations that pass {@code filter}: with a text, those whose title or note hold
     * every word (as a prefix, ignoring case and diacritics), best match first; without, oldest first.
     */
    List<Annotation> search(AnnotationFilter filter) throws StoreException;

    /** The history of annotation {@code id} (deleted or not), oldest revision first. */
    List<AnnotationRevision> history(String id) throws StoreException;

    /**
     * The name this store records {@code localUser}'s changes under, and so the author to write
     * into annotations: the local name for a store on this computer; the connected database role
     * for a team store, which records no other.
     */
    default String authorName(String localUser) {
        return localUser;
    }
}
