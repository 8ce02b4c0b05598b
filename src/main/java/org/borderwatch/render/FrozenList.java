package org.borderwatch.render;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array that no one changes after it is made: the events and ids of
 * the pins a frame places, made anew for every frame by the thousand, are handed from the marker
 * to its hit target without being copied again ({@link #of}).
 */
final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
    private final T[] items;

    /** {@code items} must not change afterwards. */
    FrozenList(T[] items) {
        this.items = items;
    }

    /** {@code list} itself when it is a frozen list or one of the JDK's unmodifiable lists, else an unmodifiable copy. */
    static <T> List<T> of(List<T> list) {
        return list instanceof FrozenList ? list : List.copyOf(list);
    }

    @Override
    public T get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
