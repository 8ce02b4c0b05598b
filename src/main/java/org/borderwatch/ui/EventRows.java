package org.borderwatch.ui;

import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Event;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;

/**
 * What the event list and "what changed" read from the store: pages of a window, counts,
 * full-text search over every event, and an event as stored. Every method but
 * {@link #indexing} does I/O: call it on a background thread, never on the JavaFX Application
 * Thread. Failures carry a message for the user.
 */
public interface EventRows {
    /** How many events {@code q} asks for. */
    int count(EventQuery q) throws Exception;

    /** Events {@code offset} … {@code offset + limit − 1} of {@code q} in {@code order}. */
    List<Event> page(EventQuery q, EventOrder order, int offset, int limit) throws Exception;

    /**
     * Events matching {@code text} on all dates, best first.
     *
     * @param text  what the user typed (not blank)
     * @param limit at most this many
     */
    List<Event> matching(String text, int limit) throws Exception;

    /**
     * Event {@code id} as stored, with every attribute (the map holds only those it paints), or
     * empty when the store no longer has it.
     */
    Optional<Event> stored(String id) throws Exception;

    /**
     * Whether a search would first wait for the store to index events a large import has just
     * committed. Answers at once from memory: safe on the JavaFX Application Thread.
     */
    default boolean indexing() {
        return false;
    }
}
