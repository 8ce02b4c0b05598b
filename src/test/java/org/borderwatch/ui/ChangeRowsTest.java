package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.SituationDiff;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of "what changed", counted and read a page at a time from a real store, without a stage. */
class ChangeRowsTest {
    @TempDir
    Path dir;
    private Store store;
    private SituationData data;
    /** Every page and count the rows read from the store. */
    private final AtomicInteger pagesRead = new AtomicInteger();
    private final AtomicInteger rowsRead = new AtomicInteger();
    private EventRows reader;
    /** Background reads, run when the test says. */
    private final QueuedReads background = new QueuedReads();

    @BeforeEach
    void open() throws Exception {
        store = Store.openOrCreateSeeded(dir.resolve("changes.db"));
        // the seed's events and more than ten pages of generated ones, over the seed's years
        store.upsertEvents(SyntheticEvents.generate(store.loadSituationData(), 10 * PagedEvents.PAGE + 77, 11));
        data = store.loadStatusData();
        StoreAccess access = new StoreAccess(store);
        reader = new EventRows() {
            @Override
            public int count(EventQuery q) throws Exception {
                return access.count(q);
            }

            @Override
            public List<Event> page(EventQuery q, EventOrder order, int offset, int limit) throws Exception {
                List<Event> page = access.page(q, order, offset, limit);
                pagesRead.incrementAndGet();
                rowsRead.addAndGet(page.size());
                return page;
            }

            @Override
            public List<Event> matching(String text, int limit) throws Exception {
                return access.matching(text, limit);
            }

            @Override
            public java.util.Optional<Event> stored(String id) throws Exception {
                return access.stored(id);
            }
        };
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private void runReads() {
        background.runAll();
    }

    /** Every row, reading the pages not read yet. */
    private List<SituationDiff.Entry> everyRow(ChangeRows rows) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i);
        }
        runReads();
        List<SituationDiff.Entry> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i));
        }
        return out;
    }

    private ChangeRows shown(LocalDate d1, LocalDate d2) throws Exception {
        ChangeRows rows = new ChangeRows(reader, background, Runnable::run);
        rows.show(ChangeRows.Plan.of(data, reader, d1, d2));
        runReads();
        return rows;
    }

    @Test
    void theRowsAreTheStatusChangesAndEventsOfTheDaysInTheOrderOfTheWholeDiff() throws Exception {
        // November 2023 to the end of 2024: Finland's closures, reopenings and the closing for good
        LocalDate d1 = LocalDate.of(2023, 11, 1);
        LocalDate d2 = LocalDate.of(2024, 12, 31);
        ChangeRows rows = shown(d1, d2);
        SituationDiff whole = SituationDiff.between(data, store.eventSource(), d1, d2);
        assertTrue(whole.statusChanges().size() > 5, "changes in the range: " + whole.statusChanges().size());
        assertTrue(whole.events().size() > 2 * PagedEvents.PAGE, "events in the range: " + whole.events().size());
        assertEquals(whole.statusChanges().size() + whole.events().size(), rows.size());
        assertSameRows(whole.entries(), everyRow(rows));
    }

    @Test
    void aWideRangeCostsTheRowsShownNotTheEventsOfTheRange() throws Exception {
        LocalDate d1 = LocalDate.of(2020, 1, 1);
        LocalDate d2 = LocalDate.of(2025, 12, 31);
        ChangeRows rows = shown(d1, d2);
        int events = store.countEvents(EventQuery.between(d1.plusDays(1), d2));
        assertTrue(events > 10 * PagedEvents.PAGE, events + " events");
        assertEquals(SituationDiff.statusChanges(data, d1, d2).size() + events, rows.size());
        assertTrue(rowsRead.get() <= PagedEvents.PAGE, "read with the count: the first page only, " + rowsRead.get() + " rows");
        int last = rows.size() - 1;
        assertNull(rows.get(last), "a row far down is empty until its page is read");
        runReads();
        SituationDiff.Entry shown = rows.get(last);
        assertFalse(shown.date().isAfter(d2), "the last row is of the last day or before: " + shown.date());
        assertTrue(rowsRead.get() <= 2 * PagedEvents.PAGE, "two pages read for two places in the list: " + rowsRead.get());
        assertSameRows(SituationDiff.between(data, store.eventSource(), d1, d2).entries(), everyRow(rows));
    }

    @Test
    void twoDaysInEitherOrderAndAStretchWithoutChangesOrEvents() throws Exception {
        LocalDate d1 = LocalDate.of(2023, 11, 10);
        LocalDate d2 = LocalDate.of(2023, 12, 20);
        assertEquals(everyRow(shown(d1, d2)), everyRow(shown(d2, d1)), "the two days are swapped when the second comes first");
        ChangeRows none = shown(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 2));
        assertEquals(0, none.size(), "nothing changed on a day before the record");
        assertFalse(everyRow(shown(d1, d2)).isEmpty());
    }

    @Test
    void aNewPlanReplacesTheRowsOnceItsEventsAreCounted() throws Exception {
        ChangeRows rows = shown(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30));
        List<SituationDiff.Entry> november = everyRow(rows);
        int[] changes = {0};
        rows.addListener((javafx.collections.ListChangeListener<SituationDiff.Entry>) c -> changes[0]++);
        rows.show(ChangeRows.Plan.of(data, reader, LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)));
        assertEquals(november, everyRowShown(rows), "the rows shown stay while the next days are counted");
        runReads();
        assertEquals(1, changes[0], "one change, from the old rows to the new");
        assertSameRows(SituationDiff.between(data, store.eventSource(), LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31))
                .entries(), everyRow(rows));
    }

    /**
     * {@code actual} is {@code expected} row by row: each status change before the events of its
     * day and after those of the days before, the events of a day alike (the whole diff lists them
     * by id, the pages as stored). Names the first row that differs.
     */
    private static void assertSameRows(List<SituationDiff.Entry> expectedRows, List<SituationDiff.Entry> actualRows) {
        List<SituationDiff.Entry> expected = idsWithinADay(expectedRows);
        List<SituationDiff.Entry> actual = idsWithinADay(actualRows);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(describe(expected.get(i)), describe(actual.get(i)), "row " + i + " of " + expected.size());
        }
        assertEquals(expected.size(), actual.size(), "rows");
        assertEquals(expected, actual);
    }

    /** {@code rows} with each day's run of events ordered by id. */
    private static List<SituationDiff.Entry> idsWithinADay(List<SituationDiff.Entry> rows) {
        List<SituationDiff.Entry> out = new ArrayList<>(rows);
        int i = 0;
        while (i < out.size()) {
            int j = i;
            while (j < out.size() && out.get(j) instanceof SituationDiff.EventEntry
                    && out.get(j).date().equals(out.get(i).date())) {
                j++;
            }
            if (j > i + 1) {
                out.subList(i, j).sort(java.util.Comparator.comparing(e -> ((SituationDiff.EventEntry) e).event().id()));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static String describe(SituationDiff.Entry e) {
        if (e instanceof SituationDiff.StatusChange c) {
            return c.date() + " " + c.crossing().id() + " " + c.before() + " → " + c.after();
        }
        return e == null ? "(not read)" : e.date() + " event " + ((SituationDiff.EventEntry) e).event().id();
    }

    /** The rows as they are now, reading nothing. */
    private static List<SituationDiff.Entry> everyRowShown(ChangeRows rows) {
        List<SituationDiff.Entry> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(rows.get(i));
        }
        return out;
    }
}
