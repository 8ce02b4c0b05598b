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

    /**
     * A word in fewer than this share of the events is looked up in the text index on its own
     * when the search has more common words too (see {@link #events}).
     */
    static final double RARE = 0.01;

    /**
     * The best {@code limit} matches of {@code words}. With words of very different frequency
     * ({@code shares}), only the rare ones are looked up in the text index and the whole query is
     * checked on the events they give: the index answers a prefix by gathering every event of
     * every word that begins so, which for a word in 400,000 of a million events costs some 40 ms
     * even when the other word is in two. The planner then walks the day index for common words
     * and reads the few events of a rare one.
     */
    static List<SearchHit> events(Connection c, List<String> words, int limit, PgWordShares shares) throws SQLException {
        String query = prefixQuery(words);
        List<String> lookUp = words.size() > 1 ? shares.toLookUp(words, RARE) : words;
        // ts_match_vq is the @@ operator as a function: checked on each event, never in the index
        String match = lookUp.size() == words.size() ? "search @@ to_tsquery('folded', ?)"
                : "search @@ to_tsquery('folded', ?) AND ts_match_vq(search, to_tsquery('folded', ?))";
        // one statement, one pass over the text index: the newest matches, in date order, as many
        // as decide the ranking (a common word walks the day index back and stops there, a rare
        // one is found through the text index); all of them ranked when there are at most
        // RANKED_LIMIT, else the newest first with score 0; the documents of the page only
        int newest = Math.max(RANKED_LIMIT + 1, limit);
        String sql = "WITH m AS MATERIALIZED (SELECT id, day, search FROM events WHERE " + match + " "
                + "ORDER BY day DESC, id COLLATE \"C\" DESC LIMIT " + newest + "), "
                + "page AS (SELECT m.id, m.day, CASE WHEN (SELECT count(*) FROM m) > " + RANKED_LIMIT + " THEN 0 "
                + "ELSE ts_rank('{0.1, 0.2, 0.4, 1.0}', m.search, to_tsquery('folded', ?)) END AS r FROM m "
                + "ORDER BY r DESC, m.day DESC, m.id COLLATE \"C\" DESC LIMIT ?) "
                + "SELECT e.id, e.doc::text, page.r FROM page JOIN events e ON e.id = page.id "
                + "ORDER BY page.r DESC, page.day DESC, page.id COLLATE \"C\" DESC";
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (lookUp.size() < words.size()) {
                ps.setString(i++, prefixQuery(lookUp));
            }
            ps.setString(i++, query);
            ps.setString(i++, query);
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new SearchHit(PgEventDoc.read(rs.getBytes(2), rs.getString(1)),
                            rs.getDouble(3)));
                }
            }
        }
        return hits;
    }
}
