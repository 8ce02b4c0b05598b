package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;

/**
 * Rows of {@code annotations}, {@code annotation_tag}, {@code annotation_event} and the history in
 * {@code annotation_revision}. Geometries are stored as WKT, x = longitude, y = latitude (WGS84).
 * Every write of an annotation appends a revision holding the previous and the new JSON form.
 */
final class AnnotationTable {
    /** An annotation as stored, with its soft-delete flag. */
    record Stored(Annotation annotation, boolean deleted) {
    }

    private AnnotationTable() {
    }

    /** Every annotation that is not deleted, oldest first. */
    static List<Annotation> loadLive(Connection c, ChildRows children) throws SQLException {
        return live(loadAll(c, children));
    }

    /** The annotations of {@code stored} that are not deleted, oldest first. */
    private static List<Annotation> live(Map<String, Stored> stored) {
        List<Annotation> live = new ArrayList<>();
        for (Stored s : stored.values()) {
            if (!s.deleted()) {
                live.add(s.annotation());
            }
        }
        live.sort(java.util.Comparator.comparing(Annotation::created).thenComparing(Annotation::id));
        return live;
    }

    /**
     * The live annotations matching the FTS5 {@code query} over title and note, best first (bm25,
     * title five times the note; ties by last change, newest first), at most {@code limit}.
     */
    static List<Annotation> search(Connection c, String query, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM annotation_fts "
                + "JOIN annotations a ON a.pk = annotation_fts.rowid WHERE annotation_fts MATCH ? AND a.deleted = 0 "
                + "ORDER BY bm25(annotation_fts, 5.0, 1.0), a.modified DESC LIMIT ?")) {
            ps.setString(1, query);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        // only the hits are read, not every annotation
        Map<String, Stored> all = ids.isEmpty() ? Map.of()
                : load(c, new ChildRows(), " WHERE id IN (SELECT value FROM json_each(?))", List.of(Sql.jsonArray(ids)));
        List<Annotation> hits = new ArrayList<>(ids.size());
        for (String id : ids) {
            hits.add(all.get(id).annotation());
        }
        return hits;
    }

    /** Every annotation, deleted or not, by id. */
    static Map<String, Stored> loadAll(Connection c, ChildRows children) throws SQLException {
        return load(c, children, "", List.of());
    }

    /**
     * The annotations that are not deleted and are shown on at least one day of {@code first} …
     * {@code last} ({@link Annotation#visibleOn}), oldest first: what slides of those days need,
     * read without the others.
     */
    static List<Annotation> loadShown(Connection c, ChildRows children, LocalDate first, LocalDate last)
            throws SQLException {
        return live(load(c, children, " WHERE deleted = 0 AND (valid_from IS NULL OR valid_from <= ?) "
                + "AND (valid_until IS NULL OR valid_until > ?)", List.of(last.toString(), first.toString())));
    }

    /** The annotations of {@code where} (a WHERE clause over {@code annotations}, its parameters {@code params}), by id. */
    private static Map<String, Stored> load(Connection c, ChildRows children, String where, List<String> params)
            throws SQLException {
        String owners = where.isEmpty() ? "" : " WHERE annotation_id IN (SELECT id FROM annotations" + where + ")";
        Map<String, List<String>> tags = children.group(c, "SELECT annotation_id, tag FROM annotation_tag" + owners
                + " ORDER BY annotation_id, position", params, ChildRows.TEXT_KEY);
        Map<String, List<String>> events = children.group(c, "SELECT annotation_id, event_id FROM annotation_event"
                + owners + " ORDER BY annotation_id, position", params, ChildRows.TEXT_KEY);
        Map<String, Stored> all = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind, geometry_wkt, title, note, author, created, "
                + "modified, confidence, valid_from, valid_until, color, radius_km, deleted FROM annotations" + where)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    all.put(id, stored(rs, tags.getOrDefault(id, List.of()), events.getOrDefault(id, List.of())));
                }
            }
        }
        return all;
    }

    /**
     * The annotation of the current row of {@code rs} — the columns id, kind, geometry_wkt, title,
     * note, author, created, modified, confidence, valid_from, valid_until, color, radius_km,
     * deleted, in that order — with its tags and linked events.
     */
    static Stored stored(ResultSet rs, List<String> tags, List<String> events) throws SQLException {
        String id = rs.getString(1);
        Geometry g;
        try {
            g = WktText.read(rs.getString(3));
        } catch (ParseException e) {
            throw new SQLException("geometry of annotation " + id + " is not valid WKT: " + e.getMessage(), e);
        }
        Annotation a = new Annotation(id, AnnotationKind.parse(rs.getString(2)), g, rs.getString(4),
                rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7)), Instant.parse(rs.getString(8)),
                tags, events, Confidence.parse(rs.getString(9)), Sql.getDate(rs, 10), Sql.getDate(rs, 11),
                rs.getString(12), Sql.getReal(rs, 13));
        return new Stored(a, rs.getInt(14) != 0);
    }

    /**
     * Inserts new annotations, rewrites changed ones and restores deleted ones that are given
     * again, each with a revision dated {@code now}; {@code existing} is {@link #loadAll} (updated).
     */
    static ImportCounts upsert(Connection c, Collection<Annotation> annotations, Map<String, Stored> existing,
                               Instant now) throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotations (id, kind, geometry_wkt, title, note, "
                + "author, created, modified, confidence, valid_from, valid_until, color, radius_km, deleted) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                + "geometry_wkt = excluded.geometry_wkt, title = excluded.title, note = excluded.note, "
                + "author = excluded.author, created = excluded.created, modified = excluded.modified, "
                + "confidence = excluded.confidence, valid_from = excluded.valid_from, valid_until = excluded.valid_until, "
                + "color = excluded.color, radius_km = excluded.radius_km, deleted = 0");
             PreparedStatement deleteTags = c.prepareStatement(ChildRows.deleteSql("annotation_tag", "annotation_id"));
             PreparedStatement insertTag = c.prepareStatement(ChildRows.insertSql("annotation_tag", "annotation_id", "tag"));
             PreparedStatement deleteEvents = c.prepareStatement(ChildRows.deleteSql("annotation_event", "annotation_id"));
             PreparedStatement insertEvent = c.prepareStatement(
                     ChildRows.insertSql("annotation_event", "annotation_id", "event_id"))) {
            for (Annotation a : annotations) {
                Stored old = existing.get(a.id());
                if (old != null && !old.deleted() && a.equals(old.annotation())) {
                    tally.unchanged++;
                    continue;
                }
                ps.setString(1, a.id());
                ps.setString(2, a.kind().code());
                ps.setString(3, WktText.write(a.geometry()));
                ps.setString(4, a.title());
                ps.setString(5, a.note());
                ps.setString(6, a.author());
                ps.setString(7, a.created().toString());
                ps.setString(8, a.modified().toString());
                ps.setString(9, a.confidence().code());
                Sql.setDate(ps, 10, a.validFrom());
                Sql.setDate(ps, 11, a.validUntil());
                ps.setString(12, a.color());
                Sql.setReal(ps, 13, a.radiusKm());
                ps.executeUpdate();
                ChildRows.replace(deleteTags, insertTag, a.id(), a.tags(), old != null);
                ChildRows.replace(deleteEvents, insertEvent, a.id(), a.eventIds(), old != null);
                String action = old == null ? "create" : old.deleted() ? "restore" : "update";
                appendRevision(c, a.id(), a.author(), now, action, changedFields(old == null ? null : old.annotation(), a),
                        old == null ? null : BundleJson.compact(old.annotation()), BundleJson.compact(a));
                if (old == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                }
                existing.put(a.id(), new Stored(a, false));
            }
        }
        return tally.counts();
    }

    /**
     * Appends the next revision of annotation {@code id}. {@code changedFields} names the bundle
     * keys that differ; {@code previousJson} is null for a create.
     */
    static void appendRevision(Connection c, String id, String author, Instant at, String action,
                               List<String> changedFields, String previousJson, String currentJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation_revision (annotation_id, revision, author, "
                + "at, action, changed_fields, previous_json, current_json) VALUES (?, (SELECT coalesce(max(revision), 0) + 1 "
                + "FROM annotation_revision WHERE annotation_id = ?), ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, id);
            ps.setString(3, author);
            ps.setString(4, at.toString());
            ps.setString(5, action);
            ps.setString(6, Sql.jsonArray(changedFields));
            Sql.setText(ps, 7, previousJson);
            ps.setString(8, currentJson);
            ps.executeUpdate();
        }
    }

    /** The bundle keys whose values differ between {@code before} (null: all of them) and {@code after}. */
    static List<String> changedFields(Annotation before, Annotation after) {
        List<String> changed = new ArrayList<>();
        Object[][] pairs = {
            {"kind", before == null ? null : before.kind(), after.kind()},
            {"geometry", before == null ? null : before.geometry(), after.geometry()},
            {"title", before == null ? null : before.title(), after.title()},
            {"note", before == null ? null : before.note(), after.note()},
            {"author", before == null ? null : before.author(), after.author()},
            {"created", before == null ? null : before.created(), after.created()},
            {"modified", before == null ? null : before.modified(), after.modified()},
            {"tags", before == null ? null : before.tags(), after.tags()},
            {"events", before == null ? null : before.eventIds(), after.eventIds()},
            {"confidence", before == null ? null : before.confidence(), after.confidence()},
            {"validFrom", before == null ? null : before.validFrom(), after.validFrom()},
            {"validUntil", before == null ? null : before.validUntil(), after.validUntil()},
            {"color", before == null ? null : before.color(), after.color()},
            {"radiusKm", before == null ? null : before.radiusKm(), after.radiusKm()},
        };
        for (Object[] p : pairs) {
            if (before == null || !Objects.equals(p[1], p[2])) {
                changed.add((String) p[0]);
            }
        }
        return changed;
    }
}
