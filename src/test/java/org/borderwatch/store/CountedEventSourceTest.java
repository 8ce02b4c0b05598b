package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.EventsUnavailableException;
import org.borderwatch.domain.GeoBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slide's events: a window is read only when it holds no more than the source allows, else refused with its count. */
class CountedEventSourceTest {
    @TempDir
    Path dir;

    @Test
    void aWindowOfMoreEventsThanAllowedIsRefusedWithItsCountAndASmallerOneIsRead() throws Exception {
        try (Store store = Store.openOrCreateSeeded(dir.resolve("seed.db"))) {
            LocalDate from = LocalDate.of(2023, 11, 1);
            LocalDate to = LocalDate.of(2023, 12, 31);
            int held = store.countEvents(EventQuery.between(from, to));
            assertTrue(held > 10, held + " events in Nov–Dec 2023");
            CountedEventSource atMostHeld = new CountedEventSource(store, null, held);
            assertEquals(store.events(EventQuery.between(from, to)), atMostHeld.eventsBetween(from, to),
                    "a window of as many events as allowed is read as the store reads it");

            CountedEventSource fewer = new CountedEventSource(store, null, held - 1);
            EventsUnavailableException refused = assertThrows(EventsUnavailableException.class,
                    () -> fewer.eventsBetween(from, to));
            String message = refused.getMessage();
            assertTrue(message.contains("the 61 days " + DateText.current().range(from, to) + " hold " + held + " events"),
                    message);
            assertTrue(message.contains("a slide's map draws at most " + (held - 1)) && message.contains("shorter window"),
                    message);

            assertEquals(Store.SOURCE_WINDOW_AT_MOST, CountedEventSource.forHeap(store, null, 512L << 20).atMost(),
                    "a heap of 512 MB holds the most a slide reads");
            assertEquals(65_000, CountedEventSource.forHeap(store, null, 128L << 20).atMost(),
                    "a heap of 128 MB: half of it at 1 KB an event, in thousands");

            GeoBox poland = new GeoBox(22.0, 51.0, 24.5, 54.5);
            int inBox = store.countEvents(EventQuery.between(from, to).withinOrUnlocated(poland));
            assertTrue(inBox < held, "fewer where the maps show: " + inBox);
            assertEquals(store.events(EventQuery.between(from, to).withinOrUnlocated(poland)),
                    new CountedEventSource(store, null, inBox).eventsBetween(from, to, poland),
                    "the count is of the events the maps may show");
        }
    }
}
