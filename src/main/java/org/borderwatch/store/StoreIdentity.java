package org.borderwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a store is and how far its history has come: one row in {@code store_identity} holding a
 * random id given when the store is made, a generation that every write transaction of
 * Borderwatch counts up, and a random mark of that transaction with the mark before it.
 *
 * <p>Because every write transaction rewrites this row, every commit in a write-ahead log carries
 * the page that holds it. SQLite's log names no database: a log beside a store may be another
 * store's, or this store's but written on top of another state of it (a backup restored over a
 * crashed session). {@link WalCheck} reads this row from the database file alone and from the
 * state the log would give, and refuses a log that does not continue the file.
 *
 * <p>The table is not a schema step: the opener adds it (in the same transaction as the schema
 * steps) to a store that lacks it, and an older Borderwatch passes over it. All methods run on the
 * caller's connection and transaction.
 */
final class StoreIdentity {
    static final String TABLE = "store_identity";
    /** The row a store holds: its id, how many write transactions it has seen, this one's mark and the one before. */
    record Row(String id, long generation, long mark, long previous, String origin) {
    }

    /** The store was made by a Borderwatch that keeps this row. */
    static final String CREATED = "created";
    /** The row was added to an existing store. */
    static final String ADDED = "added";

    private StoreIdentity() {
    }

    /** The row, or empty when the store has no identity table (made before it existed). */
    static Optional<Row> read(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet t = st.executeQuery("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '" + TABLE + "'")) {
                if (!t.next()) {
                    return Optional.empty();
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, generation, mark, previous, origin FROM " + TABLE
                    + " WHERE singleton = 1")) {
                return rs.next() ? Optional.of(new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5))) : Optional.empty();
            }
        }
    }

    /** Whether the table exists (read from the schema, without a transaction of its own). */
    static boolean present(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet t = st.executeQuery("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '" + TABLE + "'")) {
            return t.next();
        }
    }

    /** Creates the table and its row in the caller's write transaction; {@code fresh}: the store is new. */
    static void create(Connection c, boolean fresh) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + TABLE + " (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), "
                    + "id TEXT NOT NULL, generation INTEGER NOT NULL, mark INTEGER NOT NULL, previous INTEGER NOT NULL, "
                    + "origin TEXT NOT NULL)");
            st.execute("INSERT INTO " + TABLE + " VALUES (1, '" + UUID.randomUUID() + "', 0, 0, 0, '"
                    + (fresh ? CREATED : ADDED) + "')");
        }
    }

    /**
     * Counts this write transaction: the generation goes up by one, the mark becomes a new random
     * number and the previous mark is kept. Called first in every write transaction. A connection
     * to a database without the table (a test's scratch database) is left alone.
     */
    static void count(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE " + TABLE + " SET generation = generation + 1, previous = mark, "
                    + "mark = random() WHERE singleton = 1");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no such table")) {
                throw e;
            }
        }
    }
}
