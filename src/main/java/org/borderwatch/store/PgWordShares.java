package org.borderwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * How common the words of a search are among the events, from the server's own statistics of the
 * search column ({@code pg_stats.most_common_elems}: the words in more than a few thousandths of
 * the events, with the share of events holding each, kept by {@code ANALYZE}). A word that no
 * common word begins is rarer than all of them. Only an estimate for choosing how to search:
 * what matches is always the server's own query. Read again when ten minutes old. Used under the
 * store's lock.
 */
final class PgWordShares {
    private static final long FRESH_NANOS = TimeUnit.MINUTES.toNanos(10);

    private NavigableMap<String, Float> common = new TreeMap<>();
    private long readAt;
    private boolean read;

    /** Reads the statistics again when they are older than ten minutes (or were never read). */
    void refresh(Connection c) throws SQLException {
        if (read && System.nanoTime() - readAt < FRESH_NANOS) {
            return;
        }
        NavigableMap<String, Float> words = new TreeMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT most_common_elems::text::text[], most_common_elem_freqs FROM pg_stats "
                     + "WHERE schemaname = 'borderwatch' AND tablename = 'events' AND attname = 'search'")) {
            if (rs.next() && rs.getArray(1) != null && rs.getArray(2) != null) {
                String[] elems = (String[]) rs.getArray(1).getArray();
                Float[] freqs = (Float[]) rs.getArray(2).getArray();
                // the frequencies end with three more numbers (least, greatest, nulls): one per word first
                for (int i = 0; i < elems.length && i < freqs.length; i++) {
                    words.put(elems[i], freqs[i]);
                }
            }
        }
        common = words;
        readAt = System.nanoTime();
        read = true;
    }

    /**
     * The estimated share (0–1) of events holding a word that begins with {@code word} (as typed;
     * folded here as the search text is), 0 when no common word begins so.
     */
    double share(String word) {
        String folded = TextFolding.fold(word).toLowerCase(Locale.ROOT);
        double sum = 0;
        for (Float f : common.subMap(folded, true, folded + Character.MAX_VALUE, true).values()) {
            sum += f;
        }
        return Math.min(1, sum);
    }

    /**
     * Of several words, the ones rare enough ({@code share < rare}) to look up in the text index
     * while the others are only checked on the events found — or all of them when none or every
     * one is that rare.
     */
    List<String> toLookUp(List<String> words, double rare) {
        List<String> few = words.stream().filter(w -> share(w) < rare).toList();
        return few.isEmpty() || few.size() == words.size() ? words : few;
    }
}
