package org.borderwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every ordered child list of one table (an event's sources or tags), read as one JSON text:
 * {@code json_group_array(json_array(owner, position, value))} over the whole table. A row per
 * child would cost one crossing of the JDBC boundary per value; this costs one per table.
 *
 * <p>The rows are fed to the aggregate from a subquery ordered by owner and position, which
 * SQLite answers by walking the table's own key (no sort) instead of the smaller index by value
 * it would pick for a bare scan; so each owner's rows come together and in order. Should they
 * come in any other order, the lists are still put in position order, only more slowly. Equal lists are one
 * instance, as are equal values.
 */
final class ChildLists {
    private ChildLists() {
    }

    /**
     * The values of {@code table} ({@code ownerColumn, position, valueColumn}) by owner, each list
     * in position order.
     */
    static Map<String, List<String>> load(Connection c, String table, String ownerColumn, String valueColumn,
                                          int owners, RowDecoder decode) throws SQLException {
        String json;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT json_group_array(json_array("
                + ownerColumn + ", position, " + valueColumn + ")) FROM (SELECT " + ownerColumn + ", position, "
                + valueColumn + " FROM " + table + " ORDER BY " + ownerColumn + ", position)")) {
            json = rs.next() ? rs.getString(1) : null;
        }
        Map<String, List<String>> lists = parse(json, owners, decode);
        if (lists == null) {
            throw new SQLException("the rows of " + table + " could not be read: "
                    + (json == null ? "null" : json.substring(0, Math.min(60, json.length()))));
        }
        return lists;
    }

    /** The lists in {@code json}, or {@code null} when it is not an array of [text, number, text]. */
    static Map<String, List<String>> parse(String json, int owners, RowDecoder decode) {
        if (json == null) {
            return null;
        }
        Runs runs = new Runs(owners);
        if (!read(json, decode, runs)) {
            return null;
        }
        if (runs.regular()) {
            return runs.lists;
        }
        Scattered scattered = new Scattered(owners);
        read(json, decode, scattered);
        return scattered.lists();
    }

    /** Receives the rows of the text in the order they come. */
    private interface Rows {
        void row(String owner, int position, String value);
    }

    /** Walks the text, handing each row to {@code rows}; {@code false} when it is malformed. */
    private static boolean read(String json, RowDecoder decode, Rows rows) {
        JsonCursor in = new JsonCursor(json);
        if (!in.take('[')) {
            return false;
        }
        String owner = null;
        boolean more = !in.take(']');
        while (more) {
            if (!in.take('[')) {
                return false;
            }
            String o = in.string();
            if (o == null || !in.take(',')) {
                return false;
            }
            int position = in.integer();
            if (position < 0 || !in.take(',')) {
                return false;
            }
            String v = in.string();
            if (v == null || !in.take(']')) {
                return false;
            }
            owner = o.equals(owner) ? owner : o;
            rows.row(owner, position, decode.text(v));
            more = in.take(',');
            if (!more && !in.take(']')) {
                return false;
            }
        }
        return in.end(json) != null;
    }

    /**
     * The usual case: each owner's rows come together, positions 0, 1, 2 … in order. Anything
     * else marks the result irregular, and the text is read again by {@link Scattered}.
     */
    private static final class Runs implements Rows {
        final Map<String, List<String>> lists;
        private final Map<List<String>, List<String>> shared = new HashMap<>();
        private final List<String> run = new ArrayList<>(4);
        private String owner;
        private boolean irregular;

        Runs(int owners) {
            lists = new HashMap<>(owners * 4 / 3 + 16);
        }

        @Override
        public void row(String o, int position, String value) {
            if (o != owner) {
                finish();
                owner = o;
                irregular |= lists.containsKey(o);
            }
            irregular |= position != run.size();
            run.add(value);
        }

        private void finish() {
            if (owner != null) {
                List<String> list = shared.get(run);
                if (list == null) {
                    list = List.copyOf(run);
                    shared.put(list, list);
                }
                lists.put(owner, list);
                run.clear();
            }
        }

        boolean regular() {
            finish();
            owner = null;
            return !irregular;
        }
    }

    /** Any order: values are placed by position per owner. */
    private static final class Scattered implements Rows {
        private final Map<String, String[]> byOwner;

        Scattered(int owners) {
            byOwner = new HashMap<>(owners * 4 / 3 + 16);
        }

        @Override
        public void row(String o, int position, String value) {
            String[] values = byOwner.get(o);
            if (values == null || position >= values.length) {
                values = values == null ? new String[Math.max(2, position + 1)]
                        : Arrays.copyOf(values, Math.max(values.length * 2, position + 1));
                byOwner.put(o, values);
            }
            values[position] = value;
        }

        Map<String, List<String>> lists() {
            return share(byOwner);
        }
    }

    /** Immutable lists without the unused slots; equal lists share one instance. */
    private static Map<String, List<String>> share(Map<String, String[]> byOwner) {
        Map<String, List<String>> lists = new HashMap<>(byOwner.size() * 4 / 3 + 16);
        Map<List<String>, List<String>> shared = new HashMap<>();
        List<String> scratch = new ArrayList<>(4);
        for (Map.Entry<String, String[]> e : byOwner.entrySet()) {
            scratch.clear();
            for (String v : e.getValue()) {
                if (v != null) {
                    scratch.add(v);
                }
            }
            List<String> list = shared.get(scratch);
            if (list == null) {
                list = List.copyOf(scratch);
                shared.put(list, list);
            }
            lists.put(e.getKey(), list);
        }
        return lists;
    }
}
