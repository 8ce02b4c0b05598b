package org.borderwatch.store;

import java.nio.charset.StandardCharsets;

/**
 * Reads the text columns of an event row — a JSON array of strings and nulls, as SQLite's
 * {@code json_array(…)} writes it — straight from its UTF-8 bytes, the form SQLite keeps it in
 * ({@code ResultSet.getBytes} hands them over as they are). Read as a {@code String}, the driver
 * first copies the bytes out of a direct buffer, decodes the whole row into a string and the
 * row's values are then cut out of that string one copy each: three copies of every event's text
 * for a window of some 17,000 events whenever the map moves to another day. Here each value is
 * decoded once, from the row's bytes, into its own string.
 *
 * <p>The values a JSON parser reads from the same text: escapes (a quote, a new line, four hex
 * digits, surrogate pairs …) as JSON says; malformed UTF-8 decodes to U+FFFD, as a
 * {@code String} of those bytes would, and so does an escaped lone surrogate, which UTF-8 cannot
 * hold.
 *
 * <p>Keeps one buffer for unescaping, reused from row to row: use one reader per load, on one thread.
 */
final class Utf8JsonRow {
    /** The unescaped bytes of the string being read; grown to the longest escaped string met. */
    private byte[] scratch = new byte[256];

    /**
     * The {@code size} values of the array in {@code json}, nulls as {@code null}.
     *
     * @throws IllegalArgumentException when the bytes are not a JSON array of that many strings
     *         and nulls
     */
    String[] read(byte[] json, int size) {
        String[] out = json == null ? null : new Cursor(json).array(size);
        if (out == null) {
            throw new IllegalArgumentException("not a JSON array of " + size + " strings or nulls: "
                    + (json == null ? "null" : abbreviate(json)));
        }
        return out;
    }

    private static String abbreviate(byte[] json) {
        String s = new String(json, 0, Math.min(json.length, 240), StandardCharsets.UTF_8);
        return s.length() <= 60 && json.length <= 240 ? s : s.substring(0, Math.min(s.length(), 60)) + "…";
    }

    /** One pass over one row's bytes; each method gives {@code null} when they are not what it expects. */
    private final class Cursor {
        private final byte[] b;
        private int i;

        Cursor(byte[] b) {
            this.b = b;
        }

        String[] array(int size) {
            String[] out = new String[size];
            skipSpace();
            if (!take('[')) {
                return null;
            }
            skipSpace();
            int count = 0;
            if (take(']')) {
                return end(count == size, out);
            }
            while (true) {
                if (count == size) {
                    return null;
                }
                if (startsWithNull()) {
                    i += 4;
                    count++;
                } else {
                    String v = string();
                    if (v == null) {
                        return null;
                    }
                    out[count++] = v;
                }
                skipSpace();
                if (take(']')) {
                    return end(count == size, out);
                }
                if (!take(',')) {
                    return null;
                }
                skipSpace();
            }
        }

        private String[] end(boolean complete, String[] out) {
            skipSpace();
            return complete && i == b.length ? out : null;
        }

        private boolean startsWithNull() {
            return i + 4 <= b.length && b[i] == 'n' && b[i + 1] == 'u' && b[i + 2] == 'l' && b[i + 3] == 'l';
        }

        private String string() {
            if (!take('"')) {
                return null;
            }
            int start = i;
            while (i < b.length) {
                byte c = b[i];
                if (c == '"') {
                    // an empty text (a summary left out) is the one empty string, not one per row
                    String text = i == start ? "" : new String(b, start, i - start, StandardCharsets.UTF_8);
                    i++;
                    return text;
                }
                if (c == '\\') {
                    return escaped(start);
                }
                if (c >= 0 && c < 0x20) {
                    return null;
                }
                i++;
            }
            return null;
        }

        /**
         * The rest of a string that holds an escape at {@code i}: unescaped into UTF-8 bytes — no
         * more than the escaped text takes — in the reader's buffer, and decoded once.
         */
        private String escaped(int start) {
            int end = i;
            while (end < b.length && b[end] != '"') {
                end += b[end] == '\\' ? 2 : 1;
            }
            if (end >= b.length) {
                return null;
            }
            if (scratch.length < end - start) {
                scratch = new byte[Math.max(end - start, 2 * scratch.length)];
            }
            byte[] out = scratch;
            int n = i - start;
            System.arraycopy(b, start, out, 0, n);
            while (i < end) {
                byte c = b[i++];
                if (c >= 0 && c < 0x20) {
                    return null;
                }
                if (c != '\\') {
                    out[n++] = c;
                    continue;
                }
                byte e = b[i++];
                switch (e) {
                    case '"', '\\', '/' -> out[n++] = e;
                    case 'b' -> out[n++] = '\b';
                    case 't' -> out[n++] = '\t';
                    case 'n' -> out[n++] = '\n';
                    case 'f' -> out[n++] = '\f';
                    case 'r' -> out[n++] = '\r';
                    case 'u' -> {
                        int v = hex4(end);
                        if (v < 0) {
                            return null;
                        }
                        if (Character.isHighSurrogate((char) v) && i + 6 <= end && b[i] == '\\' && b[i + 1] == 'u') {
                            int at = i;
                            i += 2;
                            int low = hex4(end);
                            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                                v = Character.toCodePoint((char) v, (char) low);
                            } else {
                                i = at;
                            }
                        }
                        n = utf8(v, out, n);
                    }
                    default -> {
                        return null;
                    }
                }
            }
            i = end + 1;
            return new String(out, 0, n, StandardCharsets.UTF_8);
        }

        /**
         * Writes code point {@code v} as UTF-8 at {@code n}; a lone surrogate, which UTF-8 cannot
         * hold, as U+FFFD (a store never holds one: text is stored as UTF-8).
         */
        private static int utf8(int v, byte[] out, int n) {
            if (v < 0x80) {
                out[n++] = (byte) v;
            } else if (v < 0x800) {
                out[n++] = (byte) (0xC0 | v >> 6);
                out[n++] = (byte) (0x80 | v & 0x3F);
            } else if (v > 0xFFFF) {
                out[n++] = (byte) (0xF0 | v >> 18);
                out[n++] = (byte) (0x80 | v >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | v >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | v & 0x3F);
            } else {
                int c = Character.isSurrogate((char) v) ? 0xFFFD : v;
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
            return n;
        }

        /** Four hex digits at {@code i}, before {@code end}; −1 when they are not. */
        private int hex4(int end) {
            if (i + 4 > end) {
                return -1;
            }
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(b[i++], 16);
                if (d < 0) {
                    return -1;
                }
                v = v << 4 | d;
            }
            return v;
        }

        private void skipSpace() {
            while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
                i++;
            }
        }

        private boolean take(char c) {
            if (i < b.length && b[i] == c) {
                i++;
                return true;
            }
            return false;
        }
    }
}
