package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Event;

/** Checks, before a bulk write, that events cite only stored sources and crossings. */
final class EventReferences {
    private EventReferences() {
    }

    /** Throws an SQLException naming the first event that cites an unknown source or crossing. */
    static void requireKnown(Connection c, List<Event> events, Set<String> sourceIds) throws SQLException {
        Map<String, String> crossingUsers = new LinkedHashMap<>();
        for (Event e : events) {
            for (String s : e.sourceIds()) {
                if (!sourceIds.contains(s)) {
                    throw new SQLException("event " + e.id() + " cites source " + s + ", which is not in the store");
                }
            }
            if (e.crossingId() != null) {
                crossingUsers.putIfAbsent(e.crossingId(), e.id());
            }
        }
        if (crossingUsers.isEmpty()) {
            return;
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM crossings WHERE id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Sql.jsonArray(crossingUsers.keySet()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        for (Map.Entry<String, String> u : crossingUsers.entrySet()) {
            if (!stored.contains(u.getKey())) {
                throw new SQLException("event " + u.getValue() + " names crossing " + u.getKey()
                        + ", which is not in the store");
            }
        }
    }
}
