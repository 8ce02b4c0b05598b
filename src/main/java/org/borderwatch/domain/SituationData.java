package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of the store's situation content, indexed for fast questions by date:
 * intervals per crossing sorted by start (a binary search finds the one covering a day), and
 * events sorted by date (a binary search finds a window). Thread-safe once built.
 *
 * <p>The window and the commands hold it without events ({@code Store.loadStatusData}: sources,
 * crossings and intervals, a few hundred rows) and ask the store for the events of a window;
 * with events it is the {@link EventSource} of a test or of a small file.
 */
public final class SituationData implements EventSource {
    private static final Comparator<Event> BY_DATE = Comparator.comparing(Event::date).thenComparing(Event::id);

    private final List<Crossing> crossings;
    private final Map<String, Crossing> crossingById;
    private final Map<String, List<StatusInterval>> intervalsByCrossing;
    private final List<Event> events;
    private final LocalDate[] eventDates;
    private final Map<String, Source> sources;

    /**
     * @throws IllegalArgumentException when an interval names an unknown crossing or two intervals
     *                                  of one crossing overlap
     */
    public SituationData(List<Crossing> crossings, List<StatusInterval> intervals, List<Event> events,
                         List<Source> sources) {
        this.crossings = List.copyOf(crossings);
        Map<String, Crossing> byId = new LinkedHashMap<>();
        for (Crossing c : crossings) {
            if (byId.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate crossing id " + c.id());
            }
        }
        this.crossingById = Collections.unmodifiableMap(byId);
        Map<String, List<StatusInterval>> grouped = new HashMap<>();
        for (StatusInterval i : intervals) {
            if (!byId.containsKey(i.crossingId())) {
                throw new IllegalArgumentException("interval from " + i.from() + " names unknown crossing " + i.crossingId());
            }
            grouped.computeIfAbsent(i.crossingId(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<StatusInterval>> e : grouped.entrySet()) {
            List<StatusInterval> list = e.getValue();
            list.sort(Comparator.comparing(StatusInterval::from));
            for (int k = 1; k < list.size(); k++) {
                StatusInterval prev = list.get(k - 1);
                StatusInterval next = list.get(k);
                if (prev.until() == null || prev.until().isAfter(next.from())) {
                    throw new IllegalArgumentException("intervals of " + e.getKey() + " overlap: "
                            + prev.from() + "…" + (prev.until() == null ? "open end" : prev.until())
                            + " and " + next.from() + "…");
                }
            }
            e.setValue(List.copyOf(list));
        }
        this.intervalsByCrossing = Collections.unmodifiableMap(grouped);
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(BY_DATE);
        this.events = Collections.unmodifiableList(sorted);
        this.eventDates = sorted.stream().map(Event::date).toArray(LocalDate[]::new);
        Map<String, Source> src = new LinkedHashMap<>();
        for (Source s : sources) {
            src.put(s.id(), s);
        }
        this.sources = Collections.unmodifiableMap(src);
    }

    public List<Crossing> crossings() {
        return crossings;
    }

    public Crossing crossing(String id) {
        return crossingById.get(id);
    }

    /** Intervals of one crossing, sorted by start; empty when it has none. */
    public List<StatusInterval> intervals(String crossingId) {
        return intervalsByCrossing.getOrDefault(crossingId, List.of());
    }

    /** Every interval, grouped by crossing in crossing order. */
    public List<StatusInterval> allIntervals() {
        List<StatusInterval> all = new ArrayList<>();
        for (Crossing c : crossings) {
            all.addAll(intervals(c.id()));
        }
        return all;
    }

    /** Every event, oldest first. */
    public List<Event> events() {
        return events;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public Source source(String id) {
        return sources.get(id);
    }

    /** The interval of a crossing that covers {@code d}, or {@code null}. O(log n). */
    public StatusInterval intervalOn(String crossingId, LocalDate d) {
        List<StatusInterval> list = intervals(crossingId);
        int lo = 0;
        int hi = list.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!list.get(mid).from().isAfter(d)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) {
            return null;
        }
        StatusInterval i = list.get(found);
        return i.covers(d) ? i : null;
    }

    /**
     * A crossing's status on {@code d}: the interval covering it, else {@link Status#UNTRACKED}
     * before the crossing's {@link Crossing#trackedFrom()}, else {@link Status#UNKNOWN}. O(log n).
     */
    public CrossingStatus statusOn(Crossing c, LocalDate d) {
        StatusInterval i = intervalOn(c.id(), d);
        if (i != null) {
            return new CrossingStatus(c, i.status(), i);
        }
        boolean untracked = c.trackedFrom() != null && d.isBefore(c.trackedFrom());
        return new CrossingStatus(c, untracked ? Status.UNTRACKED : Status.UNKNOWN, null);
    }

    /** The status alone of a crossing on {@code d} (see {@link #statusOn(Crossing, LocalDate)}). */
    public Status status(String crossingId, LocalDate d) {
        Crossing c = crossingById.get(crossingId);
        if (c == null) {
            StatusInterval i = intervalOn(crossingId, d);
            return i == null ? Status.UNKNOWN : i.status();
        }
        return statusOn(c, d).status();
    }

    /** Events with {@code from <= date <= to}, oldest first. O(log n + k). Any dates, up to {@link LocalDate#MAX}. */
    @Override
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        int end = to.equals(LocalDate.MAX) ? events.size() : lowerBound(to.plusDays(1));
        return events.subList(lowerBound(from), end);
    }

    private int lowerBound(LocalDate d) {
        int lo = 0;
        int hi = eventDates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (eventDates[mid].isBefore(d)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First and last day the data speaks of (events and interval starts), or {@code null} when empty. */
    public LocalDate[] range() {
        return range(eventDates.length == 0 ? null : eventDates[0],
                eventDates.length == 0 ? null : eventDates[eventDates.length - 1]);
    }

    /**
     * First and last day of the intervals and of the events from {@code firstEvent} to
     * {@code lastEvent} (both null when there are none): the range of a snapshot held without
     * its events, with the event days the store counts ({@link EventDays}). {@code null} when empty.
     */
    public LocalDate[] range(LocalDate firstEvent, LocalDate lastEvent) {
        LocalDate min = null;
        LocalDate max = null;
        for (List<StatusInterval> list : intervalsByCrossing.values()) {
            for (StatusInterval i : list) {
                min = min == null || i.from().isBefore(min) ? i.from() : min;
                LocalDate end = i.until() != null ? i.until() : i.from();
                max = max == null || end.isAfter(max) ? end : max;
            }
        }
        if (firstEvent != null && lastEvent != null) {
            min = min == null || firstEvent.isBefore(min) ? firstEvent : min;
            max = max == null || lastEvent.isAfter(max) ? lastEvent : max;
        }
        return min == null ? null : new LocalDate[] {min, max};
    }
}
