package org.borderwatch.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.borderwatch.domain.Attributes;

/**
 * A forward-only reader over one JSON text for the flat shapes the store keeps (objects and arrays
 * of strings, small arrays of strings and whole numbers). Every method gives {@code null} (or −1)
 * instead of throwing when the text is not what it expects, so callers can fall back to a full
 * parser or report the row. Not thread-safe; one cursor reads one text once.
 */
final class JsonCursor {
    private final String s;
    private final int n;
    private int i;
    private Attributes.Keys keys;

    JsonCursor(String s) {
        this.s = s;
        this.n = s.length();
    }

    /** A whole array of strings ending the text, or {@code null}. */
    List<String> array(Function<String, String> canonical) {
        skipSpace();
        if (!take('[')) {
            return null;
        }
        List<String> list = new ArrayList<>(4);
        skipSpace();
        if (take(']')) {
            return end(list);
        }
        while (true) {
            String v = string();
            if (v == null) {
                return null;
            }
            list.add(canonical.apply(v));
            skipSpace();
            if (take(']')) {
                return end(list);
            }
            if (!take(',')) {
                return null;
            }
            skipSpace();
        }
    }

    /**
     * A whole object of strings ending the text, or {@code null} (also for a repeated key); keys
     * and values of at most {@link FlatJson#SHARED_VALUE_LENGTH} characters go through
     * {@code canonical}.
     */
    Map<String, String> object(Function<String, String> canonical) {
        return object(canonical, null);
    }

    /**
     * As {@link #object(Function)}; a {@code null} value becomes {@code nullValue} (as is, not
     * through {@code canonical}), or makes the answer {@code null} when {@code nullValue} is {@code null}.
     */
    Map<String, String> object(Function<String, String> canonical, String nullValue) {
        skipSpace();
        if (!take('{')) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        skipSpace();
        if (take('}')) {
            return end(m);
        }
        while (true) {
            String key = string();
            skipSpace();
            if (key == null || !take(':')) {
                return null;
            }
            skipSpace();
            String value = value(canonical, nullValue);
            if (value == null) {
                return null;
            }
            if (m.put(canonical.apply(key), value) != null) {
                return null;
            }
            skipSpace();
            if (take('}')) {
                return end(m);
            }
            if (!take(',')) {
                return null;
            }
            skipSpace();
        }
    }

    /**
     * A member's value: a string (through {@code canonical} when short, so repeated values share
     * one instance), {@code nullValue} for a JSON {@code null} when that is given; {@code null}
     * for anything else.
     */
    private String value(Function<String, String> canonical, String nullValue) {
        if (nullValue != null && s.startsWith("null", i)) {
            i += 4;
            return nullValue;
        }
        String value = string();
        return value != null && value.length() <= FlatJson.SHARED_VALUE_LENGTH ? canonical.apply(value) : value;
    }

    /**
     * As {@link #object(Function, String)}, as {@link Attributes} made without a map in between:
     * the names are first compared, in place, with {@code expected} (the names of the row read
     * before: the rows of one import repeat them), so that a row with the same names in the same
     * order makes no string for them and shares their array; {@link #keys()} then gives the names
     * this row had. {@code null} where {@code object} gives {@code null}.
     */
    Attributes attributes(Attributes.Keys expected, Function<String, String> canonical, String nullValue) {
        skipSpace();
        if (!take('{')) {
            return null;
        }
        if (take('}')) {
            keys = expected;
            return end(Attributes.EMPTY);
        }
        int known = expected == null ? 0 : expected.size();
        String[] names = null; // made at the first name that differs from expected
        String[] values = new String[Math.max(known, 8)];
        int count = 0;
        while (true) {
            skipSpace();
            if (names != null || count >= known || !nameAt(expected.name(count))) {
                String key = string();
                if (key == null) {
                    return null;
                }
                if (names == null) {
                    names = new String[values.length];
                    for (int k = 0; k < count; k++) {
                        names[k] = expected.name(k);
                    }
                }
                if (count == names.length) {
                    names = Arrays.copyOf(names, count * 2);
                }
                names[count] = canonical.apply(key);
            }
            skipSpace();
            if (!take(':')) {
                return null;
            }
            skipSpace();
            String value = value(canonical, nullValue);
            if (value == null) {
                return null;
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
            skipSpace();
            if (take('}')) {
                break;
            }
            if (!take(',')) {
                return null;
            }
        }
        if (end(this) == null) {
            return null;
        }
        Attributes.Keys k;
        if (names == null && count == known) {
            k = expected;
        } else {
            if (names == null) {
                names = new String[count];
                for (int j = 0; j < count; j++) {
                    names[j] = expected.name(j);
                }
            }
            try {
                k = Attributes.keys(Arrays.copyOf(names, count));
            } catch (IllegalArgumentException repeatedOrBlank) {
                return null;
            }
        }
        keys = k;
        return Attributes.of(k, values, count);
    }

    /** The names of the object {@link #attributes} read last. */
    Attributes.Keys keys() {
        return keys;
    }

    /**
     * Whether the string here is exactly {@code name} (written without escapes); if so, steps over
     * it. A name with a backslash is never matched in place: its text would hold escapes.
     */
    private boolean nameAt(String name) {
        int len = name.length();
        if (i + len + 1 < n && s.charAt(i) == '"' && s.charAt(i + 1 + len) == '"' && s.regionMatches(i + 1, name, 0, len)
                && name.indexOf('\\') < 0) {
            i += len + 2;
            return true;
        }
        return false;
    }

    /** {@code m} when only white space is left, else {@code null}. */
    <T> T end(T m) {
        skipSpace();
        return i == n ? m : null;
    }

    /** The string starting here (after white space), or {@code null} when none does. */
    String string() {
        skipSpace();
        if (!take('"')) {
            return null;
        }
        int start = i;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '"') {
                return s.substring(start, i++);
            }
            if (ch == '\\') {
                return escaped(start);
            }
            if (ch < 0x20) {
                return null;
            }
            i++;
        }
        return null;
    }

    /** The rest of a string that holds an escape at {@code i}. */
    private String escaped(int start) {
        // sized once to the string's extent in the text (its characters take at most that many)
        int end = i;
        while (end < n && s.charAt(end) != '"') {
            end += s.charAt(end) == '\\' ? 2 : 1;
        }
        StringBuilder sb = new StringBuilder(Math.min(end, n) - start).append(s, start, i);
        while (i < n) {
            char ch = s.charAt(i++);
            if (ch == '"') {
                return sb.toString();
            }
            if (ch < 0x20) {
                return null;
            }
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            if (i >= n) {
                return null;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'f' -> sb.append('\f');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    if (i + 4 > n) {
                        return null;
                    }
                    int v = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = hex(s.charAt(i++));
                        if (d < 0) {
                            return null;
                        }
                        v = v << 4 | d;
                    }
                    sb.append((char) v);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private static int hex(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'F') {
            return ch - 'A' + 10;
        }
        return -1;
    }

    /**
     * The whole number of at most nine digits starting here (after white space), or −1 when
     * none does.
     */
    int integer() {
        skipSpace();
        int start = i;
        int v = 0;
        while (i < n && i - start < 9) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            v = v * 10 + (ch - '0');
            i++;
        }
        return i == start ? -1 : v;
    }

    /** Whether {@code ch} is next (after white space); if so, steps over it. */
    boolean take(char ch) {
        skipSpace();
        if (i < n && s.charAt(i) == ch) {
            i++;
            return true;
        }
        return false;
    }

    void skipSpace() {
        while (i < n) {
            char ch = s.charAt(i);
            if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
                return;
            }
            i++;
        }
    }
}
