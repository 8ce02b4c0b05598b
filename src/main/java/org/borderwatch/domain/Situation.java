package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The situation on one day: every crossing's status, the closures in force and the events of the
 * window ending on that day. Made only by {@link SituationAt}; immutable.
 *
 * @param date      the day
 * @param window    the event window used
 * @param crossings every crossing, in the order of the data (by border, then north to south)
 * @param events    events of the window, oldest first (as {@link ChunkedEvents} when read by chunk)
 */
public record Situation(LocalDate date, TimeWindow window, List<CrossingStatus> crossings, List<Event> events) {
    public Situation {
        crossings = List.copyOf(crossings);
        // the chunks the window's cache read stay as they are (immutable already): painters remember what they placed by chunk
        events = events instanceof ChunkedEvents ? events : List.copyOf(events);
    }

    /** The status of one crossing, if it exists. */
    public Optional<CrossingStatus> statusOf(String crossingId) {
        return crossings.stream().filter(c -> c.crossing().id().equals(crossingId)).findFirst();
    }

    /** The closed intervals in force on the day (one per closed crossing). */
    public List<StatusInterval> closuresInForce() {
        return crossings.stream()
                .filter(c -> c.status() == Status.CLOSED)
                .map(CrossingStatus::interval)
                .toList();
    }

    /** True when every crossing of {@code border} is closed on the day. */
    public boolean fullyClosed(Border border) {
        List<CrossingStatus> of = crossings.stream().filter(c -> c.crossing().border() == border).toList();
        return !of.isEmpty() && of.stream().allMatch(c -> c.status() == Status.CLOSED);
    }

    /** Counts of crossings by status on one border. */
    public long count(Border border, Status status) {
        return crossings.stream()
                .filter(c -> c.crossing().border() == border && c.status() == status)
                .count();
    }
}
