package org.borderwatch.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One name of a place in one language, with its Latin transliteration.
 *
 * @param side      which side of the border the named place is on: {@link Side#LOCAL} (Finnish or
 *                  Polish) or {@link Side#COUNTERPART} (Russian or Belarusian)
 * @param lang      ISO 639-1 code of the language: {@code fi}, {@code sv}, {@code ru}, {@code pl}, {@code be} …
 * @param name      the name as written in that language, in its own script
 * @param latin     its Latin transliteration; the name itself when it is written in Latin letters
 * @param sourceIds the sources that show this spelling (may be empty in imported data)
 */
public record PlaceName(Side side, String lang, String name, String latin, List<String> sourceIds) {
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    /** Which side of the border a named place is on. */
    public enum Side {
        /** The Finnish or Polish place. */
        LOCAL("local"),
        /** The Russian or Belarusian place across the border. */
        COUNTERPART("counterpart");

        private final String code;

        Side(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Side parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (Side s : values()) {
                if (s.code.equals(t)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown side '" + text + "' (expected local or counterpart)");
        }
    }

    public PlaceName {
        if (side == null) {
            throw new IllegalArgumentException("a place name needs a side (local or counterpart)");
        }
        if (lang == null || !LANG.matcher(lang).matches()) {
            throw new IllegalArgumentException("a place name needs a lower-case ISO 639-1 language code, got '" + lang + "'");
        }
        Util.requireText(name, "place name");
        latin = Util.blankToNull(latin);
        if (latin == null) {
            if (!isLatin(name)) {
                throw new IllegalArgumentException("the name '" + name + "' is not in Latin letters: give its transliteration");
            }
            latin = name;
        }
        sourceIds = Util.copy(sourceIds);
    }

    /** True when every letter of {@code s} is a Latin letter (or a modifier shared by all scripts, as in Skolt Sámi ʹ). */
    public static boolean isLatin(String s) {
        return s.codePoints().filter(Character::isLetter).allMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.COMMON
                    || script == Character.UnicodeScript.INHERITED;
        });
    }

    /** "Брэст (Brest)", or the name alone when it is in Latin letters. */
    public String withLatin() {
        return name.equals(latin) ? name : name + " (" + latin + ")";
    }
}
