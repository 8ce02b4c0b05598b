package org.borderwatch.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.borderwatch.domain.Source;

/**
 * Builds and queues the row of one event in the search index {@code event_fts}: title, summary,
 * place, the titles and publishers of its sources, and in {@code alt} the words that
 * {@link TextFolding} changes (Białystok → bialystok), each once. Every query word must occur
 * somewhere in the row, so a folded word only needs to be findable once; the other words are
 * already indexed as written.
 *
 * <p>One instance per writer and thread (it reuses its buffers).
 */
final class SearchText {
    /** The insert this class binds: rowid ({@link SearchKey}), then the five indexed columns. */
    static final String INSERT = "INSERT INTO event_fts (rowid, title, summary, place, sources, alt) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    private final Function<String, Source> sources;
    private final StringBuilder cited = new StringBuilder(256);
    private final StringBuilder alt = new StringBuilder(64);

    /** {@code sources} gives the source records by id (unknown ids contribute no text). */
    SearchText(Function<String, Source> sources) {
        this.sources = sources;
    }

    /** Binds and batches the index row of one event on {@code insert} (prepared from {@link #INSERT}). */
    void queue(PreparedStatement insert, long key, String title, String summary, String place,
               List<String> sourceIds) throws SQLException {
        String where = place == null ? "" : place;
        String citedText = cited(sourceIds);
        insert.setLong(1, key);
        insert.setString(2, title);
        insert.setString(3, summary);
        insert.setString(4, where);
        insert.setString(5, citedText);
        insert.setString(6, alt(title, summary, where, citedText));
        insert.addBatch();
    }

    /**
     * The {@code alt} column of an event: the folded words of its title, summary, place and the
     * text of its sources ({@code citedText}: titles and publishers).
     */
    String alt(String title, String summary, String place, String citedText) {
        alt.setLength(0);
        foldedWords(title);
        foldedWords(summary);
        foldedWords(place);
        foldedWords(citedText);
        return alt.toString();
    }

    /** The sources column: title and publisher of each cited source, each followed by a space. */
    private String cited(List<String> sourceIds) {
        cited.setLength(0);
        for (String id : sourceIds) {
            Source s = sources.apply(id);
            if (s != null) {
                cited.append(s.title()).append(' ');
                if (s.publisher() != null) {
                    cited.append(s.publisher()).append(' ');
                }
            }
        }
        return cited.toString();
    }

    /** Appends to {@link #alt} each word of {@code text} that folding changes, folded, unless already there. */
    private void foldedWords(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !TextFolding.folds(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return;
        }
        i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean foldable = false;
            while (i < n && isWordChar(text.charAt(i))) {
                foldable |= TextFolding.folds(text.charAt(i));
                i++;
            }
            if (foldable) {
                String word = TextFolding.fold(text.substring(start, i));
                if (!containsWord(word)) {
                    if (alt.length() > 0) {
                        alt.append(' ');
                    }
                    alt.append(word);
                }
            }
            if (i == start) {
                i++;
            }
        }
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK
                || Character.getType(ch) == Character.COMBINING_SPACING_MARK;
    }

    private boolean containsWord(String word) {
        int from = 0;
        while (true) {
            int at = alt.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            if ((at == 0 || alt.charAt(at - 1) == ' ') && (end == alt.length() || alt.charAt(end) == ' ')) {
                return true;
            }
            from = at + 1;
        }
    }
}
