package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;

/**
 * Runs a full-text query over {@code event_fts}. Ranking is FTS5's bm25 with column weights
 * title 10, summary 1, place 5, sources 2, folded spellings 1; ties go to the newer event.
 */
final class EventSearch {
    private static final String RANK = "bm25(event_fts, 10.0, 1.0, 5.0, 2.0, 1.0)";

    private EventSearch() {
    }

    /** {@code query} must come from {@link FtsQuery#build}. */
    static List<SearchHit> run(Connection c, String query, int limit) throws SQLException {
        Map<Long, Double> ranked = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.pk, " + RANK + " AS r FROM event_fts "
                + "JOIN events e ON e.pk = event_fts.rowid WHERE event_fts MATCH ? ORDER BY r, e.date DESC, e.id LIMIT ?")) {
            ps.setString(1, query);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ranked.put(rs.getLong(1), -rs.getDouble(2));
                }
            }
        }
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Long, Event> events = EventTable.loadByKeys(c, ranked.keySet());
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (Map.Entry<Long, Double> r : ranked.entrySet()) {
            Event e = events.get(r.getKey());
            if (e != null) {
                hits.add(new SearchHit(e, r.getValue()));
            }
        }
        return hits;
    }
}
