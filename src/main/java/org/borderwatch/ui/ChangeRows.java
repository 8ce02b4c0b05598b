package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.SituationDiff;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;

/**
 * The rows of "what changed": every status change between the two days, held, and the events of
 * those days read from the store a page at a time ({@link PagedEvents}), in one list by day — on a
 * day its status changes first, then its events, oldest first. A range of years over a million
 * events costs the rows on screen, not the events of the range: where each status change stands
 * among the events comes from counting the events of the days between two changes
 * ({@link Plan#of}). A row whose page is not read yet is {@code null} (shown empty) until it is.
 *
 * <p>Use on the JavaFX Application Thread only, but {@link Plan#of}, which reads the store.
 */
final class ChangeRows extends ObservableListBase<SituationDiff.Entry> {
    /** The events' order: by day, then as stored. */
    static final EventOrder OLDEST_FIRST = new EventOrder(EventOrder.Column.DATE, false);

    /**
     * What the list shows for two days, worked out on a background thread.
     *
     * @param from    the first day (exclusive)
     * @param to      the last day (inclusive)
     * @param changes the status changes, by day
     * @param before  for each status change, how many of the events are of earlier days
     * @param events  how many events there are
     */
    record Plan(LocalDate from, LocalDate to, List<SituationDiff.StatusChange> changes, int[] before, int events) {
        Plan {
            changes = List.copyOf(changes);
            before = before.clone();
        }

        /**
         * The status changes after {@code d1} up to {@code d2} (swapped when {@code d2} comes
         * first) from {@code data}, and the events of those days counted from {@code rows}: one
         * count for each stretch of days between two days with changes, so that all of them
         * together read each day's events once.
         */
        static Plan of(SituationData data, EventRows rows, LocalDate d1, LocalDate d2) throws Exception {
            LocalDate from = d2.isBefore(d1) ? d2 : d1;
            LocalDate to = d2.isBefore(d1) ? d1 : d2;
            List<SituationDiff.StatusChange> changes = SituationDiff.statusChanges(data, from, to);
            int[] before = new int[changes.size()];
            int counted = 0;
            LocalDate uncounted = from.plusDays(1); // the first day whose events are not counted yet
            for (int k = 0; k < changes.size(); k++) {
                LocalDate day = changes.get(k).date(); // by day: the stretch before it ends the day before
                if (day.isAfter(uncounted)) {
                    counted += rows.count(EventQuery.between(uncounted, day.minusDays(1)));
                    uncounted = day;
                }
                before[k] = counted;
            }
            if (!uncounted.isAfter(to)) {
                counted += rows.count(EventQuery.between(uncounted, to));
            }
            return new Plan(from, to, changes, before, counted);
        }

        /** The events listed: those of the days after {@link #from} up to {@link #to}. */
        EventQuery query() {
            return EventQuery.between(from.plusDays(1), to);
        }
    }

    private final PagedEvents events;
    private List<SituationDiff.StatusChange> changes = List.of();
    /** The row of each status change: its index plus the events before it. */
    private int[] rowOf = new int[0];
    /** The plan shown once its events are counted. */
    private Plan pending;
    private int size;

    /**
     * @param reader     where the events are counted and read
     * @param background where the reads run
     * @param ui         where their results come back (the FX thread)
     */
    ChangeRows(EventRows reader, Executor background, Executor ui) {
        events = new PagedEvents(reader, background, ui);
        events.addListener(this::eventsChanged);
    }

    /** What to do with the message of a failed read. */
    void setOnFailure(Consumer<String> handler) {
        events.setOnFailure(handler);
    }

    /**
     * Shows {@code plan}: the first rows of its events (counted by the plan) are read in the
     * background, and then the list changes, once, from the rows shown so far to the plan's.
     */
    void show(Plan plan) {
        pending = plan;
        events.list(plan.query(), OLDEST_FIRST, plan.events());
    }

    private void eventsChanged(ListChangeListener.Change<? extends Event> c) {
        List<Integer> updated = new ArrayList<>();
        boolean resized = false;
        while (c.next()) {
            if (c.wasUpdated()) {
                for (int j = c.getFrom(); j < c.getTo(); j++) {
                    updated.add(j);
                }
            } else {
                resized = true;
            }
        }
        if (resized) {
            replaceAll();
            return;
        }
        beginChange();
        for (int j : updated) {
            nextUpdate(rowOfEvent(j));
        }
        endChange();
    }

    /** Takes the pending plan, if any, with the events' new count, and tells the list's users that every row changed. */
    private void replaceAll() {
        int old = size;
        if (pending != null) {
            changes = pending.changes();
            rowOf = new int[changes.size()];
            for (int k = 0; k < rowOf.length; k++) {
                rowOf[k] = k + pending.before()[k];
            }
            pending = null;
        }
        size = changes.size() + events.size();
        beginChange();
        if (old > 0) {
            nextRemove(0, new ArrayList<>(Collections.nCopies(old, (SituationDiff.Entry) null)));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /** The row of event {@code j}: after every status change of its day or earlier. */
    private int rowOfEvent(int j) {
        // status changes k with rowOf[k] − k ≤ j stand before it
        int lo = 0;
        int hi = rowOf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowOf[mid] - mid <= j) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return j + lo;
    }

    @Override
    public int size() {
        return size;
    }

    /** Row {@code i}: a status change, an event, or {@code null} while the event's page is read. */
    @Override
    public SituationDiff.Entry get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size);
        }
        int k = Arrays.binarySearch(rowOf, i);
        if (k >= 0) {
            return changes.get(k);
        }
        Event e = events.get(i - (-k - 1)); // less the status changes above it
        return e == null ? null : new SituationDiff.EventEntry(e);
    }
}
