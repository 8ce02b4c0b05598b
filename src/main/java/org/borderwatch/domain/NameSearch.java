package org.borderwatch.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds crossings by any of their names, in any language and script: "Брэст", "Брест", "Brest"
 * and "Brześć" all find Terespol, whose counterpart they name. Case, diacritics and the letters
 * that have no decomposition (ł, ø, æ, ß) are ignored, and ё matches е; every word of the query
 * must begin a word of one name.
 */
public final class NameSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameSearch() {
    }

    /** A crossing that matched, with the name form that matched first. */
    public record Hit(Crossing crossing, String matchedName) {
    }

    /** The crossings of {@code crossings} that one of whose names matches {@code query}, most important first. */
    public static List<Hit> crossings(List<Crossing> crossings, String query) {
        List<String> words = words(query);
        List<Hit> hits = new ArrayList<>();
        if (words.isEmpty()) {
            return hits;
        }
        for (Crossing c : crossings) {
            for (String name : c.allNames()) {
                if (matches(words(name), words)) {
                    hits.add(new Hit(c, name));
                    break;
                }
            }
        }
        hits.sort((a, b) -> Crossing.BY_IMPORTANCE.compare(a.crossing(), b.crossing()));
        return hits;
    }

    /** True when every query word begins one of the name's words. */
    static boolean matches(List<String> nameWords, List<String> queryWords) {
        for (String q : queryWords) {
            if (nameWords.stream().noneMatch(w -> w.startsWith(q))) {
                return false;
            }
        }
        return true;
    }

    /** The folded words of {@code text}. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(fold(text))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower case, without diacritics; ł → l, ø → o, æ → ae, ß → ss, ё → е. */
    static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case 'ł' -> sb.append('l');
                case 'ø' -> sb.append('o');
                case 'æ' -> sb.append("ae");
                case 'ß' -> sb.append("ss");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
