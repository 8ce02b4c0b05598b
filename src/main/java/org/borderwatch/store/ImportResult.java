package org.borderwatch.store;

import java.util.List;

/** What an import did, per kind of item. */
public record ImportResult(ImportCounts sources, ImportCounts crossings, ImportCounts intervals,
                           ImportCounts events, ImportCounts annotations) {
    /** True when the import changed nothing (every item was already stored as given). */
    public boolean unchanged() {
        for (ImportCounts c : List.of(sources, crossings, intervals, events, annotations)) {
            if (c.added() > 0 || c.updated() > 0) {
                return false;
            }
        }
        return true;
    }

    /** One line per kind: {@code events: 3 added, 0 updated, 57 unchanged}. */
    public List<String> lines() {
        return List.of("sources: " + sources, "crossings: " + crossings, "intervals: " + intervals,
                "events: " + events, "annotations: " + annotations);
    }
}
