package org.borderwatch.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.EventsUnavailableException;
import org.borderwatch.domain.GeoBox;

/**
 * A store's events for slides with one window read ahead on a thread of its own — the first
 * slide's, while the command loads the base map — so that a command spends the time of the two
 * reads once. Asked for that window (the same days and box), it answers once with what was read,
 * waiting for it if need be; any other window is read when asked. Thread-safe.
 */
final class PrefetchedEvents implements EventSource {
    private final EventSource source;
    private final LocalDate from;
    private final LocalDate to;
    private final GeoBox box;
    private final FutureTask<List<Event>> read;
    private final AtomicBoolean taken = new AtomicBoolean();

    /** Starts reading {@code from} … {@code to} in {@code box} from {@code source} at once. */
    PrefetchedEvents(EventSource source, LocalDate from, LocalDate to, GeoBox box) {
        this.source = source;
        this.from = from;
        this.to = to;
        this.box = box;
        this.read = new FutureTask<>(() -> source.eventsBetween(from, to, box));
        Thread t = new Thread(read, "slide-events");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public List<Event> eventsBetween(LocalDate first, LocalDate last) {
        return eventsBetween(first, last, null);
    }

    @Override
    public List<Event> eventsBetween(LocalDate first, LocalDate last, GeoBox within) {
        if (first.equals(from) && last.equals(to) && Objects.equals(within, box) && taken.compareAndSet(false, true)) {
            try {
                return read.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventsUnavailableException("interrupted while reading the events of " + from + " … " + to, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new EventsUnavailableException(String.valueOf(e.getCause().getMessage()), e.getCause());
            }
        }
        return source.eventsBetween(first, last, within);
    }
}
