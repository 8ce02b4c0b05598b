package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordered child lists (an item's sources, tags, linked events) read with one query and grouped in
 * memory, and rewritten by delete + insert. Values are canonicalised so that a source id cited by
 * 100,000 events is one {@code String} in memory.
 */
final class ChildRows {
    private final Map<String, String> canonical = new HashMap<>();

    /**
     * Runs {@code sql} — selecting (owner key, value) ordered by owner and position — and groups
     * the values by owner, {@code params} bound to its placeholders in order.
     */
    <K> Map<K, List<String>> group(Connection c, String sql, List<String> params, KeyReader<K> key) throws SQLException {
        Map<K, List<String>> grouped = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                K lastKey = null;
                List<String> current = null;
                while (rs.next()) {
                    K k = key.read(rs);
                    if (current == null || !k.equals(lastKey)) {
                        current = grouped.computeIfAbsent(k, x -> new ArrayList<>(2));
                        lastKey = k;
                    }
                    String v = rs.getString(2);
                    current.add(canonical.computeIfAbsent(v, x -> x));
                }
            }
        }
        return grouped;
    }

    /** Reads column 1 as the owner key. */
    interface KeyReader<K> {
        K read(ResultSet rs) throws SQLException;
    }

    static final KeyReader<String> TEXT_KEY = rs -> rs.getString(1);
    static final KeyReader<Long> LONG_KEY = rs -> rs.getLong(1);

    /**
     * Replaces the list of {@code owner} in {@code table} ({@code ownerColumn, position, valueColumn}).
     * {@code delete} and {@code insert} are statements prepared by {@link #deleteSql} and {@link #insertSql}.
     */
    static void replace(PreparedStatement delete, PreparedStatement insert, Object owner, List<String> values,
                        boolean hadRows) throws SQLException {
        if (hadRows) {
            delete.setObject(1, owner);
            delete.executeUpdate();
        }
        for (int i = 0; i < values.size(); i++) {
            insert.setObject(1, owner);
            insert.setInt(2, i);
            insert.setString(3, values.get(i));
            insert.executeUpdate();
        }
    }

    static String deleteSql(String table, String ownerColumn) {
        return "DELETE FROM " + table + " WHERE " + ownerColumn + " = ?";
    }

    static String insertSql(String table, String ownerColumn, String valueColumn) {
        return "INSERT INTO " + table + " (" + ownerColumn + ", position, " + valueColumn + ") VALUES (?, ?, ?)";
    }
}
