package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 *
 * <p>Every word is a prefix. FTS5 answers a prefix ({@code "border"*}) by merging the lists of
 * every indexed word that starts so into one list in memory before it can return the first
 * match — some 5–8 ms for a word in most of 100,000 events. So a word of ASCII letters and
 * digits (which the tokenizer indexes as written) is first looked up in the index's vocabulary
 * ({@code fts5vocab}), and when at most {@link #MAX_EXPANSION} indexed words start with it the
 * query names them ({@code ("border" OR "borders")}), which FTS5 walks lazily. A word no indexed
 * word starts with means no hits at once. Other words stay prefixes.
 */
final class EventSearch {
    /** Match sets up to this size are ranked by relevance; larger ones are listed newest first. */
    static final int RANKED_AT_MOST = 500;
    private static final String RANK = "bm25(event_fts, 10.0, 1.0, 5.0, 2.0, 1.0)";
    /**
     * The vocabulary of {@code event_fts}, which {@link StoreOpener} creates on each connection
     * (a temporary table: it belongs to the connection, not to the database file).
     */
    static final String VOCABULARY = "CREATE VIRTUAL TABLE temp.event_fts_terms USING fts5vocab(main, event_fts, row)";
    /** A prefix standing for more indexed words than this stays a prefix. */
    static final int MAX_EXPANSION = 32;

    private EventSearch() {
    }

    /**
     * The indexed words each searched word stood for, remembered while the index stays as it was:
     * asking the vocabulary counts every row of each word in the range (12–17 ms for a common word
     * in a million events), and a search typed word by word asks again for the words already
     * typed. Forgotten whole when this connection has written anything ({@code total_changes()})
     * or another connection has committed ({@code PRAGMA data_version}), and beyond
     * {@value #REMEMBERED} words. One per connection; used under the store's lock.
     */
    static final class Expansions {
        static final int REMEMBERED = 256;
        private final Map<String, List<String>> terms = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                return size() > REMEMBERED;
            }
        };
        private long dataVersion = Long.MIN_VALUE;
        private long changes = Long.MIN_VALUE;

        /** Forgets everything when the index may have changed since the last search. */
        void validate(Connection c) throws SQLException {
            long version;
            long own;
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                    version = rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
                }
                try (ResultSet rs = st.executeQuery("SELECT total_changes()")) {
                    own = rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
                }
            }
            if (version != dataVersion || own != changes) {
                terms.clear();
                dataVersion = version;
                changes = own;
            }
        }
    }

    /** {@code words} come from {@link FtsQuery#words} (folded, lower case, at least one). */
    static List<SearchHit> run(Connection c, List<String> words, int limit) throws SQLException {
        return run(c, words, limit, null);
    }

    /** As {@link #run(Connection, List, int)}, with the expansions of {@code remembered} (may be null). */
    static List<SearchHit> run(Connection c, List<String> words, int limit, Expansions remembered) throws SQLException {
        if (remembered != null) {
            remembered.validate(c);
        }
        String query = expand(c, words, remembered);
        if (query == null) {
            return List.of();
        }
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

    /**
     * The FTS5 query for {@code words}: all must occur, each as a prefix, spelled out as the
     * indexed words it stands for where the vocabulary allows; {@code null} when some word
     * starts no indexed word.
     */
    static String expand(Connection c, List<String> words) throws SQLException {
        return expand(c, words, null);
    }

    private static String expand(Connection c, List<String> words, Expansions remembered) throws SQLException {
        List<String> parts = new ArrayList<>(words.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT term FROM temp.event_fts_terms "
                + "WHERE term >= ? AND term < ? LIMIT " + (MAX_EXPANSION + 1))) {
            for (String w : words) {
                if (!asciiWord(w)) {
                    parts.add(FtsQuery.prefix(w));
                    continue;
                }
                List<String> terms = remembered == null ? null : remembered.terms.get(w);
                if (terms == null) {
                    ps.setString(1, w);
                    ps.setString(2, w.substring(0, w.length() - 1) + (char) (w.charAt(w.length() - 1) + 1));
                    terms = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            terms.add(rs.getString(1));
                        }
                    }
                    terms = List.copyOf(terms);
                    if (remembered != null) {
                        remembered.terms.put(w, terms);
                    }
                }
                if (terms.isEmpty()) {
                    return null;
                }
                parts.add(terms.size() > MAX_EXPANSION ? FtsQuery.prefix(w) : FtsQuery.anyOf(terms));
            }
        }
        return String.join(" AND ", parts);
    }

    /** Lower-case ASCII letters and digits only: indexed exactly as written. */
    private static boolean asciiWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9')) {
                return false;
            }
        }
        return !w.isEmpty();
    }
}
