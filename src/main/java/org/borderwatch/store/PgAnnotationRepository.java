package org.borderwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationFilter;
import org.borderwatch.json.Json;

/**
 * The analysts' annotations in a team store ({@link PgStore}), and their history (see
 * {@link AnnotationRepository}).
 *
 * <p><b>Versions.</b> Each annotation row has a {@code version}: the number of its newest revision.
 * A commit locks the row ({@code SELECT … FOR UPDATE}), checks that the stored annotation is still
 * the state the edit started from, writes the new state with the next version and appends that
 * revision, in one transaction. Two analysts saving the same annotation at once are serialized
 * by the row lock: the second sees the first's version and is refused with an
 * {@link AnnotationConflictException} carrying both — never a lost update. A transaction locks
 * one annotation row only, so commits cannot deadlock one another.
 *
 * <p><b>Authors.</b> The author of a change is the connected database role ({@code session_user}),
 * whatever name the client passes: the server stamps it and its row-level security refuses
 * anything else from an analyst. {@link #authorName} tells the window that name.
 */
final class PgAnnotationRepository implements AnnotationRepository {
    private final PgStore store;
    private final Clock clock;

    PgAnnotationRepository(PgStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Store store() {
        return store;
    }

    /** The connected role: the only name a team store records changes under. */
    @Override
    public String authorName(String localUser) {
        return store.role();
    }

    @Override
    public Annotation commit(AnnotationEdit edit, String user) throws StoreException {
        Annotation shown = edit.after() != null ? edit.after() : edit.before();
        try {
            return store.write(c -> write(c, edit, edit.after() != null ? edit.after().modified() : clock.instant()));
        } catch (SQLException e) {
            throw store.failure("save annotation \"" + describe(shown) + "\" in", e);
        }
    }

    @Override
    public ImportCounts importAll(List<Annotation> annotations, String user) throws StoreException {
        try {
            Instant now = clock.instant();
            return store.write(c -> importAll(c, annotations, now));
        } catch (SQLException e) {
            throw store.failure("import annotations into", e);
        }
    }

    /** Imports inside the caller's transaction (see {@link #importAll(List, String)}). */
    static ImportCounts importAll(Connection c, List<Annotation> annotations, Instant now)
            throws SQLException, StoreException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        for (Annotation a : annotations) {
            Row stored = load(c, a.id(), true);
            if (stored != null && !stored.deleted() && stored.annotation().equals(a)) {
                tally.unchanged++;
                continue;
            }
            Annotation before = stored == null || stored.deleted() ? null : stored.annotation();
            write(c, new AnnotationEdit("Import", before, a, null), now);
            if (before == null) {
                tally.added++;
            } else {
                tally.updated++;
            }
        }
        return tally.counts();
    }

    /** An annotation row as stored. */
    record Row(Annotation annotation, int version, String owner, boolean deleted) {
    }

