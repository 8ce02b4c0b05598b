package org.borderwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link HistoryCopy} for the embedded store: reads and writes the {@code annotation_revision} rows. */
final class SqliteHistoryCopy {
    private SqliteHistoryCopy() {
    }

    static List<AnnotationRevision> allRevisions(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM annotations ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        List<AnnotationRevision> all = new ArrayList<>();
        for (String id : ids) {
            all.addAll(AnnotationRows.history(c, id));
        }
        return all;
    }

    /** Writes the history of the annotations {@code c} does not hold yet, inside the caller's transaction. */
    static void writeNew(Connection c, List<AnnotationRevision> history) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
        for (Map.Entry<String, List<AnnotationRevision>> e : HistoryCopy.byAnnotation(history).entrySet()) {
            if (AnnotationRows.load(c, e.getKey()) != null) {
                continue;
            }
            List<AnnotationRevision> revisions = e.getValue();
            AnnotationRevision last = revisions.get(revisions.size() - 1);
            AnnotationRows.write(c, last.current(), false);
            if (last.action() == AnnotationRevision.Action.DELETE) {
                AnnotationRows.markDeleted(c, e.getKey());
            }
            for (AnnotationRevision r : revisions) {
                AnnotationTable.appendRevision(c, r.annotationId(), r.author(), r.at(), r.action().code(), r.changedFields(),
                        r.previous() == null ? null : BundleJson.compact(r.previous()), BundleJson.compact(r.current()));
            }
        }
    }
}
