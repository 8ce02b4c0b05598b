package org.borderwatch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeldEventSourceTest {
    private static final LocalDate FIRST = LocalDate.of(2023, 9, 1);

    /** Events on most days of 120 (a few days without any), several a day. */
    private static SituationData snapshot() {
        Random r = new Random(11);
        List<Event> events = new ArrayList<>();
        for (int d = 0; d < 120; d++) {
            int n = d % 17 == 5 ? 0 : 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                events.add(new Event("e" + d + "-" + i, FIRST.plusDays(d), DatePrecision.DAY, "Event " + d + "/" + i, "",
                        Category.values()[r.nextInt(Category.values().length)], Border.FI_RU, null,
                        new GeoPoint(60 + r.nextDouble(), 28 + r.nextDouble()), null, List.of("S"), List.of(), Map.of()));
            }
        }
        return new SituationData(List.of(), List.of(), events, List.of(new Source("S", "Source", null, null)));
    }

    /** The snapshot's windowed reads, with the days each read asked for added up. */
    private static final class Counted implements EventSource {
        final EventSource source;
        long daysRead;
        int reads;

        Counted(EventSource source) {
            this.source = source;
        }

        @Override
        public List<Event> eventsBetween(LocalDate from, LocalDate to) {
            reads++;
            daysRead += to.toEpochDay() - from.toEpochDay() + 1;
            return source.eventsBetween(from, to);
        }
    }

    @Test
    void theStepsOfADeckShowTheSameEventsAsReadingEachWindowAndReadOnlyTheirNewDays() {
        SituationData data = snapshot();
        Counted counted = new Counted(data);
        HeldEventSource held = new HeldEventSource(counted, 10_000);
        TimeWindow window = TimeWindow.lastDays(30);
        // twenty daily steps, then weekly ones, then one step back into days already read
        List<LocalDate> steps = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            steps.add(FIRST.plusDays(40 + i));
        }
        for (int i = 0; i < 6; i++) {
            steps.add(FIRST.plusDays(66 + 7 * i));
        }
        steps.add(FIRST.plusDays(50));
        for (LocalDate day : steps) {
            List<Event> expected = data.eventsBetween(window.start(day), day);
            assertEquals(expected, held.eventsBetween(window.start(day), day), "window ending " + day);
        }
        // the first window, then one new day per daily step and seven per weekly step; the last step nothing
        assertEquals(30 + 19 + 6 * 7, counted.daysRead, "days read from the source");
        assertEquals(1 + 19 + 6, counted.reads);
    }

    @Test
    void aWindowKeepsItsDaysAsTheSameChunksAndTheBudgetLetsFarDaysGo() {
        SituationData data = snapshot();
        HeldEventSource held = new HeldEventSource(data, 150);
        ChunkedEvents a = (ChunkedEvents) held.eventsBetween(FIRST.plusDays(10), FIRST.plusDays(39));
        ChunkedEvents b = (ChunkedEvents) held.eventsBetween(FIRST.plusDays(11), FIRST.plusDays(40));
        assertSame(a.chunks().get(1), b.chunks().get(0), "a day held stays the same chunk");
        held.eventsBetween(FIRST.plusDays(80), FIRST.plusDays(109));
        assertTrue(held.heldEvents() <= 150 || held.heldEvents() == data.eventsBetween(FIRST.plusDays(80),
                FIRST.plusDays(109)).size(), "held " + held.heldEvents());
        assertEquals(data.eventsBetween(FIRST.plusDays(10), FIRST.plusDays(39)),
                held.eventsBetween(FIRST.plusDays(10), FIRST.plusDays(39)), "read again after being let go");
        assertEquals(List.of(), held.eventsBetween(FIRST.plusDays(5), FIRST.plusDays(4)));
    }
}
