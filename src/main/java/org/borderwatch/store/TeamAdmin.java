package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an administrator does to a team store's server besides {@code server-init}: give a person
 * a login role in one of the three groups, and make or drop a database (the benchmark's own).
 * Every call connects as the administrator given and commits at once.
 */
public final class TeamAdmin {
    /** The three groups of a team store. */
    public enum Role {
        READER(PgSchema.READER), ANALYST(PgSchema.ANALYST), LEAD(PgSchema.LEAD);

        private final String group;

        Role(String group) {
            this.group = group;
        }

        /** The group role on the server ({@code borderwatch_analyst} …). */
        public String group() {
            return group;
        }

        /** {@code reader}, {@code analyst} or {@code lead}. */
        public static Role parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is no team role (reader, analyst or lead)", e);
            }
        }
    }

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private TeamAdmin() {
    }

    /**
     * Makes {@code name} a login role in {@code role}'s group, or adds an existing role to it. No
     * password is set: the administrator sets one ({@code \password name} in psql) or the server
     * authenticates otherwise (peer, certificates).
     */
    public static void addMember(ServerAddress admin, PasswordPrompt prompt, String name, Role role) throws StoreException {
        requireName(name);
        try (Connection c = new PgConnector(admin, prompt).open(); Statement st = c.createStatement()) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            st.execute(exists ? "GRANT " + role.group() + " TO " + name : "CREATE ROLE " + name + " LOGIN IN ROLE " + role.group());
        } catch (SQLException e) {
            throw new StoreException("Could not add " + name + " as " + role.name().toLowerCase(Locale.ROOT) + " on "
                    + admin + ": " + StoreOpener.firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    /** Creates database {@code name} on {@code admin}'s server; returns its address (as the administrator). */
    public static ServerAddress createDatabase(ServerAddress admin, PasswordPrompt prompt, String name) throws StoreException {
        requireName(name);
        try (Connection c = new PgConnector(admin, prompt).open(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new StoreException("Could not create database " + name + " on " + admin + ": "
                    + StoreOpener.firstLine(String.valueOf(e.getMessage())), e);
        }
        return admin.database(name);
    }

    /** Drops database {@code name} (ending its connections first). */
    public static void dropDatabase(ServerAddress admin, PasswordPrompt prompt, String name) throws StoreException {
        requireName(name);
        try (Connection c = new PgConnector(admin, prompt).open(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new StoreException("Could not drop database " + name + " on " + admin + ": "
                    + StoreOpener.firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a plain role or database name "
                    + "(lower-case letters, digits and _, starting with a letter or _)");
        }
    }
}
