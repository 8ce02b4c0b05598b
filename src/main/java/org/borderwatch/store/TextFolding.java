package org.borderwatch.store;

/**
 * Folds letters that SQLite's {@code unicode61 remove_diacritics 2} tokenizer keeps apart from
 * their base letter because Unicode gives them no decomposition: Polish ł, Nordic ø and æ, German
 * ß and a few more. With this, {@code bialystok} finds Białystok as {@code kuznica} finds Kuźnica.
 */
final class TextFolding {
    private TextFolding() {
    }

    /** {@code text} with those letters replaced by their ASCII base; the same instance when none occur. */
    static String fold(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String r = replacement(ch);
            if (r != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(ch);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Whether {@link #fold} changes {@code ch}. */
    static boolean folds(char ch) {
        return ch >= 0xC6 && ch <= 0x153 && replacement(ch) != null;
    }

    private static String replacement(char ch) {
        return switch (ch) {
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ', 'ð' -> "d";
            case 'Đ', 'Ð' -> "D";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ß' -> "ss";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            default -> null;
        };
    }
}
