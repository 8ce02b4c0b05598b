package org.borderwatch.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.borderwatch.domain.Event;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;

/**
 * The rows of the event list read from the store a page at a time: the list is as long as the
 * query's count, and {@link #get} answers from the pages read so far — a row whose page is not in
 * yet is {@code null} (shown empty) and its page is read in the background, then the rows are
 * refreshed. A window of a million events costs the pages on screen, not a million rows.
 *
 * <p>At most {@value #KEPT_PAGES} pages are kept; the one read longest ago goes first. A new
 * query or order ({@link #show}) is counted first, with its rows of the pages read last (those on
 * screen), while the rows of the last one stay on screen (during playback the list keeps showing
 * rows instead of going blank); once its count is in, it replaces them. Answers to older queries
 * are dropped.
 *
 * <p>Use on the JavaFX Application Thread only; reads run on {@code background} and their results
 * come back through {@code ui}.
 */
final class PagedEvents extends ObservableListBase<Event> {
    /** Rows per read. */
    static final int PAGE = 200;
    /** Pages kept in memory. */
    static final int KEPT_PAGES = 20;
    /** Pages of a new query read with its count: the rows on screen span one or two. */
    static final int PAGES_READ_WITH_COUNT = 2;

    private final EventRows reader;
    private final Executor background;
    private final Executor ui;
    private final Map<Integer, List<Event>> pages = new HashMap<>();
    private final Map<Integer, Long> readAt = new HashMap<>();
    private final Set<Integer> reading = new HashSet<>();
    private Consumer<String> onFailure = m -> { };
    private Runnable onCounted = () -> { };
    /** The query whose rows are listed, and the latest one asked for (being counted), or null. */
    private EventQuery query;
    private EventQuery wanted;
    private EventOrder order = EventOrder.NEWEST_FIRST;
    private EventOrder wantedOrder = EventOrder.NEWEST_FIRST;
    private int size;
    /** Counts asked for: an older count's answer is dropped. */
    private long generation;
    /** Queries listed: a page read for an older one is dropped. */
    private long listed;
    private long clock;

    PagedEvents(EventRows reader, Executor background, Executor ui) {
        this.reader = reader;
        this.background = background;
        this.ui = ui;
    }

    /** What to do with the message of a failed read. */
    void setOnFailure(Consumer<String> handler) {
        onFailure = handler;
    }

    /** What to run once a new query's count is in (the list has its new length). */
    void setOnCounted(Runnable action) {
        onCounted = action;
    }

    /** The query whose rows are listed, or {@code null}. */
    EventQuery query() {
        return query;
    }

    /** Whether a newer query than the one listed is being counted. */
    boolean counting() {
        return wanted != null;
    }

    /** The order shown. */
    EventOrder order() {
        return order;
    }

    /**
     * Shows the events of {@code q} in {@code o}: counts them in the background and then lists
     * them in place of the rows shown so far. Showing what is shown (or being counted) already
     * changes nothing.
     *
     * @return whether a new count started
     */
    boolean show(EventQuery q, EventOrder o) {
        if (wanted == null ? q.equals(query) && o.equals(order) : q.equals(wanted) && o.equals(wantedOrder)) {
            return false;
        }
        list(q, o, -1);
        return true;
    }

    /**
     * As {@link #show}, but lists {@code q} again even when it is shown already (the store may have
     * changed since), with {@code count} rows — its count, which the caller has just read.
     */
    void list(EventQuery q, EventOrder o, int count) {
        wanted = q;
        wantedOrder = o;
        long gen = ++generation;
        List<Integer> onScreen = lastRead(PAGES_READ_WITH_COUNT);
        background.execute(() -> {
            int n;
            String failure = null;
            Map<Integer, List<Event>> read = new HashMap<>();
            try {
                n = count >= 0 ? count : reader.count(q);
            } catch (Exception e) {
                n = 0;
                failure = message(e);
            }
            try {
                for (int p : onScreen) {
                    if (p * PAGE < n) {
                        read.put(p, List.copyOf(reader.page(q, o, p * PAGE, PAGE)));
                    }
                }
            } catch (Exception e) {
                // those rows are read, and their failure told, as they are shown
                read.clear();
            }
            int rows = n;
            String problem = failure;
            ui.execute(() -> {
                if (gen != generation) {
                    return;
                }
                if (problem != null) {
                    onFailure.accept(problem);
                }
                query = q;
                order = o;
                wanted = null;
                listed++;
                pages.clear();
                readAt.clear();
                reading.clear();
                for (Map.Entry<Integer, List<Event>> e : read.entrySet()) {
                    pages.put(e.getKey(), e.getValue());
                    readAt.put(e.getKey(), ++clock);
                }
                resize(rows);
                onCounted.run();
            });
        });
    }

