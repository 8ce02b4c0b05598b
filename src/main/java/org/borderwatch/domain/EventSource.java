package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the events of a window come from: the store's windowed queries, or an in-memory
 * {@link SituationData}. The situation of a day asks only for the days of its window, so its
 * cost follows what is shown, not what the store holds.
 */
@FunctionalInterface
public interface EventSource {
    /**
     * Events with {@code from <= date <= to}, oldest first (by date, then id); empty when
     * {@code to} is before {@code from}.
     *
     * @throws EventsUnavailableException when the events cannot be read (the store failed)
     */
    List<Event> eventsBetween(LocalDate from, LocalDate to);

    /**
     * The events of {@link #eventsBetween(LocalDate, LocalDate)} that may show inside {@code box}:
     * those located in it and every event without a location (a map lists those by their crossing
     * or frontier), in the same order; {@code box} {@code null}: all of them. This default filters
     * the whole window; a store reads only these from its index, so that a slide of one frontier
     * does not read the other's events.
     *
     * @throws EventsUnavailableException when the events cannot be read (the store failed)
     */
    default List<Event> eventsBetween(LocalDate from, LocalDate to, GeoBox box) {
        List<Event> all = eventsBetween(from, to);
        if (box == null) {
            return all;
        }
        List<Event> in = new ArrayList<>();
        for (Event e : all) {
            if (e.location() == null || box.contains(e.location())) {
                in.add(e);
            }
        }
        return in;
    }
}
