package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over the events of a team store: the {@code search} column (title, summary,
 * place, cited sources' titles and publishers, folded by the {@code folded} text search
 * configuration: lower case, diacritics removed by {@code unaccent}, so {@code kuznica} finds
 * Kuźnica and {@code bialystok} Białystok), queried with every word as a prefix through its
 * GIN index. Ranking follows the embedded store: by relevance when at most
 * {@link #RANKED_LIMIT} events match, else the newest matches (score 0), so that a common word
 * stays quick on a large store.
 */
final class PgSearch {
    static final int RANKED_LIMIT = 500;

    private PgSearch() {
    }

    /** {@code 'kuz':* & 'bruzgi':*} for words from {@link FtsQuery#words} (letters, digits and marks only). */
    static String prefixQuery(List<String> words) {
        StringBuilder q = new StringBuilder();
        for (String w : words) {
            if (q.length() > 0) {
                q.append(" & ");
            }
            q.append('\'').append(w).append("':*");
        }
        return q.toString();
    }

    static List<SearchHit> events(Connection c, List<String> words, int limit) throws SQLException {
        String query = prefixQuery(words);
        boolean many;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM events "
                + "WHERE search @@ to_tsquery('folded', ?) LIMIT " + (RANKED_LIMIT + 1) + ") m")) {
            ps.setString(1, query);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                many = rs.getInt(1) > RANKED_LIMIT;
            }
        }
        String sql = many
                ? "SELECT id, doc::text, 0 FROM events WHERE search @@ to_tsquery('folded', ?) "
                        + "ORDER BY day DESC, id COLLATE \"C\" DESC LIMIT ?"
                : "SELECT id, doc::text, ts_rank('{0.1, 0.2, 0.4, 1.0}', search, q) AS r FROM events, "
                        + "to_tsquery('folded', ?) q WHERE search @@ q ORDER BY r DESC, day DESC, id COLLATE \"C\" DESC LIMIT ?";
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, query);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(PgDocs.read(rs.getString(2), BundleItems::event, "events", rs.getString(1)),
                            rs.getDouble(3)));
                }
            }
        }
        return hits;
    }
}
