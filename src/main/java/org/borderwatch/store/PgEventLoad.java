package org.borderwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A large load into a team store that holds few events yet (a copy of a SQLite store into a new
 * server store), done the way one loads a PostGIS table: the events table's search, map, day and
 * crossing indexes and its per-day counting triggers are dropped for the load and built again
 * after it — each index in one sorted pass, the per-day counts in one {@code GROUP BY} — instead
 * of being kept up to date event by event. Only the primary key stays (a copy run again matches
 * events by id).
 *
 * <p>Everything happens inside the caller's transaction: a failed or interrupted copy rolls back
 * the dropped indexes and triggers with the events, and the store is as it was. The table is
 * locked for the load (other windows' reads of events wait for its end). Only the owner of the
 * schema (the administrator who ran {@code server-init}) may drop indexes; anyone else's copy, and
 * a copy into a store that already holds many events, writes with the indexes in place.
 */
final class PgEventLoad {
    /** What {@link #begin} dropped, as the statements that create it again. */
    private final List<String> rebuilt;

    private PgEventLoad(List<String> rebuilt) {
        this.rebuilt = rebuilt;
    }

    /**
     * Whether a load of {@code incoming} events is quicker with the indexes built after it: the
     * store holds fewer than half as many, and the connected role owns the events table.
     */
    static boolean worthwhile(Connection c, long incoming) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT coalesce(sum(events), 0) FROM event_days), "
                     + "pg_has_role(current_user, relowner, 'USAGE') FROM pg_class WHERE oid = 'events'::regclass")) {
            return rs.next() && rs.getBoolean(2) && rs.getLong(1) * 2 < incoming;
        }
    }

    /**
     * Locks the events table and drops, for the load, its secondary indexes, its foreign keys
     * (checked again at the end in one pass, not event by event) and the triggers that count
     * events per day (statement triggers with transition tables: while they exist, the server
     * keeps a copy of every written row for them, even when they are disabled).
     */
    static PgEventLoad begin(Connection c) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> rebuilt = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            // memory for building the indexes again in one pass each (this transaction only)
            st.execute("SET LOCAL maintenance_work_mem = '256MB'");
            st.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
            try (ResultSet rs = st.executeQuery("SELECT 'DROP TRIGGER ' || quote_ident(tgname) || ' ON events', "
                    + "pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'events'::regclass AND NOT tgisinternal "
                    + "AND (tgnewtable IS NOT NULL OR tgoldtable IS NOT NULL) "
                    + "UNION ALL SELECT 'ALTER TABLE events DROP CONSTRAINT ' || quote_ident(conname), "
                    + "'ALTER TABLE events ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid) "
                    + "FROM pg_constraint WHERE conrelid = 'events'::regclass AND contype = 'f' "
                    + "UNION ALL SELECT 'DROP INDEX ' || indexrelid::regclass::text, pg_get_indexdef(indexrelid) "
                    + "FROM pg_index WHERE indrelid = 'events'::regclass AND NOT indisprimary")) {
                while (rs.next()) {
                    drops.add(rs.getString(1));
                    rebuilt.add(rs.getString(2));
                }
            }
            for (String drop : drops) {
                st.execute(drop);
            }
        }
        return new PgEventLoad(rebuilt);
    }

    /**
     * After the load: the per-day counts from the table in one {@code GROUP BY}; the triggers,
     * foreign keys (each checked in one query) and indexes created again; fresh planner statistics.
     */
    void finish(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM event_days");
            st.execute("INSERT INTO event_days (day, border, category, events) SELECT day, border, category, count(*)::int "
                    + "FROM events GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
            for (String definition : rebuilt) {
                st.execute(definition);
            }
            st.execute("ANALYZE events");
        }
    }
}
