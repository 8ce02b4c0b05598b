package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event list's rows, read a page at a time from a real (seeded) store, without a stage. */
class PagedEventsTest {
    @TempDir
    Path dir;
    private Store store;
    private StoreAccess access;
    /** Background reads, run when the test says. */
    private final QueuedReads background = new QueuedReads();

    @BeforeEach
    void open() throws Exception {
        store = Store.openOrCreateSeeded(dir.resolve("paged.db"));
        access = new StoreAccess(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private void runReads() {
        background.runAll();
    }

    private static List<Event> rows(PagedEvents list) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get(i));
        }
        return out;
    }

    @Test
    void rowsAreCountedThenReadByPageInTheStoresOrder() throws Exception {
        // more than three pages of events
        store.upsertEvents(SyntheticEvents.generate(store.loadSituationData(), 3 * PagedEvents.PAGE + 50, 7));
        PagedEvents list = new PagedEvents(access, background, Runnable::run);
        EventQuery all = EventQuery.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        assertTrue(list.show(all, EventOrder.NEWEST_FIRST));
        assertEquals(0, list.size(), "nothing before the count");
        runReads();
        int n = store.countEvents(all);
        assertTrue(n > 3 * PagedEvents.PAGE, "store of " + n + " events");
        assertEquals(n, list.size());
        assertEquals(store.eventPage(all, EventOrder.NEWEST_FIRST, 0, PagedEvents.PAGE).get(0), list.get(0),
                "the first page comes with the count: the list changes once, from nothing to rows");
        assertTrue(background.isEmpty(), "nothing more to read for the first page");
        assertNull(list.get(2 * PagedEvents.PAGE + 1), "a row of another page is empty while its page is read");
        runReads();
        assertEquals(store.eventPage(all, EventOrder.NEWEST_FIRST, 2 * PagedEvents.PAGE + 1, 1).get(0),
                list.get(2 * PagedEvents.PAGE + 1), "and is there once its page is read");
        rows(list);
        runReads();
        assertEquals(store.eventPage(all, EventOrder.NEWEST_FIRST, 0, n), rows(list));
        assertFalse(list.show(all, EventOrder.NEWEST_FIRST), "showing what is shown reads nothing");
        assertTrue(background.isEmpty());
    }

    @Test
    void aNewQueryComesWithTheRowsOfThePagesLastShown() throws Exception {
        store.upsertEvents(SyntheticEvents.generate(store.loadSituationData(), 3 * PagedEvents.PAGE + 50, 7));
        PagedEvents list = new PagedEvents(access, background, Runnable::run);
        EventQuery all = EventQuery.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
        list.show(all, EventOrder.NEWEST_FIRST);
        runReads();
        // scrolled down: the rows on screen are in the third page
        int onScreen = 2 * PagedEvents.PAGE + 10;
        assertNull(list.get(onScreen));
        runReads();
        EventQuery older = EventQuery.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 6, 30));
        assertTrue(list.show(older, EventOrder.NEWEST_FIRST));
        runReads();
        List<Event> expected = store.eventPage(older, EventOrder.NEWEST_FIRST, 0, store.countEvents(older));
        assertEquals(expected.get(onScreen), list.get(onScreen), "the row on screen is there as the new count is");
        assertTrue(background.isEmpty(), "no second pass over the rows on screen");
    }

    @Test
    void aNewWindowReplacesTheRowsOnlyOnceItIsCounted() throws Exception {
        PagedEvents list = new PagedEvents(access, background, Runnable::run);
        EventQuery nov = EventQuery.between(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30));
        list.show(nov, EventOrder.NEWEST_FIRST);
        runReads();
        rows(list);
        runReads();
        List<Event> before = rows(list);
        assertFalse(before.isEmpty());
        EventQuery dec = EventQuery.between(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31));
        assertTrue(list.show(dec, EventOrder.NEWEST_FIRST));
        assertTrue(list.counting());
        assertEquals(before, rows(list), "the last window's rows stay while the next is counted (playback)");
        runReads();
        assertFalse(list.counting());
        assertEquals(dec, list.query());
        rows(list);
        runReads();
        assertEquals(store.eventPage(dec, EventOrder.NEWEST_FIRST, 0, 1000), rows(list));
    }
}
