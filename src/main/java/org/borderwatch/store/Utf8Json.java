package org.borderwatch.store;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.borderwatch.domain.Attributes;

/**
 * Writes an event's stored attributes ({@link FlatJson#writeStored}) straight into UTF-8 bytes,
 * the form SQLite stores them in: byte for byte the UTF-8 encoding of the text
 * {@link FlatJson#writeStored} returns (same escapes; an unpaired surrogate becomes {@code ?}, as
 * {@link String#getBytes} makes it), without building that text first. An import writes one such
 * object per event, and going through a {@code String} cost it more than reading the CSV row.
 *
 * <p>Attribute names repeat from event to event ({@link Attributes} share their name arrays), so
 * each name's quoted bytes are made once. Reuses its buffer: not thread-safe, one per thread.
 */
final class Utf8Json {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** Names seen, by identity, with their bytes as {@code "name":}; bounded. */
    private final Map<String, byte[]> names = new IdentityHashMap<>();
    private byte[] buf = new byte[1024];
    private int len;

    /** The stored attributes of an event with {@code summary}, as UTF-8 bytes. */
    byte[] attributes(Map<String, String> attributes, String summary) {
        if (attributes.isEmpty()) {
            return new byte[] {'{', '}'};
        }
        Attributes a = Attributes.of(attributes);
        boolean hasSummary = summary != null && !summary.isEmpty();
        len = 0;
        put((byte) '{');
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                put((byte) ',');
            }
            put(name(a.key(i)));
            String value = a.value(i);
            if (hasSummary && (value == summary || summary.equals(value))) {
                put(NULL);
            } else {
                string(value);
            }
        }
        put((byte) '}');
        return Arrays.copyOf(buf, len);
    }

    private byte[] name(String key) {
        byte[] b = names.get(key);
        if (b == null) {
            int start = len;
            string(key);
            put((byte) ':');
            b = Arrays.copyOfRange(buf, start, len);
            len = start;
            if (names.size() < 4096) {
                names.put(key, b);
            }
        }
        return b;
    }

    /** {@code s} as a JSON string in UTF-8, escaped as {@link FlatJson} escapes. */
    private void string(String s) {
        int n = s.length();
        ensure(n * 6 + 2);
        byte[] b = buf;
        int at = len;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                if (ch >= 0x20 && ch != '"' && ch != '\\') {
                    b[at++] = (byte) ch;
                } else {
                    at = escape(b, at, ch);
                }
            } else if (ch < 0x800) {
                b[at++] = (byte) (0xC0 | ch >> 6);
                b[at++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                char low = i + 1 < n ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(ch) && Character.isLowSurrogate(low)) {
                    int cp = Character.toCodePoint(ch, low);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    b[at++] = '?';
                }
            } else {
                b[at++] = (byte) (0xE0 | ch >> 12);
                b[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        b[at++] = '"';
        len = at;
    }

    private static int escape(byte[] b, int at, char ch) {
        b[at++] = '\\';
        switch (ch) {
            case '"' -> b[at++] = '"';
            case '\\' -> b[at++] = '\\';
            case '\b' -> b[at++] = 'b';
            case '\t' -> b[at++] = 't';
            case '\n' -> b[at++] = 'n';
            case '\f' -> b[at++] = 'f';
            case '\r' -> b[at++] = 'r';
            default -> {
                b[at++] = 'u';
                b[at++] = '0';
                b[at++] = '0';
                b[at++] = HEX[ch >> 4];
                b[at++] = HEX[ch & 0xF];
            }
        }
        return at;
    }

    private void put(byte c) {
        ensure(1);
        buf[len++] = c;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
