package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.json.Json;

/**
 * Single-annotation reads and writes for {@link AnnotationRepository}: one row of
 * {@code annotations} with its tags and linked events, the full-text search and the revision
 * history. Callers hold the transaction; nothing here commits.
 */
final class AnnotationRows {
    private static final String COLUMNS = "id, kind, geometry_wkt, title, note, author, created, modified, "
            + "confidence, valid_from, valid_until, color, radius_km, deleted";

    private AnnotationRows() {
    }

    /** The stored annotation {@code id} (deleted or not), or {@code null} when there is none. */
    static AnnotationTable.Stored load(Connection c, String id) throws SQLException {
        List<String> tags = children(c, "SELECT tag FROM annotation_tag WHERE annotation_id = ? ORDER BY position", id);
        List<String> events = children(c,
                "SELECT event_id FROM annotation_event WHERE annotation_id = ? ORDER BY position", id);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotations WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? AnnotationTable.stored(rs, tags, events) : null;
            }
        }
    }

    private static List<String> children(Connection c, String sql, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Writes {@code a} as live: inserts the row when {@code exists} is false, else rewrites it. */
    static void write(Connection c, Annotation a, boolean exists) throws SQLException {
        String sql = exists
                ? "UPDATE annotations SET kind = ?, geometry_wkt = ?, title = ?, note = ?, author = ?, created = ?, "
                        + "modified = ?, confidence = ?, valid_from = ?, valid_until = ?, color = ?, radius_km = ?, "
                        + "deleted = 0 WHERE id = ?"
                : "INSERT INTO annotations (kind, geometry_wkt, title, note, author, created, modified, confidence, "
                        + "valid_from, valid_until, color, radius_km, deleted, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a.kind().code());
            ps.setString(2, WktText.write(a.geometry()));
            ps.setString(3, a.title());
            ps.setString(4, a.note());
            ps.setString(5, a.author());
            ps.setString(6, a.created().toString());
            ps.setString(7, a.modified().toString());
            ps.setString(8, a.confidence().code());
            Sql.setDate(ps, 9, a.validFrom());
            Sql.setDate(ps, 10, a.validUntil());
            ps.setString(11, a.color());
            Sql.setReal(ps, 12, a.radiusKm());
            ps.setString(13, a.id());
            ps.executeUpdate();
        }
        try (PreparedStatement deleteTags = c.prepareStatement(ChildRows.deleteSql("annotation_tag", "annotation_id"));
             PreparedStatement insertTag = c.prepareStatement(ChildRows.insertSql("annotation_tag", "annotation_id", "tag"));
             PreparedStatement deleteEvents = c.prepareStatement(ChildRows.deleteSql("annotation_event", "annotation_id"));
             PreparedStatement insertEvent = c.prepareStatement(
                     ChildRows.insertSql("annotation_event", "annotation_id", "event_id"))) {
            ChildRows.replace(deleteTags, insertTag, a.id(), a.tags(), exists);
            ChildRows.replace(deleteEvents, insertEvent, a.id(), a.eventIds(), exists);
        }
    }

    /** Marks annotation {@code id} deleted (its row, tags and links stay for the history). */
    static void markDeleted(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotations SET deleted = 1 WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** The ids among {@code eventIds} that name no stored event, in the given order. */
    static List<String> unknownEvents(Connection c, List<String> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM events WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(eventIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String id : eventIds) {
            if (!known.contains(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    /** Ids of live annotations whose title or note match the FTS5 query, best match first. */
    static List<String> searchIds(Connection c, String ftsQuery) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM annotation_fts f JOIN annotations a "
                + "ON a.pk = f.rowid WHERE annotation_fts MATCH ? AND a.deleted = 0 ORDER BY f.rank")) {
            ps.setString(1, ftsQuery);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Every revision of annotation {@code id}, oldest first. */
    static List<AnnotationRevision> history(Connection c, String id) throws SQLException {
        List<AnnotationRevision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT revision, author, at, action, changed_fields, "
                + "previous_json, current_json FROM annotation_revision WHERE annotation_id = ? ORDER BY revision")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int revision = rs.getInt(1);
                    String where = "annotation_revision " + id + " #" + revision;
                    out.add(new AnnotationRevision(id, revision, rs.getString(2), Instant.parse(rs.getString(3)),
                            AnnotationRevision.Action.parse(rs.getString(4)), fields(rs.getString(5), where),
                            parse(rs.getString(6), where + " previous_json"),
                            parse(rs.getString(7), where + " current_json")));
                }
            }
        }
        return out;
    }

    private static List<String> fields(String json, String where) throws SQLException {
        try {
            List<String> out = new ArrayList<>();
            Json.MAPPER.readTree(json).forEach(n -> out.add(n.asText()));
            return out;
        } catch (JsonProcessingException e) {
            throw new SQLException(where + ": changed_fields is not a JSON array: " + e.getOriginalMessage(), e);
        }
    }

    private static Annotation parse(String json, String where) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return BundleItems.annotation(Json.MAPPER.readTree(json), "");
        } catch (JsonProcessingException e) {
            throw new SQLException(where + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (ItemProblem e) {
            throw new SQLException(where + " is not an annotation: " + e.getMessage(), e);
        }
    }
}
