package org.borderwatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a safe FTS5 query: every word must occur, each as a prefix.
 *
 * <p>Words are runs of letters, digits and combining marks; everything else (quotes, brackets,
 * {@code AND}/{@code OR} used as operators, {@code *}, {@code :}) only separates words, so no
 * input is an FTS5 syntax error. {@code kuźn "Bruzgi} becomes {@code "kuźn"* AND "bruzgi"*}.
 * At most {@link #MAX_TERMS} words are used.
 */
final class FtsQuery {
    static final int MAX_TERMS = 16;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private FtsQuery() {
    }

    /** The FTS5 query for {@code userText} over text indexed with folded spellings, or {@code null} when it holds no word. */
    static String build(String userText) {
        return build(userText, true);
    }

    /**
     * The FTS5 query for {@code userText}, or {@code null} when it holds no word. {@code fold}:
     * whether to fold ł → l and the like ({@link TextFolding}), for an index that holds the folded spellings.
     */
    static String build(String userText, boolean fold) {
        if (userText == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(fold ? TextFolding.fold(userText) : userText);
        while (m.find() && terms.size() < MAX_TERMS) {
            String word = m.group().toLowerCase(Locale.ROOT);
            terms.add('"' + word + "\"*");
        }
        return terms.isEmpty() ? null : String.join(" AND ", terms);
    }
}
