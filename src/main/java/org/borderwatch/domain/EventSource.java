package org.borderwatch.domain;

import java.time.LocalDate;
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
}
