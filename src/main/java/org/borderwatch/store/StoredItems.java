package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.StatusInterval;

/**
 * What an import checks its references and intervals against: the items already in a store.
 * Each engine answers from its own tables ({@link #sqlite}, {@link PgStoredItems}).
 */
interface StoredItems {
    /** The kinds of item an import refers to, with the table each engine keeps them in. */
    enum Kind {
        SOURCE("sources"), CROSSING("crossings"), EVENT("events");

        final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** Which of {@code ids} are stored as items of {@code kind}. */
    Set<String> existing(Kind kind, Collection<String> ids) throws SQLException;

    /** Every stored status interval. */
    List<StatusInterval> intervals() throws SQLException;

    /** The items of the SQLite store on {@code c}. */
    static StoredItems sqlite(Connection c) {
        return new StoredItems() {
            @Override
            public Set<String> existing(Kind kind, Collection<String> ids) throws SQLException {
                Set<String> stored = new HashSet<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT id FROM " + kind.table + " WHERE id IN (SELECT value FROM json_each(?))")) {
                    ps.setString(1, Sql.jsonArray(ids));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.add(rs.getString(1));
                        }
                    }
                }
                return stored;
            }

            @Override
            public List<StatusInterval> intervals() throws SQLException {
                return IntervalTable.loadAll(c, new ChildRows());
            }
        };
    }
}
