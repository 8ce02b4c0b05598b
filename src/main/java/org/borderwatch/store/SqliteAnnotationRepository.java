package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationFilter;

/**
 * The analysts' annotations in a {@link SqliteStore}, and their history (see {@link AnnotationRepository}).
 *
 * <p><b>Writes.</b> {@link #commit} writes one {@link AnnotationEdit} and its revision row (who,
 * when, what changed, the previous and new content as JSON) in one transaction; a revision is
 * dated with the change's "modified" time (deletions and imports: the clock's time). When it returns,
 * the change is committed: a process killed right after loses nothing. Deleting only marks the
 * row, so the history of a deleted annotation stays and it can be brought back.
 *
 * <p><b>Conflicts.</b> An edit names the state it starts from; when the stored annotation is not
 * that state any more (changed in another window, or deleted), the commit is refused with a
 * {@link StoreException} and nothing is written.
 *
 * <p><b>Threads.</b> Every call does disk I/O under the store's lock: call from a background
 * thread, never from the JavaFX Application Thread.
 */
final class SqliteAnnotationRepository implements AnnotationRepository {
    private final SqliteStore store;
    private final Clock clock;

    SqliteAnnotationRepository(SqliteStore store) {
        this(store, Clock.systemUTC());
    }

    /** With an explicit clock for the time of deletions (creations and updates carry their own). */
    SqliteAnnotationRepository(SqliteStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Store store() {
        return store;
    }

    /**
     * Commits {@code edit} as a change by {@code user}, with its revision, in one transaction.
     * A creation of an id whose annotation was deleted brings it back (a {@code restore} revision).
     *
     * @return the annotation as now stored, or {@code null} after a deletion
     * @throws StoreException when the stored state is not {@code edit.before()}, a linked event is
     *                        not in the store, or the write fails; nothing is written then
     */
    @Override
    public Annotation commit(AnnotationEdit edit, String user) throws StoreException {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a change needs the name of who made it");
        }
        try {
            return store.inTransaction(c -> write(c, edit, user, edit.after() != null ? edit.after().modified() : clock.instant()));
        } catch (SQLException e) {
            throw new StoreException("Could not save annotation \"" + describe(edit.after() != null ? edit.after()
                    : edit.before()) + "\" in " + store.path() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Imports annotations read from a file as changes by {@code user}, all in one transaction: a
     * new id is created, a deleted one brought back, a changed one updated (each with its
     * revision), an identical one left alone. Any problem (an unknown linked event) refuses the
     * whole file and writes nothing.
     */
    @Override
    public ImportCounts importAll(List<Annotation> annotations, String user) throws StoreException {
        try {
            java.time.Instant now = clock.instant();
            return store.inTransaction(c -> {
                ImportCounts.Tally tally = new ImportCounts.Tally();
                for (Annotation a : annotations) {
                    AnnotationTable.Stored stored = AnnotationRows.load(c, a.id());
                    if (stored != null && !stored.deleted() && stored.annotation().equals(a)) {
                        tally.unchanged++;
                        continue;
                    }
                    Annotation before = stored == null || stored.deleted() ? null : stored.annotation();
                    write(c, new AnnotationEdit("Import", before, a, null), user, now);
                    if (before == null) {
                        tally.added++;
                    } else {
                        tally.updated++;
                    }
                }
                return tally.counts();
            });
        } catch (SQLException e) {
            throw new StoreException("Could not import annotations into " + store.path() + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Writes one edit and its revision, dated {@code at}, inside the caller's transaction. */
    private Annotation write(Connection c, AnnotationEdit edit, String user, java.time.Instant at)
            throws SQLException, StoreException {
        AnnotationTable.Stored stored = AnnotationRows.load(c, edit.id());
        requireStartState(edit, stored);
        Annotation after = edit.after();
        if (after != null) {
            List<String> unknown = AnnotationRows.unknownEvents(c, after.eventIds());
            if (!unknown.isEmpty()) {
                throw new StoreException("Annotation \"" + describe(after) + "\" links to "
                        + (unknown.size() == 1 ? "event " : "events ") + String.join(", ", unknown)
                        + ", which " + (unknown.size() == 1 ? "is" : "are") + " not in the store.");
            }
        }
        Annotation previous = stored == null ? null : stored.annotation();
        if (after == null) {
            AnnotationRows.markDeleted(c, edit.id());
            AnnotationTable.appendRevision(c, edit.id(), user, at, AnnotationRevision.Action.DELETE.code(),
                    List.of("deleted"), BundleJson.compact(previous), BundleJson.compact(previous));
            return null;
        }
        AnnotationRows.write(c, after, stored != null);
        List<String> changed = AnnotationTable.changedFields(previous, after);
        AnnotationRevision.Action action;
        if (stored == null) {
            action = AnnotationRevision.Action.CREATE;
        } else if (stored.deleted()) {
            action = AnnotationRevision.Action.RESTORE;
            changed = new ArrayList<>(changed);
            changed.add("deleted");
        } else {
            action = edit.restoredRevision() != null ? AnnotationRevision.Action.RESTORE : AnnotationRevision.Action.UPDATE;
        }
        AnnotationTable.appendRevision(c, after.id(), user, at, action.code(), changed,
                previous == null ? null : BundleJson.compact(previous), BundleJson.compact(after));
        return after;
    }

    private static void requireStartState(AnnotationEdit edit, AnnotationTable.Stored stored) throws StoreException {
        Annotation before = edit.before();
        String name = describe(before != null ? before : edit.after());
        if (before == null) {
            if (stored != null && !stored.deleted()) {
                throw new AnnotationConflictException("Annotation \"" + name + "\" (" + edit.id() + ") already exists.",
                        edit, stored.annotation());
            }
            return;
        }
        if (stored == null || stored.deleted()) {
            throw new AnnotationConflictException("Annotation \"" + name + "\" was deleted meanwhile; the change was not saved.",
                    edit, null);
        }
        if (!stored.annotation().modified().equals(before.modified())) {
            throw new AnnotationConflictException("Annotation \"" + name + "\" was changed elsewhere at "
                    + stored.annotation().modified() + "; reload it before changing it again.", edit, stored.annotation());
        }
    }

    /** The live (not deleted) annotation {@code id}. */
    @Override
    public Optional<Annotation> find(String id) throws StoreException {
        try {
            return store.inTransaction(c -> {
                AnnotationTable.Stored s = AnnotationRows.load(c, id);
                return s == null || s.deleted() ? Optional.<Annotation>empty() : Optional.of(s.annotation());
            });
        } catch (SQLException e) {
            throw failure("read annotation " + id + " from", e);
        }
    }

    /** Every live annotation, oldest first. */
    @Override
    public List<Annotation> all() throws StoreException {
        return store.annotations();
    }

    /**
     * The live annotations that pass {@code filter}: with a text, those whose title or note hold
     * every word (as a prefix, ignoring case and diacritics), best match first; without, oldest first.
     */
    @Override
    public List<Annotation> search(AnnotationFilter filter) throws StoreException {
        List<Annotation> all = all();
        String query = FtsQuery.build(filter.text());
        if (filter.text() != null && query == null) {
            return List.of();
        }
        List<Annotation> out = new ArrayList<>();
        if (query == null) {
            for (Annotation a : all) {
                if (filter.matchesAttributes(a)) {
                    out.add(a);
                }
            }
            return out;
        }
        Map<String, Annotation> byId = new HashMap<>();
        all.forEach(a -> byId.put(a.id(), a));
        try {
            for (String id : store.inTransaction(c -> AnnotationRows.searchIds(c, query))) {
                Annotation a = byId.get(id);
                if (a != null && filter.matchesAttributes(a)) {
                    out.add(a);
                }
            }
        } catch (SQLException e) {
            throw failure("search the annotations of", e);
        }
        return out;
    }

    /** The history of annotation {@code id} (deleted or not), oldest revision first. */
    @Override
    public List<AnnotationRevision> history(String id) throws StoreException {
        try {
            return store.inTransaction(c -> AnnotationRows.history(c, id));
        } catch (SQLException e) {
            throw failure("read the history of annotation " + id + " from", e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("Could not " + what + " " + store.path() + ": " + firstLine(e.getMessage()), e);
    }

    private static String describe(Annotation a) {
        return a.title().isBlank() ? a.kind().label().toLowerCase(java.util.Locale.ROOT) : a.title();
    }

    private static String firstLine(String s) {
        String t = String.valueOf(s);
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
