package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An {@link EventSource} that keeps the days it has read, so that windows asked one after the
 * other — the steps of a deck, a day or a week apart, each with its 30-day window — read from
 * {@code source} only the days they do not share with the windows before: the first step reads its
 * window, each next one its new days. Each held day is one {@link EventChunk}; a window comes back
 * as {@link ChunkedEvents} of its days (the same events, in the same order, as {@code source}
 * gives). At most {@code budget} events are held, beyond it the days farthest from the last
 * window asked for go first (never one of that window's). Thread-safe (one read at a time).
 */
public final class HeldEventSource implements EventSource {
    private final EventSource source;
    private final int budget;
    private final TreeMap<Long, EventChunk> held = new TreeMap<>();
    private int heldEvents;
    /** The box whose events {@link #held} holds ({@code null}: all events). */
    private GeoBox heldBox;

    /**
     * @param source where the days are read
     * @param budget how many events may be held at most (a window larger than that is still read
     *               and answered whole, then the days outside it are let go)
     */
    public HeldEventSource(EventSource source, int budget) {
        this.source = source;
        this.budget = budget;
    }

    @Override
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        return eventsBetween(from, to, null);
    }

    /**
     * {@inheritDoc} The days held are those of one box at a time (a deck's steps share theirs):
     * asked for another box, the days held so far are let go.
     */
    @Override
    public synchronized List<Event> eventsBetween(LocalDate from, LocalDate to, GeoBox box) {
        if (to.isBefore(from)) {
            return List.of();
        }
        if (!Objects.equals(box, heldBox)) {
            held.clear();
            heldEvents = 0;
            heldBox = box;
        }
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        long lo = first;
        while (lo <= last && held.containsKey(lo)) {
            lo++;
        }
        long hi = last;
        while (hi >= lo && held.containsKey(hi)) {
            hi--;
        }
        if (lo <= hi) {
            hold(lo, hi, source.eventsBetween(LocalDate.ofEpochDay(lo), LocalDate.ofEpochDay(hi), box));
        }
        List<EventChunk> days = new ArrayList<>(held.subMap(first, true, last, true).values());
        evict(first, last);
        return ChunkedEvents.of(days);
    }

    /** How many events are held now. */
    public synchronized int heldEvents() {
        return heldEvents;
    }

    /** Holds each day of {@code lo} … {@code hi} with its events of {@code read} (dated in that range, by date). */
    private void hold(long lo, long hi, List<Event> read) {
        int i = 0;
        for (long d = lo; d <= hi; d++) {
            int start = i;
            while (i < read.size() && read.get(i).date().toEpochDay() == d) {
                i++;
            }
            if (!held.containsKey(d)) {
                EventChunk day = new EventChunk(read.subList(start, i));
                held.put(d, day);
                heldEvents += day.size();
            }
        }
        if (i != read.size()) {
            throw new IllegalStateException("the events of " + LocalDate.ofEpochDay(lo) + " to " + LocalDate.ofEpochDay(hi)
                    + " came back out of date order, or dated outside those days");
        }
    }

    /** Lets the days farthest from {@code first} … {@code last} go until the budget holds. */
    private void evict(long first, long last) {
        long focus = (first + last) / 2;
        while (heldEvents > budget && !held.isEmpty()) {
            long low = held.firstKey();
            long high = held.lastKey();
            long drop = focus - low >= high - focus ? low : high;
            if (drop >= first && drop <= last) {
                drop = drop == low ? high : low;
                if (drop >= first && drop <= last) {
                    return;
                }
            }
            heldEvents -= held.remove(drop).size();
        }
    }
}
