package org.borderwatch.services;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.borderwatch.domain.ChunkedEvents;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventChunk;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * The events the window has read from the store, by day, so that the situation of a day is built
 * from memory when its window was read before: scrubbing a day further reads one new day, and
 * playback reads ahead ({@link #prefetch}) so that the next days are in before they are shown.
 *
 * <p><b>Reads.</b> One read at a time runs on {@code background}: a requested window first, then
 * the latest prefetch; a newer request replaces one that has not started. Only days that have
 * events ({@link EventDays}) and are not held are read, as one range. A prefetch is read in
 * pieces, nearest day first, each twice as many days as the one before ({@link #FIRST_PIECE_DAYS}
 * day, then 2, 4 …) but no more than {@link #PIECE_EVENTS} events: the next day is held soon
 * after a prefetch starts, and a window requested meanwhile is read after the piece under way,
 * not after all of them; a window requested for a day the prefetch does not reach ends it.
 * Results are handed over on {@code ui} (the JavaFX Application Thread in the window, the calling
 * thread in tests).
 *
 * <p><b>Memory.</b> At most {@code budget} events are held; beyond it the days farthest from the
 * last requested window go first. A window with more events than half the budget is not held by
 * day: its newest events up to half the budget are read as one {@link Partial} window, and the
 * window says it shows only those.
 *
 * <p><b>Chunks.</b> Each held day is one {@link EventChunk}, and a window comes back as
 * {@link ChunkedEvents} of the held days' chunks (no copy of its events): a day keeps its chunk
 * for as long as it is held, so painters remember what they placed for it from frame to frame.
 *
 * <p><b>Threads.</b> Every method but the reads runs on the {@code ui} executor's thread.
 *
 * <p>The window keeps one for its map; the bench measures the same one.
 */
public final class EventWindowCache {
    /** Reads events from the store (on a background thread). */
    public interface Reader {
        /** Every event from {@code from} to {@code to}, oldest first by date then id. */
        List<Event> between(LocalDate from, LocalDate to) throws Exception;

        /** The newest {@code limit} events from {@code from} to {@code to}, any order. */
        List<Event> newest(LocalDate from, LocalDate to, int limit) throws Exception;
    }

    /** Supplies the store to read from (opening it on first use, for instance); a background thread calls it. */
    @FunctionalInterface
    public interface StoreSupplier {
        Store get() throws StoreException;
    }

    /** The reads of a store: whole windows, or the newest events of a long one, each one query. */
    public static Reader reading(StoreSupplier store) {
        return reading(store, null);
    }

    /**
     * {@link #reading(StoreSupplier)}, for a map: the events carrying only the attributes named in
     * {@code attributes} ({@code null}: all) and no summaries. A map paints one or two of an
     * import's dozens of attributes and never a summary — which is most of what an event holds,
     * and so most of what a cache of tens of thousands keeps and the collector copies. What is
     * shown of a single event is read again whole.
     */
    public static Reader reading(StoreSupplier store, Set<String> attributes) {
        return new Reader() {
            @Override
            public List<Event> between(LocalDate from, LocalDate to) throws StoreException {
                return store.get().events(forMap(from, to));
            }

            @Override
            public List<Event> newest(LocalDate from, LocalDate to, int limit) throws StoreException {
                return store.get().eventPage(forMap(from, to), EventOrder.NEWEST_FIRST, 0, limit);
            }

            private EventQuery forMap(LocalDate from, LocalDate to) {
                return EventQuery.between(from, to).keepingAttributes(attributes).withoutSummaries();
            }
        };
    }

    /**
     * A window with more events than the cache holds: its newest events only.
     *
     * @param events the newest events of the window, oldest first by date then id
     * @param total  how many events the window has
     */
    public record Partial(LocalDate from, LocalDate to, List<Event> events, int total) {
    }

    private static final Comparator<Event> BY_DATE = Comparator.comparing(Event::date).thenComparing(Event::id);

    private final Reader reader;
    private final EventDays days;
    private final int budget;
    private final int pieceEvents;
    private final Executor background;
    private final Executor ui;
    private final TreeMap<Long, EventChunk> held = new TreeMap<>();
    private int heldEvents;
    private Partial partial;
    private long focus;
    private Request wanted;
    private Request ahead;
    /** The prefetch last asked for, until a window far from it is requested; its pieces go on while it is. */
    private Request prefetching;
    private boolean reading;
    private Consumer<String> onFailure = message -> { };

    /**
     * A window to read, and what to run (on {@code ui}) once it is held. A prefetch has a
     * {@code piece}: the days read next from its near end ({@code to} when {@code backwards}, else
     * {@code from}); 0 for a requested window, read at once.
     */
    private record Request(LocalDate from, LocalDate to, Runnable whenHeld, boolean backwards, int piece, int reads) {
        static Request whole(LocalDate from, LocalDate to, Runnable whenHeld) {
            return new Request(from, to, whenHeld, false, 0, 0);
        }

        /**
         * Whether this prefetch has read as many pieces as it has days: each piece reads a day not
         * held at least, so only days let go again to make room could make it read on.
         */
        boolean spent() {
            return piece > 0 && reads > to.toEpochDay() - from.toEpochDay();
        }

        /** The rest of this prefetch, in a piece twice as long. */
        Request rest() {
            return new Request(from, to, whenHeld, backwards, (int) Math.min(Integer.MAX_VALUE / 2, 2L * piece), reads + 1);
        }
    }

    /** The days of a prefetch's first piece: the next day's window, as soon as may be. */
    static final int FIRST_PIECE_DAYS = 1;

    /**
     * The events a prefetch's piece holds at most, unless its first day alone has more: a window
     * asked for while a piece is read waits for that piece, some tens of milliseconds at most.
     */
    static final int PIECE_EVENTS = 2_000;

    /** The days of {@code missing} (its first and last day) that {@code r} reads now: {@code missing} itself when all. */
    private long[] piece(Request r, long[] missing) {
        if (r.piece() == 0) {
            return missing;
        }
        int n = (int) Math.min(r.piece(), missing[1] - missing[0] + 1);
        long near = r.backwards() ? missing[1] : missing[0];
        long step = r.backwards() ? -1 : 1;
        int events = days.total(LocalDate.ofEpochDay(near), 1);
        int k = 1;
        while (k < n) {
            int more = days.total(LocalDate.ofEpochDay(near + step * k), 1);
            if (events + more > pieceEvents) {
                break;
            }
            events += more;
            k++;
        }
        if (k == missing[1] - missing[0] + 1) {
            return missing;
        }
        long far = near + step * (k - 1);
        return new long[] {Math.min(near, far), Math.max(near, far)};
    }

    public EventWindowCache(Reader reader, EventDays days, int budget, Executor background, Executor ui) {
        this(reader, days, budget, PIECE_EVENTS, background, ui);
    }

    /** A cache whose prefetches read pieces of at most {@code pieceEvents} events (see {@link #PIECE_EVENTS}). */
    EventWindowCache(Reader reader, EventDays days, int budget, int pieceEvents, Executor background, Executor ui) {
        this.pieceEvents = pieceEvents;
        this.reader = reader;
        this.days = days;
        this.budget = budget;
        this.background = background;
        this.ui = ui;
    }

    /** What to do with a failed read's message (shown in the status bar). */
    public void setOnFailure(Consumer<String> handler) {
        onFailure = handler;
    }

    /** The day counts the cache reads by. */
    public EventDays days() {
        return days;
    }

    /** Whether the window of {@code from} … {@code to} has more events than the cache holds by day. */
    public boolean large(LocalDate from, LocalDate to) {
        return days.total(from, to) > budget / 2;
    }

    /**
     * The events from {@code from} to {@code to}, oldest first by date then id, when every day of
     * it is held ({@link ChunkedEvents}, a chunk a day); otherwise {@code null}. For a {@link #large} window: the held {@link Partial}
     * window's events, or {@code null}.
     */
    public List<Event> window(LocalDate from, LocalDate to) {
        if (large(from, to)) {
            return partial != null && partial.from().equals(from) && partial.to().equals(to) ? partial.events() : null;
        }
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        if (missing(first, last) != null) {
            return null;
        }
        return ChunkedEvents.of(new ArrayList<>(held.subMap(first, true, last, true).values()));
    }

    /** The partial window now held, or {@code null}. */
    public Partial partial() {
        return partial;
    }

    /**
     * Reads what is missing of {@code from} … {@code to} and runs {@code whenHeld} on the ui
     * thread once it is held (at once when it is). Replaces an earlier request not yet started.
     */
    public void request(LocalDate from, LocalDate to, Runnable whenHeld) {
        focus = (from.toEpochDay() + to.toEpochDay()) / 2;
        if (window(from, to) != null) {
            whenHeld.run();
            return;
        }
        wanted = Request.whole(from, to, whenHeld);
        if (prefetching != null && (to.isBefore(prefetching.from()) || to.isAfter(prefetching.to()))) {
            // the day asked for is not one the prefetch reads ahead for: the rest of it is stale
            ahead = null;
            prefetching = null;
        }
        next();
    }

    /**
     * Reads {@code from} … {@code to} ahead of need, after any requested window, nearest day first
     * ({@code from} unless {@code backwards}); the latest call wins.
     */
    public void prefetch(LocalDate from, LocalDate to, boolean backwards) {
        if (large(from, to)) {
            return;
        }
        ahead = new Request(from, to, () -> { }, backwards, FIRST_PIECE_DAYS, 0);
        prefetching = ahead;
        next();
    }

    /** Days read ahead at least, in the direction the day moves. */
    public static final int READ_AHEAD_DAYS = 14;

    /**
     * Reads ahead of the day shown, in the direction it moves: the windows of the next days, as
     * far as {@code daysPerSecond} goes in two seconds (at least {@value #READ_AHEAD_DAYS} days) or
     * as far as half the budget holds, whichever is nearer, so that playing and scrubbing find
     * their days held.
     *
     * @param day           the day shown
     * @param window        the window of events ending on each day
     * @param backwards     whether the day moves back in time
     * @param daysPerSecond the playback speed (1 when not playing)
     */
    public void readAhead(LocalDate day, TimeWindow window, boolean backwards, int daysPerSecond) {
        int ahead = Math.max(READ_AHEAD_DAYS, 2 * Math.max(1, daysPerSecond));
        LocalDate from = backwards ? window.start(day.minusDays(ahead)) : window.start(day).plusDays(1);
        LocalDate to = backwards ? day.minusDays(1) : day.plusDays(ahead);
        // on a dense store the whole stretch may be more than a read may hold: then as many of the
        // nearest days as it may (the windows of the next second or so, not nothing at all)
        while (!to.isBefore(from) && large(from, to)) {
            if (backwards) {
                from = from.plusDays(1);
            } else {
                to = to.minusDays(1);
            }
        }
        if (!to.isBefore(from)) {
            prefetch(from, to, backwards);
        }
    }

    /** Forgets everything held (the store changed); requests under way are read again. */
    public void clear() {
        held.clear();
        heldEvents = 0;
        partial = null;
    }

    /** How many events are held. */
    public int heldEvents() {
        return heldEvents + (partial == null ? 0 : partial.events().size());
    }

    private void next() {
        if (reading) {
            return;
        }
        Request r = wanted != null ? wanted : ahead;
        if (r == null) {
            return;
        }
        if (r == wanted) {
            wanted = null;
        } else {
            ahead = null;
        }
        if (window(r.from(), r.to()) != null) {
            r.whenHeld().run();
            next();
            return;
        }
        reading = true;
        boolean whole = large(r.from(), r.to());
        long[] missing = whole ? null : missing(r.from().toEpochDay(), r.to().toEpochDay());
        long[] range = whole ? null : piece(r, missing);
        // the piece that reads all that is missing is the last: a request ends there, held or not
        boolean last = range == missing || r.spent();
        background.execute(() -> {
            List<Event> read;
            String failure = null;
            try {
                read = whole ? reader.newest(r.from(), r.to(), budget / 2)
                        : reader.between(LocalDate.ofEpochDay(range[0]), LocalDate.ofEpochDay(range[1]));
            } catch (Exception e) {
                read = null;
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            List<Event> events = read;
            String problem = failure;
            ui.execute(() -> {
                reading = false;
                if (events == null) {
                    onFailure.accept(problem);
                } else if (whole) {
                    List<Event> sorted = new ArrayList<>(events);
                    sorted.sort(BY_DATE);
                    partial = new Partial(r.from(), r.to(), ChunkedEvents.of(List.of(new EventChunk(sorted))),
                            days.total(r.from(), r.to()));
                    r.whenHeld().run();
                } else {
                    hold(range[0], range[1], events);
                    if (last) {
                        r.whenHeld().run();
                    } else if (ahead == null && prefetching != null && prefetching.from().equals(r.from())
                            && prefetching.to().equals(r.to())) { // neither replaced nor stale: its next piece
                        ahead = r.rest();
                    }
                }
                next();
            });
        });
    }

    /** The first and last day of {@code first} … {@code last} that have events and are not held, or null. */
    private long[] missing(long first, long last) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long d = first; d <= last; d++) {
            if (!held.containsKey(d) && days.total(LocalDate.ofEpochDay(d), 1) > 0) {
                lo = Math.min(lo, d);
                hi = d;
            }
        }
        return lo > hi ? null : new long[] {lo, hi};
    }

    private void hold(long first, long last, List<Event> events) {
        // by day offset: the read covers first … last, whose days it was asked for
        @SuppressWarnings("unchecked")
        List<Event>[] byDay = new List[(int) (last - first + 1)];
        for (Event e : events) {
            int k = (int) (e.date().toEpochDay() - first);
            if (k < 0 || k >= byDay.length) {
                continue;
            }
            if (byDay[k] == null) {
                byDay[k] = new ArrayList<>();
            }
            byDay[k].add(e);
        }
        for (long d = first; d <= last; d++) {
            List<Event> day = byDay[(int) (d - first)];
            if (day == null && days.total(LocalDate.ofEpochDay(d), 1) == 0) {
                continue;
            }
            EventChunk chunk = new EventChunk(day == null ? List.of() : day);
            EventChunk old = held.put(d, chunk);
            heldEvents += chunk.size() - (old == null ? 0 : old.size());
        }
        evict(first, last);
    }

    /** Drops the days farthest from the focus until the budget holds, keeping {@code keepFirst} … {@code keepLast}. */
    private void evict(long keepFirst, long keepLast) {
        while (heldEvents > budget && !held.isEmpty()) {
            long low = held.firstKey();
            long high = held.lastKey();
            long drop = Math.abs(focus - low) >= Math.abs(high - focus) ? low : high;
            if (drop >= keepFirst && drop <= keepLast) {
                drop = drop == low ? high : low;
                if (drop >= keepFirst && drop <= keepLast) {
                    return;
                }
            }
            heldEvents -= held.remove(drop).size();
        }
    }
}
