package org.borderwatch.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.EventsUnavailableException;
import org.borderwatch.domain.GeoBox;

/**
 * A store's events as an {@link EventSource} for slides ({@link Store#eventSource}): each window
 * is counted first and read with one {@link Store#events} query only when it holds at most
 * {@code atMost} events; a larger one is refused with a sentence that says how many it holds, and
 * nothing is read. A store failure becomes an {@link EventsUnavailableException} with the store's
 * message. Thread-safe as the store is.
 */
final class CountedEventSource implements EventSource {
    private final Store store;
    private final Set<String> attributes;
    private final int atMost;

    /**
     * @param attributes the attributes the events carry ({@code null}: all of them)
     * @param atMost     the most events a window may hold
     */
    CountedEventSource(Store store, Set<String> attributes, int atMost) {
        this.store = store;
        this.attributes = attributes;
        this.atMost = atMost;
    }

    @Override
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        return eventsBetween(from, to, null);
    }

    @Override
    public List<Event> eventsBetween(LocalDate from, LocalDate to, GeoBox box) {
        EventQuery q = EventQuery.between(from, to).withinOrUnlocated(box).keepingAttributes(attributes);
        try {
            int n = store.countEvents(q);
            if (n > atMost) {
                throw new EventsUnavailableException(String.format(Locale.ROOT,
                        "the %,d days %s hold %,d events%s; a slide's map draws at most %,d: choose a shorter window of days",
                        ChronoUnit.DAYS.between(from, to) + 1, DateText.current().range(from, to), n,
                        box == null ? "" : " where its maps show", atMost), null);
            }
            return store.events(q);
        } catch (StoreException e) {
            throw new EventsUnavailableException(e.getMessage(), e);
        }
    }
}
