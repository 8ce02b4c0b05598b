package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema step 3: events that a large import writes with one row each.
 * <ul>
 *   <li>an event's cited source ids and its tags move from the child tables {@code event_source}
 *       and {@code event_tag} (a row per value, each with its own index entries) into two JSON
 *       array columns of the event, {@code sources} and {@code tags}, in the same order; every
 *       query read them as one JSON array per event already ({@link EventTable#COLUMNS}).
 *       The store checks that cited sources exist before it writes an event ({@link BundleCheck},
 *       {@link EventReferences}); sources are never deleted;</li>
 *   <li>{@code event_fts_pending} lists events whose search text is not indexed yet: a bulk import
 *       commits its events with their row keys here, and the store indexes them right after the
 *       commit ({@link SearchBacklog}); a search first finishes that work, so it never misses an
 *       event;</li>
 *   <li>the index of events by date goes: no query reads events by date (the situation loads
 *       them all, search keys carry the date), while every import paid for it.</li>
 * </ul>
 */
final class EventListColumns implements Migration {
    /** The row keys of events whose search text is waiting to be indexed (see {@link EventWriter}). */
    static final String PENDING_TABLE = "CREATE TABLE event_fts_pending (pk INTEGER PRIMARY KEY)";

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "event sources and tags as JSON columns, search text indexed after a bulk import, no date index";
    }

    @Override
    public void apply(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE events ADD COLUMN sources TEXT NOT NULL DEFAULT '[]'");
            st.executeUpdate("ALTER TABLE events ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'");
            st.executeUpdate("UPDATE events SET "
                    + "sources = coalesce((SELECT json_group_array(source_id ORDER BY position) FROM event_source "
                    + "WHERE event_id = events.id), '[]'), "
                    + "tags = coalesce((SELECT json_group_array(tag ORDER BY position) FROM event_tag "
                    + "WHERE event_id = events.id), '[]')");
            st.executeUpdate("DROP TABLE event_source");
            st.executeUpdate("DROP TABLE event_tag");
            st.executeUpdate("DROP INDEX events_date");
            st.executeUpdate(PENDING_TABLE);
        }
    }

    @Override
    public String toString() {
        return "V3 " + description();
    }
}
