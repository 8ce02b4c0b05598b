package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Source;

/**
 * Schema step 2: a smaller event store that imports and searches faster, with the same content.
 * <ul>
 *   <li>{@code event_fts} becomes a contentless FTS5 table ({@code content=''},
 *       {@code contentless_delete=1}): the index no longer keeps its own copy of every event's
 *       text (it keeps {@code detail=full}, which bm25 needs to weigh the columns); its rowids
 *       become {@link SearchKey}s (date, row key), so that matches
 *       come newest first from the index alone; {@code alt} holds only the words that
 *       {@link TextFolding} changes. It is rebuilt here from the events;</li>
 *   <li>attribute values equal to the event's summary (ACLED's {@code notes}) are stored as
 *       JSON {@code null} ({@link FlatJson#writeStored});</li>
 *   <li>the index of event tags by value, which no query uses, is dropped, and the index of events
 *       by crossing keeps only events that have one.</li>
 * </ul>
 */
final class CompactEvents implements Migration {
    static final String FTS = "CREATE VIRTUAL TABLE event_fts USING fts5 (title, summary, place, sources, alt, "
            + "content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')";
    private static final int BATCH = 1000;

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "contentless event search index keyed by date, compact event attributes, fewer indexes";
    }

    @Override
    public void apply(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE event_fts");
            st.executeUpdate(FTS);
            st.executeUpdate("DROP INDEX event_tag_tag");
            st.executeUpdate("DROP INDEX events_crossing");
            st.executeUpdate("CREATE INDEX events_crossing ON events (crossing_id) WHERE crossing_id IS NOT NULL");
            st.executeUpdate("UPDATE events SET attributes = (SELECT json_group_object(key, "
                    + "CASE WHEN type = 'text' AND value = events.summary THEN NULL ELSE value END) "
                    + "FROM json_each(events.attributes)) WHERE summary <> '' AND EXISTS "
                    + "(SELECT 1 FROM json_each(events.attributes) WHERE type = 'text' AND value = events.summary)");
        }
        index(c);
    }

    /** Writes the search text of every event, in key order (see {@link EventWriter}). */
    private static void index(Connection c) throws SQLException {
        // this step runs on schema 1: only the source columns of that schema exist yet
        Map<String, Source> sources = SourceTable.loadSchema1(c);
        SearchText text = new SearchText(sources::get);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT e.pk, e.date, e.title, e.summary, e.place, "
                     + "(SELECT json_group_array(source_id ORDER BY position) FROM event_source WHERE event_id = e.id) "
                     + "FROM events e ORDER BY e.date, e.pk");
             PreparedStatement insert = c.prepareStatement(SearchText.INSERT)) {
            int queued = 0;
            while (rs.next()) {
                long pk = rs.getLong(1);
                List<String> cited;
                try {
                    cited = FlatJson.readArray(rs.getString(6), s -> s);
                } catch (IllegalArgumentException e) {
                    throw new SQLException("the sources of event row " + pk + " could not be read: " + e.getMessage(), e);
                }
                text.queue(insert, SearchKey.of(rs.getString(2), pk), rs.getString(3), rs.getString(4),
                        rs.getString(5), cited);
                if (++queued == BATCH) {
                    insert.executeBatch();
                    queued = 0;
                }
            }
            if (queued > 0) {
                insert.executeBatch();
            }
        }
    }

    @Override
    public String toString() {
        return "V2 " + description();
    }
}
