package org.borderwatch.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The named extra values of an {@link Event}: an immutable map from attribute name to value that
 * keeps insertion order, backed by two arrays (names and values). Built for the many events of an
 * import: the names array may be shared by many instances ({@link Keys}), lookups scan the few
 * entries (identity first, then {@code equals}), and nothing is hashed.
 *
 * <p>Names are non-null and not blank, values non-null. {@code equals} and {@code hashCode} follow
 * {@link Map}: an instance equals any map with the same pairs (order aside). Immutable and
 * thread-safe: {@code put}, {@code remove} and the other changing methods refuse, as for any
 * unmodifiable map.
 */
public final class Attributes extends AbstractMap<String, String> {
    /** No attributes. */
    public static final Attributes EMPTY = new Attributes(new String[0], new String[0]);

    private final String[] keys;
    private final String[] values;
    private Set<Map.Entry<String, String>> entries;

    private Attributes(String[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * The attributes of {@code map}, in its iteration order: {@code map} itself when it already is
     * {@code Attributes}, {@link #EMPTY} for {@code null} or an empty map.
     *
     * @throws IllegalArgumentException naming the key when a key is null or blank or a value null
     */
    public static Attributes of(Map<String, String> map) {
        if (map instanceof Attributes a) {
            return a;
        }
        if (map == null || map.isEmpty()) {
            return EMPTY;
        }
        String[] k = new String[map.size()];
        String[] v = new String[k.length];
        int n = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (n == k.length) {
                throw new IllegalArgumentException("the map changed while its attributes were copied");
            }
            k[n] = checkKey(e.getKey());
            v[n] = checkValue(e.getKey(), e.getValue());
            n++;
        }
        if (n != k.length) {
            throw new IllegalArgumentException("the map changed while its attributes were copied");
        }
        return new Attributes(k, v);
    }

    /**
     * Attributes with the names of {@code keys} and these values, in that order. The names array
     * is shared, the values are copied.
     *
     * @throws IllegalArgumentException when the counts differ or a value is null (naming its key)
     */
    public static Attributes of(Keys keys, String... values) {
        return of(keys, values, values.length);
    }

    /**
     * Attributes with the names of {@code keys} and the first {@code count} of {@code values}, in
     * that order (for callers that fill one array row after row). The names array is shared, the
     * values are copied.
     *
     * @throws IllegalArgumentException when {@code count} is not the number of names or exceeds
     *                                  the array, or a value is null (naming its key)
     */
    public static Attributes of(Keys keys, String[] values, int count) {
        if (count != keys.names.length || count > values.length) {
            throw new IllegalArgumentException(keys.names.length + " attribute names but " + count + " values");
        }
        if (count == 0) {
            return EMPTY;
        }
        String[] v = Arrays.copyOf(values, count);
        for (int i = 0; i < count; i++) {
            checkValue(keys.names[i], v[i]);
        }
        return new Attributes(keys.names, v);
    }

    /** A builder for about {@code expected} attributes. */
    public static Builder builder(int expected) {
        return new Builder(expected);
    }

    /** Names of the attributes, immutable and validated once, to share between many instances. */
    public static Keys keys(String... names) {
        return new Keys(names);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** The name of attribute {@code i} (0-based, in insertion order). */
    public String key(int i) {
        return keys[i];
    }

    /** The value of attribute {@code i} (0-based, in insertion order). */
    public String value(int i) {
        return values[i];
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (String v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(Object key) {
        String[] k = keys;
        for (int i = 0; i < k.length; i++) {
            if (k[i] == key) {
                return i;
            }
        }
        if (key instanceof String) {
            for (int i = 0; i < k.length; i++) {
                if (k[i].equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        Set<Map.Entry<String, String>> s = entries;
        if (s == null) {
            s = new EntrySet();
            entries = s;
        }
        return s;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keys.length; i++) {
            h += keys[i].hashCode() ^ values[i].hashCode();
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof Attributes a) {
            if (a.keys.length != keys.length) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                if (!values[i].equals(a.get(keys[i]))) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    private static String checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("attribute name '" + key + "' is empty");
        }
        return key;
    }

    private static String checkValue(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("attribute '" + key + "' has no value");
        }
        return value;
    }

    private final class EntrySet extends AbstractSet<Map.Entry<String, String>> {
        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < keys.length;
                }

                @Override
                public Map.Entry<String, String> next() {
                    if (next >= keys.length) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                }
            };
        }

        @Override
        public int size() {
            return keys.length;
        }
    }

    /**
     * Attribute names in order, checked once (non-blank, distinct) and shared by every
     * {@link Attributes} made with them. Immutable and thread-safe.
     */
    public static final class Keys {
        private final String[] names;

        private Keys(String[] names) {
            String[] n = names.clone();
            for (int i = 0; i < n.length; i++) {
                checkKey(n[i]);
                for (int j = 0; j < i; j++) {
                    if (n[j].equals(n[i])) {
                        throw new IllegalArgumentException("attribute name '" + n[i] + "' appears twice");
                    }
                }
            }
            this.names = n;
        }

        /** Number of names. */
        public int size() {
            return names.length;
        }

        /** Name {@code i} (0-based). */
        public String name(int i) {
            return names[i];
        }

        @Override
        public String toString() {
            return Arrays.toString(names);
        }
    }

    /**
     * Collects attributes in insertion order; a repeated name replaces the earlier value in its
     * place, as {@link java.util.LinkedHashMap} would. Not thread-safe; {@link #build()} may be
     * called more than once.
     */
    public static final class Builder {
        private String[] keys;
        private String[] values;
        private int size;

        private Builder(int expected) {
            keys = new String[Math.max(4, expected)];
            values = new String[keys.length];
        }

        /**
         * Adds {@code key} = {@code value}, or replaces the value of an earlier {@code key}.
         *
         * @throws IllegalArgumentException naming the key when it is null or blank or the value null
         */
        public Builder put(String key, String value) {
            checkKey(key);
            checkValue(key, value);
            for (int i = 0; i < size; i++) {
                if (keys[i] == key || keys[i].equals(key)) {
                    values[i] = value;
                    return this;
                }
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
            return this;
        }

        /** The attributes put so far. */
        public Attributes build() {
            return size == 0 ? EMPTY : new Attributes(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
        }
    }
}
