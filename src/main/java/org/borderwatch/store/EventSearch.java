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
 * Runs a full-text query over {@code event_fts}, whose rowids are {@link SearchKey}s (date, then
 * row key), in two steps:
 * <ol>
 *   <li>the newest matches, up to {@link #RANKED_AT_MOST} + 1, straight from the index
 *       ({@code ORDER BY rowid DESC}: FTS5 walks its doclists backwards and stops early);</li>
 *   <li>when the query matches at most {@link #RANKED_AT_MOST} events, they are ranked by FTS5's
 *       bm25 with column weights title 10, summary 1, place 5, sources 2, folded spellings 1,
 *       ties going to the newer event. When it matches more, the hits are the newest matches,
 *       newest first, with score 0: ranking tens of thousands of matches of a common word costs
 *       bm25 a pass over every one of them (some 20–60 ms for 100,000 events) and tells the user
 *       little, while the newest of them are what an analyst scrolls for.</li>
 * </ol>
 * Only the hits' rows of {@code events} are read, in one query after the ranking.
 */
final class EventSearch {
    /** Match sets up to this size are ranked by relevance; larger ones are listed newest first. */
    static final int RANKED_AT_MOST = 500;
    private static final String RANK = "bm25(event_fts, 10.0, 1.0, 5.0, 2.0, 1.0)";

    private EventSearch() {
    }

    /** {@code query} must come from {@link FtsQuery#build}. */
    static List<SearchHit> run(Connection c, String query, int limit) throws SQLException {
        Map<Long, Double> ranked = new LinkedHashMap<>();
        List<Long> newest = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rowid FROM event_fts WHERE event_fts MATCH ? ORDER BY rowid DESC LIMIT ?")) {
            ps.setString(1, query);
            ps.setInt(2, Math.max(limit, RANKED_AT_MOST + 1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newest.add(rs.getLong(1));
                }
            }
        }
        if (newest.isEmpty()) {
            return List.of();
        }
        if (newest.size() > RANKED_AT_MOST) {
            for (Long key : newest.subList(0, Math.min(limit, newest.size()))) {
                ranked.put(SearchKey.pk(key), 0.0);
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid, " + RANK + " AS r FROM event_fts "
                    + "WHERE event_fts MATCH ? ORDER BY r, rowid DESC LIMIT ?")) {
                ps.setString(1, query);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ranked.put(SearchKey.pk(rs.getLong(1)), -rs.getDouble(2));
                    }
                }
            }
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
