package org.borderwatch.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a store that {@link StoreCopy} needs beyond the {@link Store} interface: every
 * annotation revision, deleted annotations included, out; and in, an import that carries those
 * revisions along, in one transaction. Both engines implement it.
 */
interface HistoryCopy {
    /** Every revision of every annotation, deleted or not, by annotation id and revision. */
    List<AnnotationRevision> allRevisions() throws StoreException;

    /**
     * In one transaction: for each annotation of {@code history} that this store does not hold
     * yet, its revisions with their numbers, authors and times and the annotation in its last
     * state (deleted when its last revision deleted it); then the bundles, as
     * {@link Store#importBundles} imports them. Annotations this store holds already keep their
     * own history (the bundle's content, when different, arrives as one more revision).
     */
    ImportResult importWithHistory(List<BundleInput> inputs, List<AnnotationRevision> history)
            throws ImportException, StoreException;

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
