package org.borderwatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

/**
 * Opens connections to one team store as one role. The password is looked up the way libpq
 * does it: {@code PGPASSWORD}, else the driver reads {@code ~/.pgpass} (or {@code PGPASSFILE});
 * only when the server still asks for one is the {@link PasswordPrompt} asked, once, and the
 * answer is kept in memory for this store's further connections (its change listener) — never
 * written anywhere.
 *
 * <p>Every connection runs with {@code search_path = borderwatch, public} (the store's schema,
 * then PostGIS and unaccent), in UTC, and names itself "Borderwatch" in {@code pg_stat_activity}.
 * Thread-safe.
 */
final class PgConnector {
    /** The schema that holds the team store. */
    static final String SCHEMA = "borderwatch";

    private final ServerAddress address;
    private final PasswordPrompt prompt;
    private char[] password;

    PgConnector(ServerAddress address, PasswordPrompt prompt) {
        this.address = address;
        this.prompt = prompt == null ? PasswordPrompt.NONE : prompt;
        String env = System.getenv("PGPASSWORD");
        this.password = env == null || env.isEmpty() ? null : env.toCharArray();
    }

    ServerAddress address() {
        return address;
    }

    /** A new connection in auto-commit mode. */
    Connection open() throws StoreException {
        try {
            return connect();
        } catch (SQLException e) {
            if (!needsPassword(e)) {
                throw failure(e);
            }
        }
        char[] typed = prompt.passwordFor(address);
        if (typed == null) {
            throw new StoreException("Could not connect to " + address + ": the server asks for a password; put it in "
                    + "~/.pgpass (host:port:database:user:password, mode 0600) or PGPASSWORD, or type it when asked.");
        }
        synchronized (this) {
            password = typed;
        }
        try {
            return connect();
        } catch (SQLException e) {
            synchronized (this) {
                Arrays.fill(typed, '\0');
                password = null;
            }
            throw failure(e);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        for (Map.Entry<String, String> p : address.params().entrySet()) {
            props.setProperty(p.getKey(), p.getValue());
        }
        props.setProperty("user", address.user());
        synchronized (this) {
            if (password != null) {
                props.setProperty("password", new String(password));
            }
        }
        props.setProperty("ApplicationName", "Borderwatch");
        props.setProperty("currentSchema", SCHEMA + ",public");
        // each windowed read is planned for its own dates and map extent: a plan made once for
        // any values (the server's choice after a few runs of a prepared statement) scanned a
        // whole map extent's events for a week's (4 ms → 15 ms on 200,000 events)
        props.setProperty("options", "-c TimeZone=UTC -c plan_cache_mode=force_custom_plan");
        props.putIfAbsent("connectTimeout", "10");
        props.putIfAbsent("tcpKeepAlive", "true");
        return DriverManager.getConnection(address.jdbcUrl(), props);
    }

    /** True when the server refused for want of a (correct) password. */
    private static boolean needsPassword(SQLException e) {
        String state = e.getSQLState();
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return "28P01".equals(state) || m.contains("no password was provided") || m.contains("password authentication failed");
    }

    private StoreException failure(SQLException e) {
        String state = e.getSQLState();
        String reason = StoreOpener.firstLine(String.valueOf(e.getMessage()));
        if ("08001".equals(state) || "08004".equals(state) && reason.toLowerCase(java.util.Locale.ROOT).contains("refused")) {
            reason = "no PostgreSQL server answers there (" + reason + ")";
        } else if ("3D000".equals(state)) {
            reason = "there is no database \"" + address.database() + "\" on that server";
        }
        return new StoreException("Could not connect to " + address + ": " + reason, e);
    }
}
