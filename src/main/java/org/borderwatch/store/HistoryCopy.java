package org.borderwatch.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a store that {@link StoreCopy} needs beyond the {@link Store} interface: every
 * annotation revision, deleted annotations included. Both engines implement it; each writes the
 * revisions in its own copy path ({@link PgStore#copyFrom}, {@link SqliteStore#importWithHistory}).
 */
interface HistoryCopy {
    /** Every revision of every annotation, deleted or not, by annotation id and revision. */
    List<AnnotationRevision> allRevisions() throws StoreException;

    /** {@code history} grouped by annotation, each group in revision order, groups in first-seen order. */
    static Map<String, List<AnnotationRevision>> byAnnotation(List<AnnotationRevision> history) {
        Map<String, List<AnnotationRevision>> grouped = new LinkedHashMap<>();
        for (AnnotationRevision r : history) {
            grouped.computeIfAbsent(r.annotationId(), k -> new ArrayList<>()).add(r);
        }
        for (List<AnnotationRevision> g : grouped.values()) {
            g.sort(java.util.Comparator.comparingInt(AnnotationRevision::revision));
        }
        return grouped;
    }
}
