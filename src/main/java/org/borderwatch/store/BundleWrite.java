package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;

/**
 * The second pass of an import, inside the caller's transaction (with foreign keys deferred, so
 * file order does not matter): events are written in chunks as they stream by; the other kinds,
 * which are few, are gathered and written by {@link #finish()}.
 */
final class BundleWrite implements BundleReader.Visitor {
    private static final int EVENT_BATCH = EventTable.CHUNK * 4;

    private final Connection c;
    private final Instant now;
    private final Map<String, Source> storedSources;
    private final List<Source> sources = new ArrayList<>();
    private final List<Crossing> crossings = new ArrayList<>();
    private final List<StatusInterval> intervals = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Event> events = new ArrayList<>(EVENT_BATCH);
    private ImportCounts eventCounts = ImportCounts.NONE;

    BundleWrite(Connection c, Instant now) throws SQLException {
        this.c = c;
        this.now = now;
        this.storedSources = SourceTable.loadAll(c);
    }

    @Override
    public void source(Source s, BundleReader.Item at) {
        sources.add(s);
    }

    @Override
    public void crossing(Crossing x, BundleReader.Item at) {
        crossings.add(x);
    }

    @Override
    public void interval(StatusInterval i, BundleReader.Item at) {
        intervals.add(i);
    }

    @Override
    public void event(Event e, BundleReader.Item at) throws SQLException {
        events.add(e);
        if (events.size() >= EVENT_BATCH) {
            flushEvents();
        }
    }

    @Override
    public void annotation(Annotation a, BundleReader.Item at) {
        annotations.add(a);
    }

    private void flushEvents() throws SQLException {
        eventCounts = eventCounts.plus(EventTable.upsert(c, events));
        events.clear();
    }

    /** Writes what was gathered and refreshes the search text of events whose sources changed. */
    ImportResult finish() throws SQLException {
        Set<String> retitled = new HashSet<>();
        ImportCounts s = SourceTable.upsert(c, sources, storedSources, retitled);
        ChildRows children = new ChildRows();
        Map<String, Crossing> storedCrossings = new HashMap<>();
        for (Crossing x : CrossingTable.loadAll(c, children)) {
            storedCrossings.put(x.id(), x);
        }
        ImportCounts x = CrossingTable.upsert(c, crossings, storedCrossings);
        Map<String, StatusInterval> storedIntervals = new HashMap<>();
        for (StatusInterval i : IntervalTable.loadAll(c, children)) {
            storedIntervals.put(IntervalTable.key(i), i);
        }
        ImportCounts i = IntervalTable.upsert(c, intervals, storedIntervals);
        flushEvents();
        ImportCounts a = AnnotationTable.upsert(c, annotations, AnnotationTable.loadAll(c, children), now);
        EventTable.reindexCiting(c, retitled);
        SearchBacklog.indexThrough(c, Long.MAX_VALUE);
        return new ImportResult(s, x, i, eventCounts, a);
    }
}
