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
        List<String> words = words(userText, fold);
        if (words.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>(words.size());
        for (String word : words) {
            terms.add(prefix(word));
        }
        return String.join(" AND ", terms);
    }

    /** The words of {@code userText} (at most {@link #MAX_TERMS}), lower case, folded when {@code fold}; none for null. */
    static List<String> words(String userText, boolean fold) {
        List<String> words = new ArrayList<>();
        if (userText == null) {
            return words;
        }
        Matcher m = WORD.matcher(fold ? TextFolding.fold(userText) : userText);
        while (m.find() && words.size() < MAX_TERMS) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The FTS5 prefix query for one word from {@link #words}. */
    static String prefix(String word) {
        return '"' + word + "\"*";
    }

    /** The FTS5 query for exactly one of {@code terms} (index terms: no quote inside). */
    static String anyOf(List<String> terms) {
        StringBuilder sb = new StringBuilder("(");
        for (String t : terms) {
            if (sb.length() > 1) {
                sb.append(" OR ");
            }
            sb.append('"').append(t).append('"');
        }
        return sb.append(')').toString();
    }
}
