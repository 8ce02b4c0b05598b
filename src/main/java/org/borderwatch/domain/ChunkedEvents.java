package org.borderwatch.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The events of a window as the {@link EventChunk chunks} they were read in (oldest chunk first),
 * seen as one unmodifiable list without copying them: a {@link Situation} keeps it as it is, so
 * painters reach each chunk and what they remembered of it. {@code get(i)} is O(log chunks);
 * iteration is O(1) per event. Immutable and thread-safe; equal to any list of the same events
 * in the same order.
 */
public final class ChunkedEvents extends AbstractList<Event> implements RandomAccess {
    private final List<EventChunk> chunks;
    /** {@code starts[k]}: index of the first event of chunk k; {@code starts[chunks]}: the size. */
    private final int[] starts;

    private ChunkedEvents(List<EventChunk> chunks) {
        this.chunks = List.copyOf(chunks);
        this.starts = new int[this.chunks.size() + 1];
        for (int k = 0; k < this.chunks.size(); k++) {
            starts[k + 1] = starts[k] + this.chunks.get(k).size();
        }
    }

    /** The events of {@code chunks}, one after the other. */
    public static ChunkedEvents of(List<EventChunk> chunks) {
        return new ChunkedEvents(chunks);
    }

    /** The chunks, in order. */
    public List<EventChunk> chunks() {
        return chunks;
    }

    @Override
    public Event get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("event " + index + " of " + size());
        }
        int k = Arrays.binarySearch(starts, index);
        if (k < 0) {
            k = -k - 2;
        } else {
            // the first of equal starts belongs to an empty chunk: go to the chunk that holds it
            while (starts[k + 1] == index) {
                k++;
            }
        }
        return chunks.get(k).events().get(index - starts[k]);
    }

    @Override
    public int size() {
        return starts[starts.length - 1];
    }

    @Override
    public Iterator<Event> iterator() {
        return new Iterator<>() {
            private int chunk;
            private int next;

            @Override
            public boolean hasNext() {
                while (chunk < chunks.size() && next >= chunks.get(chunk).size()) {
                    chunk++;
                    next = 0;
                }
                return chunk < chunks.size();
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunks.get(chunk).events().get(next++);
            }
        };
    }

    @Override
    public void forEach(Consumer<? super Event> action) {
        for (EventChunk c : chunks) {
            c.events().forEach(action);
        }
    }
}