    /**
     * The pages read last, most recent first, at most {@code n}: those of the rows on screen, which a
     * new query's rows are read for with its count, so that the list changes once, from the old rows
     * to the new, instead of going blank and then filling as the pages come in (a second pass over
     * every row on screen, which while playing the timeline came at each refresh).
     */
    private List<Integer> lastRead(int n) {
        List<Map.Entry<Integer, Long>> recent = new java.util.ArrayList<>(readAt.entrySet());
        recent.sort(Map.Entry.<Integer, Long>comparingByValue().reversed());
        List<Integer> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < recent.size() && out.size() < n; i++) {
            out.add(recent.get(i).getKey());
        }
        if (out.isEmpty()) {
            out.add(0);
        }
        return out;
    }

    private void resize(int n) {
        int old = size;
        size = n;
        beginChange();
        if (old > 0) {
            nextRemove(0, new java.util.ArrayList<>(java.util.Collections.nCopies(old, (Event) null)));
        }
        if (n > 0) {
            nextAdd(0, n);
        }
        endChange();
    }

    @Override
    public int size() {
        return size;
    }

    /** The event of row {@code i}, or {@code null} while its page is being read. */
    @Override
    public Event get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i + " of " + size);
        }
        int p = i / PAGE;
        List<Event> page = pages.get(p);
        if (page == null) {
            read(p);
            return null;
        }
        readAt.put(p, ++clock);
        int k = i - p * PAGE;
        return k < page.size() ? page.get(k) : null;
    }

    /** The row of the event {@code id} among the pages read so far, or −1. */
    int loadedIndexOf(String id) {
        for (Map.Entry<Integer, List<Event>> e : pages.entrySet()) {
            List<Event> page = e.getValue();
            for (int k = 0; k < page.size(); k++) {
                if (page.get(k).id().equals(id)) {
                    return e.getKey() * PAGE + k;
                }
            }
        }
        return -1;
    }

    private void read(int p) {
        if (query == null || !reading.add(p)) {
            return;
        }
        long gen = listed;
        EventQuery q = query;
        EventOrder o = order;
        background.execute(() -> {
            List<Event> rows;
            String failure = null;
            try {
                rows = reader.page(q, o, p * PAGE, PAGE);
            } catch (Exception e) {
                rows = null;
                failure = message(e);
            }
            List<Event> page = rows;
            String problem = failure;
            ui.execute(() -> {
                if (gen != listed) {
                    return;
                }
                reading.remove(p);
                if (page == null) {
                    onFailure.accept(problem);
                    return;
                }
                pages.put(p, List.copyOf(page));
                readAt.put(p, ++clock);
                forgetOldPages(p);
                int from = p * PAGE;
                int to = Math.min(size, from + PAGE);
                if (from < to) {
                    beginChange();
                    for (int i = from; i < to; i++) {
                        nextUpdate(i);
                    }
                    endChange();
                }
            });
        });
    }

    private void forgetOldPages(int keep) {
        while (pages.size() > KEPT_PAGES) {
            int oldest = -1;
            long at = Long.MAX_VALUE;
            for (Map.Entry<Integer, Long> e : readAt.entrySet()) {
                if (e.getKey() != keep && e.getValue() < at) {
                    oldest = e.getKey();
                    at = e.getValue();
                }
            }
            if (oldest < 0) {
                return;
            }
            pages.remove(oldest);
            readAt.remove(oldest);
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
