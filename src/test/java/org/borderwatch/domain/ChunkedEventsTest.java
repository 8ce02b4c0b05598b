package org.borderwatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChunkedEventsTest {

    private static Event event(String id, String date) {
        return new Event(id, LocalDate.parse(date), DatePrecision.DAY, "Event " + id, "", Category.INCIDENT, Border.FI_RU,
                null, new GeoPoint(61, 29), null, List.of("S"), List.of(), Map.of());
    }

    @Test
    void daysReadInChunksReadAsTheirEventsOneAfterTheOtherEmptyDaysIncluded() {
        List<Event> all = new ArrayList<>();
        List<EventChunk> chunks = new ArrayList<>();
        for (int d = 1; d <= 9; d++) {
            List<Event> day = new ArrayList<>();
            // days 3 and 6 have no event (a day of the window's cache without events)
            for (int i = 0; d % 3 != 0 && i < d; i++) {
                day.add(event("e" + d + "-" + i, "2023-11-0" + d));
            }
            all.addAll(day);
            chunks.add(new EventChunk(day));
        }
        chunks.add(0, new EventChunk(List.of()));
        ChunkedEvents events = ChunkedEvents.of(chunks);
        assertEquals(all.size(), events.size());
        assertEquals(all, events, "the same events in the same order");
        for (int i = 0; i < all.size(); i++) {
            assertSame(all.get(i), events.get(i), "event " + i);
        }
        List<Event> iterated = new ArrayList<>();
        events.forEach(iterated::add);
        assertEquals(all, iterated);
        assertEquals(all, events.stream().toList());
        assertThrows(IndexOutOfBoundsException.class, () -> events.get(all.size()));
        assertThrows(UnsupportedOperationException.class, () -> events.add(all.get(0)));
    }

    @Test
    void aSituationKeepsTheChunksItWasGiven() {
        EventChunk day = new EventChunk(List.of(event("a", "2023-11-01"), event("b", "2023-11-01")));
        ChunkedEvents events = ChunkedEvents.of(List.of(day));
        Situation s = new Situation(LocalDate.parse("2023-11-01"), TimeWindow.lastDays(30), List.of(), events);
        assertSame(events, s.events(), "not copied: painters find the chunks they placed before");
        List<Event> plain = new ArrayList<>(events);
        Situation copied = new Situation(LocalDate.parse("2023-11-01"), TimeWindow.lastDays(30), List.of(), plain);
        plain.clear();
        assertEquals(2, copied.events().size(), "any other list is copied");
    }
}
