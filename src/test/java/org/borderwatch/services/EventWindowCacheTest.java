package org.borderwatch.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.services.AcledImportSupport;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's events by day, read from a real store: a window is read once, the next day's window
 * reads only the day that is new, reading ahead holds the days playback reaches next, memory stays
 * within its budget, and a window too long to hold shows its newest events and says so.
 */
class EventWindowCacheTest {
    @TempDir
    static Path dir;
    private static Store store;

    @BeforeAll
    static void generate() throws Exception {
        Path csv = dir.resolve("acled.csv");
        new AcledSampleGenerator(31L, AcledLayout.CURRENT).write(csv, 12_000);
        store = Store.openOrCreateSeeded(dir.resolve("cache.db"));
        AcledImportSupport.importFile(store, csv, AcledImportOptions.DEFAULTS);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    /** The store's reads, each noted as "first…last" (or "newest first…last"). */
    private static final class NotedReads implements EventWindowCache.Reader {
        final List<String> reads = new ArrayList<>();
        @Override
        public List<Event> between(LocalDate from, LocalDate to) throws Exception {
            reads.add(from + "…" + to);
            return store.events(EventQuery.between(from, to));
        }

        @Override
        public List<Event> newest(LocalDate from, LocalDate to, int limit) throws Exception {
            reads.add("newest " + from + "…" + to);
            return store.eventPage(EventQuery.between(from, to), org.borderwatch.store.EventOrder.NEWEST_FIRST, 0, limit);
        }
    }

    private static EventWindowCache cache(NotedReads reads, int budget) throws Exception {
        return new EventWindowCache(reads, store.eventDays(), budget, Runnable::run, Runnable::run);
    }

    /**
     * A cache whose reads wait until run, one at a time, as the window's worker runs them: the
     * window of {@code day} held, its read-ahead (forward) asked for and not yet begun, nothing noted.
     */
    private record Queued(EventWindowCache cache, ArrayDeque<Runnable> reads) {
        static Queued readingAhead(NotedReads noted, LocalDate day, TimeWindow w) throws Exception {
            ArrayDeque<Runnable> reads = new ArrayDeque<>();
            EventWindowCache cache = new EventWindowCache(noted, store.eventDays(), 60_000, reads::add, Runnable::run);
            cache.request(w.start(day), day, () -> { });
            reads.poll().run();
            noted.reads.clear();
            cache.readAhead(day, w, false, 1);
            return new Queued(cache, reads);
        }

        void runNext() {
            reads.poll().run();
        }

        void runAll() {
            while (!reads.isEmpty()) {
                reads.poll().run();
            }
        }
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aWindowIsReadOnceAndTheNextDayReadsOnlyTheNewDay() throws Exception {
        NotedReads reads = new NotedReads();
        EventWindowCache cache = cache(reads, 60_000);
        assertNull(cache.window(day("2023-11-01"), day("2023-11-30")), "nothing is held before a read");
        boolean[] held = {false};
        cache.request(day("2023-11-01"), day("2023-11-30"), () -> held[0] = true);
        assertTrue(held[0]);
        assertEquals(store.events(EventQuery.between(day("2023-11-01"), day("2023-11-30"))),
                cache.window(day("2023-11-01"), day("2023-11-30")));
        cache.request(day("2023-11-02"), day("2023-12-01"), () -> { });
        assertEquals(List.of("2023-11-01…2023-11-30", "2023-12-01…2023-12-01"), reads.reads);
        assertEquals(store.events(EventQuery.between(day("2023-11-02"), day("2023-12-01"))),
                cache.window(day("2023-11-02"), day("2023-12-01")));
    }

    @Test
    void readingAheadHoldsTheDaysPlaybackReachesNext() throws Exception {
        NotedReads reads = new NotedReads();
        EventWindowCache cache = cache(reads, 60_000);
        cache.request(day("2022-03-01"), day("2022-03-30"), () -> { });
        cache.prefetch(day("2022-03-02"), day("2022-04-13"), false);
        int before = reads.reads.size();
        for (LocalDate d = day("2022-03-31"); !d.isAfter(day("2022-04-13")); d = d.plusDays(1)) {
            assertNotNull(cache.window(d.minusDays(29), d), "held ahead: " + d);
        }
        assertEquals(before, reads.reads.size(), "no read while playing through the days read ahead");
    }

    @Test
    void playingFastOnADenseStoreStillReadsTheNearestDaysAhead() throws Exception {
        NotedReads reads = new NotedReads();
        EventDays days = store.eventDays();
        TimeWindow w = TimeWindow.lastDays(30);
        LocalDate d = day("2023-06-30");
        // half the budget holds the window and 20 days more, not the 60 days 30 days a second reach in two seconds
        int budget = 2 * days.total(w.start(d), d.plusDays(20));
        assertTrue(days.total(w.start(d).plusDays(1), d.plusDays(60)) > budget / 2, "the two seconds ahead do not fit");
        EventWindowCache cache = cache(reads, budget);
        cache.request(w.start(d), d, () -> { });
        cache.readAhead(d, w, false, 30);
        for (int k = 1; k <= 15; k++) {
            LocalDate next = d.plusDays(k);
            assertNotNull(cache.window(w.start(next), next), "held ahead: " + next);
        }
        assertTrue(cache.heldEvents() <= budget, cache.heldEvents() + " held");
    }

    @Test
    void memoryStaysWithinItsBudgetKeepingTheWindowAsked() throws Exception {
        NotedReads reads = new NotedReads();
        int budget = 1_500;
        EventWindowCache cache = cache(reads, budget);
        for (LocalDate d = day("2021-02-01"); d.isBefore(day("2025-12-01")); d = d.plusDays(45)) {
            LocalDate from = d.minusDays(29);
            cache.request(from, d, () -> { });
            assertTrue(cache.heldEvents() <= budget || cache.window(from, d) != null, "budget " + cache.heldEvents());
            assertEquals(store.events(EventQuery.between(from, d)), cache.window(from, d), "the window asked for is whole");
        }
        assertTrue(cache.heldEvents() <= budget, cache.heldEvents() + " held");
    }

    @Test
    void aWindowTooLongToHoldShowsItsNewestEventsAndHowManyThereAre() throws Exception {
        NotedReads reads = new NotedReads();
        EventWindowCache cache = cache(reads, 2_000);
        LocalDate from = day("2021-01-01");
        LocalDate to = day("2025-12-31");
        assertTrue(cache.large(from, to));
        cache.request(from, to, () -> { });
        EventWindowCache.Partial p = cache.partial();
        assertEquals(1_000, p.events().size(), "half the budget");
        assertEquals(store.countEvents(EventQuery.between(from, to)), p.total());
        List<Event> all = store.events(EventQuery.between(from, to));
        LocalDate oldestShown = p.events().get(0).date();
        assertTrue(all.stream().filter(e -> e.date().isAfter(oldestShown)).allMatch(p.events()::contains),
                "every event after the oldest shown is shown: the newest ones");
        assertEquals(p.events(), cache.window(from, to));
        assertEquals(List.of("newest " + from + "…" + to), reads.reads);
    }

    @Test
    void readingAheadHoldsTheNearestDayFirstThenPiecesTwiceAsLong() throws Exception {
        NotedReads reads = new NotedReads();
        EventWindowCache cache = cache(reads, 60_000);
        TimeWindow w = TimeWindow.lastDays(30);
        LocalDate d = day("2023-06-30");
        cache.request(w.start(d), d, () -> { });
        reads.reads.clear();
        cache.readAhead(d, w, false, 1);
        // every day of this stretch has events in the generated store: the pieces are 1, 2, 4, 7 days
        assertTrue(store.eventDays().total(d.plusDays(1), d.plusDays(14)) > 14 * 3, "a dense stretch");
        assertEquals(List.of("2023-07-01…2023-07-01", "2023-07-02…2023-07-03", "2023-07-04…2023-07-07",
                "2023-07-08…2023-07-14"), reads.reads);
        for (int k = 1; k <= EventWindowCache.READ_AHEAD_DAYS; k++) {
            assertNotNull(cache.window(w.start(d.plusDays(k)), d.plusDays(k)), "held ahead: " + d.plusDays(k));
        }
        // back in time: the day before the window first, then further back
        reads.reads.clear();
        LocalDate b = day("2023-03-31");
        cache.request(w.start(b), b, () -> { });
        reads.reads.clear();
        cache.readAhead(b, w, true, 1);
        assertEquals(List.of("2023-03-01…2023-03-01", "2023-02-27…2023-02-28", "2023-02-23…2023-02-26",
                "2023-02-16…2023-02-22"), reads.reads);
        for (int k = 1; k <= EventWindowCache.READ_AHEAD_DAYS; k++) {
            LocalDate back = b.minusDays(k);
            assertNotNull(cache.window(w.start(back), back), "held behind: " + back);
        }
    }

    @Test
    void aWindowAskedForWhileReadingAheadIsReadAfterThePieceUnderWayNotAfterAllOfThem() throws Exception {
        NotedReads reads = new NotedReads();
        TimeWindow w = TimeWindow.lastDays(30);
        LocalDate d = day("2024-01-31");
        Queued queued = Queued.readingAhead(reads, d, w);
        EventWindowCache cache = queued.cache();
        // the user jumps a week ahead while the first piece (the next day) is being read
        LocalDate jump = d.plusDays(7);
        boolean[] shown = {false};
        cache.request(w.start(jump), jump, () -> shown[0] = true);
        queued.runNext();
        assertEquals(List.of("2024-02-01…2024-02-01"), reads.reads);
        assertFalse(shown[0]);
        queued.runNext();
        assertTrue(shown[0], "the window asked for is held after one more read");
        assertEquals("2024-02-02…2024-02-07", reads.reads.get(1), "the days it lacked, read as one range");
        queued.runAll();
        for (int k = 1; k <= EventWindowCache.READ_AHEAD_DAYS; k++) {
            assertNotNull(cache.window(w.start(d.plusDays(k)), d.plusDays(k)), "then read ahead as far: " + d.plusDays(k));
        }
    }

    @Test
    void aPieceReadAheadHoldsNoMoreEventsThanItsLimitUnlessItsOneDayHasMore() throws Exception {
        NotedReads reads = new NotedReads();
        EventDays days = store.eventDays();
        int limit = 15; // two or three days of the generated store
        EventWindowCache cache = new EventWindowCache(reads, days, 60_000, limit, Runnable::run, Runnable::run);
        TimeWindow w = TimeWindow.lastDays(30);
        LocalDate d = day("2022-09-30");
        cache.request(w.start(d), d, () -> { });
        reads.reads.clear();
        cache.readAhead(d, w, false, 1);
        LocalDate expectedFrom = d.plusDays(1);
        for (String read : reads.reads) {
            LocalDate from = LocalDate.parse(read.substring(0, 10));
            LocalDate to = LocalDate.parse(read.substring(read.indexOf('…') + 1));
            assertEquals(expectedFrom, from, "nearest first, each piece where the last ended: " + reads.reads);
            assertTrue(from.equals(to) || days.total(from, to) <= limit, read + " holds " + days.total(from, to));
            expectedFrom = to.plusDays(1);
        }
        assertEquals(d.plusDays(EventWindowCache.READ_AHEAD_DAYS + 1), expectedFrom, "the pieces end at the last day ahead");
        assertTrue(reads.reads.size() >= 5, "pieces kept small: " + reads.reads);
    }

    @Test
    void aJumpBeyondTheDaysReadAheadEndsTheReadingAhead() throws Exception {
        NotedReads reads = new NotedReads();
        TimeWindow w = TimeWindow.lastDays(30);
        LocalDate d = day("2024-05-31");
        Queued queued = Queued.readingAhead(reads, d, w);
        EventWindowCache cache = queued.cache();
        queued.runNext(); // the next day
        reads.reads.clear();
        // the user jumps two months ahead while the second piece is being read
        LocalDate jump = d.plusDays(61);
        cache.request(w.start(jump), jump, () -> { });
        queued.runAll();
        assertEquals(List.of("2024-06-02…2024-06-03", "2024-07-02…2024-07-31"), reads.reads,
                "the piece under way, then the window asked for, and nothing more of the days it left");
    }
}
