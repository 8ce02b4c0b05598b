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
 * {@code atMost} events ({@link #forHeap}: what the heap holds, up to
 * {@link Store#SOURCE_WINDOW_AT_MOST}); a larger one is refused with a sentence that says how many
 * it holds, and nothing is read. A store failure becomes an {@link EventsUnavailableException} with the store's
 * message. Thread-safe as the store is.
 */
final class CountedEventSource implements EventSource {
    /**
     * Heap an event takes as a slide reads it, with some room: a year of a million-event store,
     * 198,000 events, left 178 MB in use after collection while its slide was painted.
     */
    static final long EVENT_BYTES = 1024;

    private final Store store;
    private final Set<String> attributes;
    private final int atMost;
    /** The heap that set {@link #atMost} below {@link Store#SOURCE_WINDOW_AT_MOST}, in bytes, or 0. */
    private final long limitingHeap;

    /**
     * @param attributes the attributes the events carry ({@code null}: all of them)
     * @param atMost     the most events a window may hold
     */
    CountedEventSource(Store store, Set<String> attributes, int atMost) {
        this(store, attributes, atMost, 0);
    }

    private CountedEventSource(Store store, Set<String> attributes, int atMost, long limitingHeap) {
        this.store = store;
        this.attributes = attributes;
        this.atMost = atMost;
        this.limitingHeap = limitingHeap;
    }

    /**
     * A source that reads at most {@link Store#SOURCE_WINDOW_AT_MOST} events a window, and no more
     * than half of {@code maxHeap} holds ({@link #EVENT_BYTES} an event, in thousands): a command
     * run with a small heap refuses a window it could not hold instead of running out of memory.
     */
    static CountedEventSource forHeap(Store store, Set<String> attributes, long maxHeap) {
        long fits = maxHeap / 2 / EVENT_BYTES / 1000 * 1000;
        return fits < Store.SOURCE_WINDOW_AT_MOST
                ? new CountedEventSource(store, attributes, (int) Math.max(1000, fits), maxHeap)
                : new CountedEventSource(store, attributes, Store.SOURCE_WINDOW_AT_MOST, 0);
    }

    /** The most events a window may hold. */
    int atMost() {
        return atMost;
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
                        "the %,d days %s hold %,d events%s; a slide's map draws at most %,d%s: choose a shorter window of days",
                        ChronoUnit.DAYS.between(from, to) + 1, DateText.current().range(from, to), n,
                        box == null ? "" : " where its maps show", atMost,
                        limitingHeap > 0 ? String.format(Locale.ROOT, " in this program's %,d MB of memory", limitingHeap >> 20) : ""),
                        null);
            }
            return store.events(q);
        } catch (StoreException e) {
            throw new EventsUnavailableException(e.getMessage(), e);
        }
    }
}