    /** The row of {@code id} (deleted or not), locked for this transaction when {@code lock}; null when none. */
    static Row load(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc::text, version, owner, deleted FROM annotations "
                + "WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Row(PgDocs.read(rs.getString(1), BundleItems::annotation, "annotations", id), rs.getInt(2),
                        rs.getString(3), rs.getBoolean(4));
            }
        }
    }

    /** Writes one edit and its revision, dated {@code at}, inside the caller's transaction. */
    static Annotation write(Connection c, AnnotationEdit edit, Instant at) throws SQLException, StoreException {
        Row stored = load(c, edit.id(), true);
        if (stored == null) {
            Row visible = load(c, edit.id(), false);
            if (visible != null) {
                // row-level security hides another analyst's annotation from FOR UPDATE
                throw new StoreException("Annotation \"" + describe(visible.annotation()) + "\" belongs to "
                        + visible.owner() + ": an analyst changes only their own annotations (a lead may change any).");
            }
        }
        requireStartState(edit, stored);
        Annotation after = edit.after();
        if (after != null && !after.eventIds().isEmpty()) {
            List<String> unknown = new ArrayList<>(after.eventIds());
            unknown.removeAll(PgSituationWriter.existing(c, "events", after.eventIds()));
            if (!unknown.isEmpty()) {
                throw new StoreException("Annotation \"" + describe(after) + "\" links to "
                        + (unknown.size() == 1 ? "event " : "events ") + String.join(", ", unknown)
                        + ", which " + (unknown.size() == 1 ? "is" : "are") + " not in the store.");
            }
        }
        Annotation previous = stored == null ? null : stored.annotation();
        int version = stored == null ? 1 : stored.version() + 1;
        if (after == null) {
            update(c, edit.id(), PgDocs.annotation(previous), version, true);
            appendRevision(c, edit.id(), version, null, at, AnnotationRevision.Action.DELETE, List.of("deleted"), previous, previous);
            return null;
        }
        List<String> changed = AnnotationTable.changedFields(previous, after);
        AnnotationRevision.Action action;
        if (stored == null) {
            action = AnnotationRevision.Action.CREATE;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotations (id, doc, version) VALUES (?, ?::jsonb, 1)")) {
                ps.setString(1, after.id());
                ps.setString(2, PgDocs.annotation(after));
                ps.executeUpdate();
            }
        } else {
            if (stored.deleted()) {
                action = AnnotationRevision.Action.RESTORE;
                changed = new ArrayList<>(changed);
                changed.add("deleted");
            } else {
                action = edit.restoredRevision() != null ? AnnotationRevision.Action.RESTORE : AnnotationRevision.Action.UPDATE;
            }
            update(c, after.id(), PgDocs.annotation(after), version, false);
        }
        appendRevision(c, after.id(), version, null, at, action, changed, previous, after);
        return after;
    }

    private static void update(Connection c, String id, String doc, int version, boolean deleted) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE annotations SET doc = ?::jsonb, version = ?, deleted = ? WHERE id = ?")) {
            ps.setString(1, doc);
            ps.setInt(2, version);
            ps.setBoolean(3, deleted);
            ps.setString(4, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("annotation " + id + " could not be changed (not permitted for this role)");
            }
        }
    }

    /** Appends a revision; {@code author} null means the connected role. */
    static void appendRevision(Connection c, String id, int revision, String author, Instant at,
                               AnnotationRevision.Action action, List<String> changed, Annotation previous,
                               Annotation current) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_revisions (annotation_id, revision, "
                + "author, at, action, changed_fields, previous, current) "
                + "VALUES (?, ?, coalesce(?, session_user), ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)")) {
            ps.setString(1, id);
            ps.setInt(2, revision);
            ps.setString(3, author);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setString(5, action.code());
            ps.setString(6, Sql.jsonArray(changed));
            ps.setString(7, previous == null ? null : PgDocs.annotation(previous));
            ps.setString(8, PgDocs.annotation(current));
            ps.executeUpdate();
        }
    }

    /**
     * The edit must start from what is stored: same content (so the same version), or nothing
     * for a creation. Anything else is someone else's change, refused with both sides.
     */
    private static void requireStartState(AnnotationEdit edit, Row stored) throws StoreException {
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
        if (!stored.annotation().equals(before)) {
            throw new AnnotationConflictException("Annotation \"" + name + "\" was changed elsewhere by " + stored.annotation().author()
                    + " at " + stored.annotation().modified() + " (version " + stored.version()
                    + "); your change was not saved.", edit, stored.annotation());
        }
    }

    @Override
    public Optional<Annotation> find(String id) throws StoreException {
        try {
            return store.readOne(c -> {
                Row r = load(c, id, false);
                return r == null || r.deleted() ? Optional.<Annotation>empty() : Optional.of(r.annotation());
            });
        } catch (SQLException e) {
            throw store.failure("read annotation " + id + " from", e);
        }
    }

    @Override
    public List<Annotation> all() throws StoreException {
        return store.annotations();
    }

    /** Every live annotation, oldest first, inside the caller's transaction. */
    static List<Annotation> live(Connection c) throws SQLException {
        return read(c, "", List.of());
    }

    /**
     * The live annotations shown on at least one day of {@code first} … {@code last}
     * ({@link Annotation#visibleOn}; the documents' dates are ISO text, which sorts as dates do),
     * oldest first, inside the caller's transaction.
     */
    static List<Annotation> shown(Connection c, LocalDate first, LocalDate last) throws SQLException {
        return read(c, " AND (doc ->> 'validFrom' IS NULL OR doc ->> 'validFrom' <= ?)"
                + " AND (doc ->> 'validUntil' IS NULL OR doc ->> 'validUntil' > ?)", List.of(last.toString(), first.toString()));
    }

    private static List<Annotation> read(Connection c, String and, List<String> params) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc::text FROM annotations WHERE NOT deleted" + and)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(PgDocs.read(rs.getString(2), BundleItems::annotation, "annotations", rs.getString(1)));
                }
            }
        }
        out.sort(Comparator.comparing(Annotation::created).thenComparing(Annotation::id));
        return out;
    }

    /** Live annotations whose title or note hold every word of {@code words} as a prefix, best first. */
    static List<Annotation> search(Connection c, List<String> words, int limit) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc::text FROM annotations, "
                + "to_tsquery('folded', ?) q WHERE NOT deleted AND search @@ q "
                + "ORDER BY ts_rank('{0.1, 0.2, 0.2, 1.0}', search, q) DESC, doc ->> 'modified' DESC LIMIT ?")) {
            ps.setString(1, PgSearch.prefixQuery(words));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(PgDocs.read(rs.getString(2), BundleItems::annotation, "annotations", rs.getString(1)));
                }
            }
        }
        return out;
    }

    @Override
    public List<Annotation> search(AnnotationFilter filter) throws StoreException {
        List<Annotation> candidates;
        if (filter.text() == null) {
            candidates = all();
        } else {
            List<String> words = FtsQuery.words(filter.text(), false);
            if (words.isEmpty()) {
                return List.of();
            }
            try {
                candidates = store.read(c -> search(c, words, Integer.MAX_VALUE));
            } catch (SQLException e) {
                throw store.failure("search the annotations of", e);
            }
        }
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : candidates) {
            if (filter.matchesAttributes(a)) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public List<AnnotationRevision> history(String id) throws StoreException {
        try {
            return store.readOne(c -> history(c, id));
        } catch (SQLException e) {
            throw store.failure("read the history of annotation " + id + " from", e);
        }
    }

    /** The revisions of {@code id} (all annotations when null), by annotation and revision. */
    static List<AnnotationRevision> history(Connection c, String id) throws SQLException {
        List<AnnotationRevision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, revision, author, at, action, "
                + "changed_fields::text, previous::text, current::text FROM annotation_revisions "
                + (id == null ? "ORDER BY annotation_id COLLATE \"C\", revision" : "WHERE annotation_id = ? ORDER BY revision"))) {
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String aid = rs.getString(1);
                    int revision = rs.getInt(2);
                    String where = aid + " #" + revision;
                    out.add(new AnnotationRevision(aid, revision, rs.getString(3), rs.getTimestamp(4).toInstant(),
                            AnnotationRevision.Action.parse(rs.getString(5)), fields(rs.getString(6), where),
                            rs.getString(7) == null ? null
                                    : PgDocs.read(rs.getString(7), BundleItems::annotation, "annotation_revisions", where),
                            PgDocs.read(rs.getString(8), BundleItems::annotation, "annotation_revisions", where)));
                }
            }
        }
        return out;
    }

    private static List<String> fields(String json, String where) throws SQLException {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode n : Json.MAPPER.readTree(json)) {
                out.add(n.asText());
            }
            return out;
        } catch (IOException e) {
            throw new SQLException("revision " + where + ": changed_fields is not a JSON array", e);
        }
    }

    static String describe(Annotation a) {
        return a.title().isBlank() ? a.kind().label().toLowerCase(Locale.ROOT) : a.title();
    }
}
