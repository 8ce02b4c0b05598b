package org.borderwatch.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;

/**
 * The first pass of an import: sees every item, finds duplicate ids, remembers where each
 * referenced id is first used, and then checks those references and the merged status intervals
 * against the database. Keeps ids and pointers, the sources and the intervals — not the events.
 */
final class BundleCheck implements BundleReader.Visitor {
    private ImportProblems problems;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, BundleReader.Item> sourceAt = new HashMap<>();
    private final Map<String, BundleReader.Item> crossingAt = new HashMap<>();
    private final Map<String, BundleReader.Item> eventAt = new HashMap<>();
    private final Map<String, BundleReader.Item> annotationAt = new HashMap<>();
    private final Map<String, BundleReader.Item> intervalAt = new HashMap<>();
    private final Map<String, StatusInterval> intervals = new LinkedHashMap<>();
    private final Map<String, Ref> sourceRefs = new LinkedHashMap<>();
    private final Map<String, Ref> crossingRefs = new LinkedHashMap<>();
    private final Map<String, Ref> eventRefs = new LinkedHashMap<>();

    /** The first place an id is referenced from. */
    private record Ref(BundleReader.Item item, String pointer) {
    }

    BundleCheck(ImportProblems problems) {
        this.problems = problems;
    }

    /** The sources the bundle defines, by id. */
    Map<String, Source> sources() {
        return sources;
    }

    @Override
    public void source(Source s, BundleReader.Item at) throws ImportException {
        if (unique("source", s.id(), at, sourceAt)) {
            sources.put(s.id(), s);
        }
    }

    @Override
    public void crossing(Crossing c, BundleReader.Item at) throws ImportException {
        unique("crossing", c.id(), at, crossingAt);
        refer(sourceRefs, c.sourceIds(), at, "/sources/");
    }

    @Override
    public void interval(StatusInterval i, BundleReader.Item at) throws ImportException {
        String key = IntervalTable.key(i);
        BundleReader.Item first = intervalAt.putIfAbsent(key, at);
        if (first != null) {
            problems.add(at.problem(at.pointer() + "/from", "a second interval of crossing '" + i.crossingId()
                    + "' from " + i.from() + " (first at " + where(first) + "); intervals are keyed by crossing and 'from'"));
            return;
        }
        intervals.put(key, i);
        crossingRefs.putIfAbsent(i.crossingId(), new Ref(at, at.pointer() + "/crossing"));
        refer(sourceRefs, i.sourceIds(), at, "/sources/");
    }

    @Override
    public void event(Event e, BundleReader.Item at) throws ImportException {
        unique("event", e.id(), at, eventAt);
        if (e.crossingId() != null) {
            crossingRefs.putIfAbsent(e.crossingId(), new Ref(at, at.pointer() + "/crossing"));
        }
        refer(sourceRefs, e.sourceIds(), at, "/sources/");
    }

    @Override
    public void annotation(Annotation a, BundleReader.Item at) throws ImportException {
        unique("annotation", a.id(), at, annotationAt);
        refer(eventRefs, a.eventIds(), at, "/events/");
    }

    private boolean unique(String kind, String id, BundleReader.Item at, Map<String, BundleReader.Item> seen)
            throws ImportException {
        BundleReader.Item first = seen.putIfAbsent(id, at);
        if (first != null) {
            problems.add(at.problem(at.pointer() + "/id", "duplicate " + kind + " id '" + id + "' (first at "
                    + where(first) + ")"));
            return false;
        }
        return true;
    }

    private static void refer(Map<String, Ref> refs, List<String> ids, BundleReader.Item at, String key) {
        for (int i = 0; i < ids.size(); i++) {
            refs.putIfAbsent(ids.get(i), new Ref(at, at.pointer() + key + i));
        }
    }

    private static String where(BundleReader.Item item) {
        return item.file() + " " + item.pointer();
    }

    /**
     * Checks what the file refers to against the file itself and the database {@code c}, adding
     * to {@code found}. Runs again inside the write transaction, so another process that changed
     * the database in between cannot slip an overlap or a dangling reference past the check.
     */
    void resolve(StoredItems stored, ImportProblems found) throws SQLException, ImportException {
        this.problems = found;
        unknown(stored, StoredItems.Kind.SOURCE, sourceRefs, sourceAt.keySet());
        unknown(stored, StoredItems.Kind.CROSSING, crossingRefs, crossingAt.keySet());
        unknown(stored, StoredItems.Kind.EVENT, eventRefs, eventAt.keySet());
        overlaps(stored);
    }

    private void unknown(StoredItems stored, StoredItems.Kind kind, Map<String, Ref> refs, Set<String> defined)
            throws SQLException, ImportException {
        List<String> missing = new ArrayList<>();
        for (String id : refs.keySet()) {
            if (!defined.contains(id)) {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Set<String> found = stored.existing(kind, missing);
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        for (String id : missing) {
            if (!found.contains(id)) {
                Ref r = refs.get(id);
                problems.add(r.item().problem(r.pointer(), "unknown " + name + " id '" + id
                        + "' (not defined in this import nor in the database)"));
            }
        }
    }

    /** The file's intervals, merged over the stored ones (same key replaces), must not overlap per crossing. */
    private void overlaps(StoredItems stored) throws SQLException, ImportException {
        if (intervals.isEmpty()) {
            return;
        }
        Map<String, StatusInterval> merged = new LinkedHashMap<>();
        for (StatusInterval i : stored.intervals()) {
            if (crossingRefs.containsKey(i.crossingId())) {
                merged.put(IntervalTable.key(i), i);
            }
        }
        merged.putAll(intervals);
        Map<String, List<StatusInterval>> byCrossing = new LinkedHashMap<>();
        for (StatusInterval i : merged.values()) {
            byCrossing.computeIfAbsent(i.crossingId(), k -> new ArrayList<>()).add(i);
        }
        for (List<StatusInterval> list : byCrossing.values()) {
            list.sort(Comparator.comparing(StatusInterval::from));
            for (int k = 1; k < list.size(); k++) {
                StatusInterval prev = list.get(k - 1);
                StatusInterval next = list.get(k);
                if (prev.until() == null || prev.until().isAfter(next.from())) {
                    reportOverlap(prev, next);
                }
            }
        }
    }

    private void reportOverlap(StatusInterval prev, StatusInterval next) throws ImportException {
        BundleReader.Item prevAt = intervalAt.get(IntervalTable.key(prev));
        BundleReader.Item nextAt = intervalAt.get(IntervalTable.key(next));
        BundleReader.Item at = nextAt != null ? nextAt : prevAt;
        String other = at == nextAt
                ? (prevAt != null ? "the interval at " + where(prevAt) : "an interval already in the database")
                : "an interval already in the database";
        problems.add(at.problem(at.pointer() + (at == nextAt ? "/from" : "/until"), "intervals of crossing '"
                + prev.crossingId() + "' overlap: " + span(prev) + " and " + span(next) + " (with " + other
                + "); each day may have one status, so an interval must end on or before the next one's 'from'"));
    }

    private static String span(StatusInterval i) {
        return "[" + i.from() + ", " + (i.until() == null ? "open end" : i.until().toString()) + ")";
    }
}
