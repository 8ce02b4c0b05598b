package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The team store's schema on the server: the {@code borderwatch} schema, its numbered steps and
 * the three group roles.
 *
 * <p>The schema carries a comment ({@link #MARK}) and a one-row table {@code schema_version}; that
 * is how a Borderwatch team store is told from a schema of the same name that belongs to
 * another program. Opening refuses, without changing anything, a database without the schema, a
 * foreign schema and one written by a newer Borderwatch. Only the schema's owner (the
 * administrator who ran {@code server-init}) applies steps, all pending ones in one transaction;
 * an analyst who opens an older store is told to ask for the upgrade.
 */
final class PgSchema {
    /** The comment on the schema that marks it as Borderwatch's. */
    static final String MARK = "Borderwatch team store";

    /** Read only: sees everything, changes nothing. */
    static final String READER = "borderwatch_reader";
    /** Creates annotations and changes their own. */
    static final String ANALYST = "borderwatch_analyst";
    /** Changes any annotation, imports events and sources, edits crossings and intervals. */
    static final String LEAD = "borderwatch_lead";
    static final List<String> ROLES = List.of(READER, ANALYST, LEAD);

    /** Every step, in order; {@code STEPS.get(i).version() == i + 1}. */
    static final List<Migration> STEPS = List.of(
            Migration.sql(1, "sources, crossings, intervals, events and annotations with history; PostGIS geometry, "
                    + "folded full-text search, roles and row-level security, change announcements",
                    "pg/V1__team_store.sql"),
            Migration.sql(2, "sources keep their search words; events by day, then id byte by byte",
                    "pg/V2__search_words_day_order.sql"),
            Migration.sql(3, "an event's search text as its own words and its sources' words, so that a write of many "
                    + "events finds the sources' words once per list of sources", "pg/V3__event_search_parts.sql"),
            Migration.sql(4, "an event's own search words from its title, summary and place, so that a large copy "
                    + "has them folded in a second session", "pg/V4__event_text_search_texts.sql"));

    private PgSchema() {
    }

    /** The newest version this build knows. */
    static int latest() {
        return STEPS.size();
    }

    /** What a database holds in its {@code borderwatch} schema. */
    record State(boolean exists, boolean ours, int version, boolean owned) {
    }

    static State state(Connection c) throws SQLException {
        boolean owned;
        try (PreparedStatement ps = c.prepareStatement("SELECT obj_description(n.oid, 'pg_namespace'), "
                + "pg_has_role(current_user, n.nspowner, 'USAGE'), to_regclass(quote_ident(n.nspname) || '.schema_version') "
                + "FROM pg_namespace n WHERE n.nspname = ?")) {
            ps.setString(1, PgConnector.SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new State(false, false, 0, false);
                }
                owned = rs.getBoolean(2);
                if (!MARK.equals(rs.getString(1)) || rs.getString(3) == null) {
                    return new State(true, false, 0, owned);
                }
            }
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM " + PgConnector.SCHEMA + ".schema_version")) {
            return new State(true, true, rs.next() ? rs.getInt(1) : 0, owned);
        }
    }

    /**
     * Checks that {@code c} reaches a Borderwatch team store this build can use, bringing an older
     * one up to date when the connected role owns it.
     *
     * @throws StoreException naming the store and what is wrong; nothing was changed then
     */
    static void openChecked(Connection c, ServerAddress where, List<Migration> steps) throws StoreException, SQLException {
        State s = state(c);
        if (!s.exists()) {
            throw new StoreException(where + " holds no Borderwatch team store yet: an administrator creates it with "
                    + "'borderwatch server-init --db " + where + "'.");
        }
        if (!s.ours()) {
            throw foreign(where);
        }
        if (s.version() > steps.size()) {
            throw newer(where, s.version(), steps.size());
        }
        if (s.version() < steps.size()) {
            if (!s.owned()) {
                throw new StoreException(where + " has schema version " + s.version() + " and this Borderwatch needs "
                        + steps.size() + ": an administrator upgrades it with 'borderwatch server-init --db " + where
                        + "'; it was left unchanged.");
            }
            migrate(c, where, steps);
        }
    }

    /**
     * Creates the group roles when missing, then the schema (or brings it up to date), in one
     * transaction. Run by an administrator: a role that may create roles and owns (or may create
     * schemas in) the database; PostGIS and unaccent must be installable (superuser) or installed.
     *
     * @return the schema version before (0 when it was created)
     */
    static int initialize(Connection c, ServerAddress where, List<Migration> steps) throws StoreException, SQLException {
        c.setAutoCommit(false);
        boolean done = false;
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(hashtext('borderwatch schema'))");
            State s = state(c);
            if (s.exists() && !s.ours()) {
                throw foreign(where);
            }
            if (s.version() > steps.size()) {
                throw newer(where, s.version(), steps.size());
            }
            st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            st.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            for (String role : ROLES) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
            if (!s.exists()) {
                st.execute("CREATE SCHEMA " + PgConnector.SCHEMA);
                st.execute("COMMENT ON SCHEMA " + PgConnector.SCHEMA + " IS '" + MARK + "'");
                st.execute("CREATE TABLE " + PgConnector.SCHEMA + ".schema_version (one boolean PRIMARY KEY DEFAULT true "
                        + "CHECK (one), version integer NOT NULL, migrated_at timestamptz NOT NULL DEFAULT now())");
                st.execute("INSERT INTO " + PgConnector.SCHEMA + ".schema_version (version) VALUES (0)");
                st.execute("GRANT SELECT ON " + PgConnector.SCHEMA + ".schema_version TO " + String.join(", ", ROLES));
            }
            st.execute("SET LOCAL search_path = " + PgConnector.SCHEMA + ", public");
            applyPending(c, s.version(), steps);
            c.commit();
            done = true;
            return s.version();
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if ("42501".equals(e.getSQLState()) || m.contains("permission denied") || m.contains("must be superuser")) {
                throw new StoreException("Could not set up " + where + ": " + StoreOpener.firstLine(m) + " (server-init is "
                        + "run by an administrator: a superuser, or the database owner with CREATEROLE once PostGIS and "
                        + "unaccent are installed).", e);
            }
            throw e;
        } finally {
            if (!done) {
                c.rollback();
            }
            c.setAutoCommit(true);
        }
    }

    private static void migrate(Connection c, ServerAddress where, List<Migration> steps) throws SQLException, StoreException {
        c.setAutoCommit(false);
        boolean done = false;
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE " + PgConnector.SCHEMA + ".schema_version IN EXCLUSIVE MODE");
            State s = state(c); // another process may have migrated meanwhile
            if (s.version() > steps.size()) {
                throw newer(where, s.version(), steps.size());
            }
            st.execute("SET LOCAL search_path = " + PgConnector.SCHEMA + ", public");
            applyPending(c, s.version(), steps);
            c.commit();
            done = true;
        } finally {
            if (!done) {
                c.rollback();
            }
            c.setAutoCommit(true);
        }
    }

    private static void applyPending(Connection c, int current, List<Migration> steps) throws SQLException {
        Migrations.checkNumbering(steps);
        for (Migration m : steps.subList(current, steps.size())) {
            m.apply(c);
        }
        if (current < steps.size()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + PgConnector.SCHEMA
                    + ".schema_version SET version = ?, migrated_at = now()")) {
                ps.setInt(1, steps.size());
                ps.executeUpdate();
            }
        }
    }

    private static StoreException foreign(ServerAddress where) {
        return new StoreException(where + " is not a Borderwatch team store (its schema '" + PgConnector.SCHEMA
                + "' belongs to another program); it was left unchanged.");
    }

    private static StoreException newer(ServerAddress where, int version, int known) {
        return new StoreException(where + " was written by a newer Borderwatch (schema version " + version
                + "; this version knows up to " + known + "); it was left unchanged. Update Borderwatch to open it.");
    }
}
