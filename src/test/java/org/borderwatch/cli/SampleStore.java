package org.borderwatch.cli;

import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.store.BundleContent;
import org.borderwatch.store.BundleInput;
import org.borderwatch.store.Store;

/** Fills a store with a situation through the store's own bundle import. */
final class SampleStore {
    private SampleStore() {
    }

    /** Imports the sources, crossings and intervals of {@code d}, and its events and {@code annotations} when asked. */
    static void fill(Store store, SituationData d, List<Annotation> annotations, boolean withEvents) throws Exception {
        BundleContent content = new BundleContent(List.copyOf(d.sources().values()), d.crossings(), d.allIntervals(),
                withEvents ? d.events() : List.of(), withEvents ? annotations : List.of());
        store.importBundles(List.of(BundleInput.of("sample.json", content)));
    }
}
