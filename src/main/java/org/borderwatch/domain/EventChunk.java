package org.borderwatch.domain;

import java.util.List;

/**
 * Events read together — one day of the window's event cache — compared by identity: while the
 * cache holds a day, its events come back as this same chunk in every window that covers the day,
 * so that what a painter worked out for them (projected positions, the crossing each snaps to)
 * can be remembered for the chunk and not worked out again for every frame. Immutable and
 * thread-safe.
 */
public final class EventChunk {
    private final List<Event> events;

    /** The chunk of {@code events} (copied unless already an unmodifiable list), in their order. */
    public EventChunk(List<Event> events) {
        this.events = List.copyOf(events);
    }

    /** The events, in the order given. */
    public List<Event> events() {
        return events;
    }

    /** How many events. */
    public int size() {
        return events.size();
    }

    @Override
    public String toString() {
        return "EventChunk[" + events.size() + " events]";
    }
}
