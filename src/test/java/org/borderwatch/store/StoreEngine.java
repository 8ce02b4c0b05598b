package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The two engines the store suite runs on, each real: an SQLite file in the test's folder, and
 * a PostgreSQL + PostGIS database on the test server named by {@code BORDERWATCH_TEST_PG} (or the
 * system property {@code borderwatch.test.pg}), e.g. {@code postgresql://postgres@127.0.0.1:55432/postgres}:
 * a superuser of a throwaway cluster, as {@code .ci/run} starts one. Each store gets a database
 * of its own, copied from a template made once per run by {@code server-init}'s code. Without a
 * server, the PostgreSQL cases are skipped and say why.
 */
enum StoreEngine {
    SQLITE, POSTGRESQL;

    /** The variable or property that names the test server. */
    static final String SERVER_VARIABLE = "BORDERWATCH_TEST_PG";

    private static final Map<String, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid(), 36);
    private static volatile boolean templatesMade;

    /** The test server's administrator address, or {@code null} when none is configured. */
    static ServerAddress server() {
        String url = System.getProperty("borderwatch.test.pg");
        if (url == null || url.isBlank()) {
            url = System.getenv(SERVER_VARIABLE);
        }
        return url == null || url.isBlank() ? null : ServerAddress.parse(url, "postgres");
    }

    /** Skips the calling test, saying why, when it needs a server and none is configured. */
    static ServerAddress requireServer() {
        ServerAddress s = server();
        if (s == null && !toldWhy) {
            toldWhy = true;
            System.err.println("Team-store tests on PostgreSQL are skipped: " + WHY);
        }
        Assumptions.assumeTrue(s != null, WHY);
        return s;
    }

    private static final String WHY = "no PostgreSQL test server: set " + SERVER_VARIABLE
            + "=postgresql://postgres@127.0.0.1:PORT/postgres (a superuser of a throwaway cluster with PostGIS), "
            + "or run .ci/run, which installs and starts one";
    private static volatile boolean toldWhy;

    /** An empty store called {@code name} for the test whose folder is {@code dir}; the same store when asked again. */
    Store open(Path dir, String name) throws StoreException {
        return open(dir, name, false);
    }

    /** A store holding the bundled seed data. */
    Store openSeeded(Path dir, String name) throws StoreException {
        return open(dir, name, true);
    }

    private Store open(Path dir, String name, boolean seeded) throws StoreException {
        if (this == SQLITE) {
            return seeded ? Store.openOrCreateSeeded(dir.resolve(name)) : Store.open(dir.resolve(name));
        }
        return PgStore.open(database(dir, name, seeded), PasswordPrompt.NONE);
    }

    /** The address (as administrator) of the database of store {@code name} of the test in {@code dir}. */
    static ServerAddress database(Path dir, String name, boolean seeded) throws StoreException {
        ServerAddress admin = requireServer();
        makeTemplates(admin);
        String key = dir.toAbsolutePath() + "/" + name;
        String db = DATABASES.computeIfAbsent(key, k -> "bw_" + RUN + "_" + NEXT.incrementAndGet());
        try (Connection c = new PgConnector(admin, PasswordPrompt.NONE).open(); Statement st = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                st.execute("CREATE DATABASE " + db + " TEMPLATE " + template(seeded));
            }
        } catch (SQLException e) {
            throw new StoreException("test database " + db + ": " + e.getMessage(), e);
        }
        return admin.database(db);
    }

    /** A new empty database without any Borderwatch schema, for tests of opening and setting up. */
    static ServerAddress bareDatabase() throws StoreException {
        ServerAddress admin = requireServer();
        String db = "bw_" + RUN + "_bare_" + NEXT.incrementAndGet();
        try (Connection c = new PgConnector(admin, PasswordPrompt.NONE).open(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        } catch (SQLException e) {
            throw new StoreException("test database " + db + ": " + e.getMessage(), e);
        }
        return admin.database(db);
    }

    private static String template(boolean seeded) {
        return "bw_" + RUN + (seeded ? "_seeded" : "_empty");
    }

    private static synchronized void makeTemplates(ServerAddress admin) throws StoreException {
        if (templatesMade) {
            return;
        }
        for (boolean seeded : new boolean[] {false, true}) {
            String name = template(seeded);
            try (Connection c = new PgConnector(admin, PasswordPrompt.NONE).open(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name);
                st.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new StoreException("test template " + name + ": " + e.getMessage(), e);
            }
            PgStore.initialize(admin.database(name), PasswordPrompt.NONE, seeded).close();
        }
        templatesMade = true;
    }

    @Override
    public String toString() {
        return this == SQLITE ? "SQLite" : "PostgreSQL";
    }
}
