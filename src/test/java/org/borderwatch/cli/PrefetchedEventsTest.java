package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.EventsUnavailableException;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.GeoPoint;
import org.junit.jupiter.api.Test;

/** The first slide's window is read once, beside the command's other work, and answered from that read. */
class PrefetchedEventsTest {
    private static final LocalDate FROM = LocalDate.of(2023, 11, 1);
    private static final LocalDate TO = LocalDate.of(2023, 11, 30);
    private static final GeoBox BOX = new GeoBox(22.0, 51.0, 25.0, 55.0);

    /** A source that notes every read and answers each with one event of the read's last day. */
    private static final class NotedSource implements EventSource {
        final List<String> reads = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public List<Event> eventsBetween(LocalDate from, LocalDate to) {
            return eventsBetween(from, to, null);
        }

        @Override
        public List<Event> eventsBetween(LocalDate from, LocalDate to, GeoBox box) {
            reads.add(from + "…" + to + (box == null ? "" : " in box"));
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new Event("e-" + to, to, DatePrecision.DAY, "An event", "", Category.PROTEST, Border.PL_BY, null,
                    new GeoPoint(53.1, 23.2), null, List.of("s1"), List.of(), java.util.Map.of()));
        }
    }

    @Test
    void theFirstWindowIsReadAtOnceAndAnsweredFromThatReadOnce() throws Exception {
        NotedSource source = new NotedSource();
        PrefetchedEvents events = new PrefetchedEvents(source, FROM, TO, BOX);
        // the read starts before anyone asks, on a thread of its own
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (source.reads.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertEquals(List.of("2023-11-01…2023-11-30 in box"), source.reads);
        source.release.countDown();
        List<Event> first = events.eventsBetween(FROM, TO, BOX);
        assertEquals("e-2023-11-30", first.get(0).id());
        assertEquals(1, source.reads.size(), "answered from the read already made");
        // asked again, or for another window or box, it reads
        events.eventsBetween(FROM, TO, BOX);
        events.eventsBetween(FROM, TO);
        events.eventsBetween(FROM.plusDays(1), TO.plusDays(1), BOX);
        assertEquals(4, source.reads.size(), source.reads.toString());
    }

    @Test
    void aFailedReadAheadFailsWhenItsWindowIsAskedFor() {
        EventsUnavailableException failure = new EventsUnavailableException("the store failed", new RuntimeException());
        PrefetchedEvents events = new PrefetchedEvents((from, to) -> {
            throw failure;
        }, FROM, TO, null);
        EventsUnavailableException e = assertThrows(EventsUnavailableException.class, () -> events.eventsBetween(FROM, TO));
        assertSame(failure, e);
        assertTrue(e.getMessage().contains("store failed"));
    }
}
