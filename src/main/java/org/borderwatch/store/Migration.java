package org.borderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One schema step: it takes a database at {@code version() - 1} to {@code version()}. The store
 * runs it inside a transaction and records the new version in {@code PRAGMA user_version} in
 * the same transaction, so a step lands whole or not at all. A step must not commit, roll back
 * or change {@code journal_mode}.
 */
public interface Migration {
    /** The schema version this step produces (1, 2, …). */
    int version();

    /** What the step does, for logs and error messages. */
    String description();

    /** Applies the step on {@code connection}, which is inside an open transaction. */
    void apply(Connection connection) throws SQLException;

    /**
     * A step read from an SQL script on the classpath, next to this class. The script may hold
     * many statements (including {@code CREATE TRIGGER … END;}); SQLite runs them in order.
     */
    static Migration sql(int version, String description, String resource) {
        String script;
        try (InputStream in = Migration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration script " + resource + " is missing from the build");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("migration script " + resource + " could not be read", e);
        }
        return new Migration() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply(Connection connection) throws SQLException {
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate(script);
                }
            }

            @Override
            public String toString() {
                return "V" + version + " " + description;
            }
        };
    }
}
