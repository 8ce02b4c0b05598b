package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;

/**
 * The second pass of an import into a team store, inside the caller's transaction (the check
 * pass has vouched for every reference). Sources seen so far are written before the first batch
 * of events, so events get their sources' words in their search text as they are written;
 * events stream in batches by {@code COPY}; crossings, intervals and annotations, which are few,
 * are written by {@link #finish()}.
 */
final class PgBundleWrite implements BundleReader.Visitor {
    private final Connection c;
    private final Instant now;
    private final Map<String, Source> pendingSources = new LinkedHashMap<>();
    private final List<Crossing> crossings = new ArrayList<>();
    private final List<StatusInterval> intervals = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Event> events = new ArrayList<>(PgEventWriter.BATCH);
    private final List<String> sourcesAfterEvents = new ArrayList<>();
    private ImportCounts sourceCounts = ImportCounts.NONE;
    private ImportCounts eventCounts = ImportCounts.NONE;
    private boolean eventsWritten;

    PgBundleWrite(Connection c, Instant now) {
        this.c = c;
        this.now = now;
    }

    @Override
    public void source(Source s, BundleReader.Item at) {
        pendingSources.put(s.id(), s);
        if (eventsWritten) {
            sourcesAfterEvents.add(s.id());
        }
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
        if (events.size() >= PgEventWriter.BATCH) {
            flushEvents();
        }
    }

    @Override
    public void annotation(Annotation a, BundleReader.Item at) {
        annotations.add(a);
    }

    private void flushSources() throws SQLException {
        if (!pendingSources.isEmpty()) {
            sourceCounts = sourceCounts.plus(PgSituationWriter.upsertSources(c, pendingSources.values()));
            pendingSources.clear();
        }
    }

    private void flushEvents() throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        flushSources();
        try {
            eventCounts = eventCounts.plus(PgEventWriter.write(c, events, true, false));
        } catch (StoreException e) {
            throw new SQLException(e.getMessage(), e);
        }
        eventsWritten = true;
        events.clear();
    }

    /** Writes what was gathered; events written before a source they cite get that source's words now. */
    ImportResult finish() throws SQLException, StoreException {
        flushSources();
        ImportCounts x = PgSituationWriter.upsertCrossings(c, crossings);
        ImportCounts i = PgSituationWriter.upsertIntervals(c, intervals);
        flushEvents();
        PgSituationWriter.reindexCiting(c, sourcesAfterEvents);
        ImportCounts a = PgAnnotationRepository.importAll(c, annotations, now);
        return new ImportResult(sourceCounts, x, i, eventCounts, a);
    }
}
