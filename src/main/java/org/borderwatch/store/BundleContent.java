package org.borderwatch.store;

import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;

/**
 * Items to write as one Borderwatch bundle: what {@link Store#exportBundle} writes, and what an
 * importer of another format (GeoJSON, KML) hands to {@link Store#importBundles} through
 * {@link BundleInput#of}, so those items are checked and written exactly like a bundle file.
 * Lists are copied; order is kept.
 */
public record BundleContent(List<Source> sources, List<Crossing> crossings, List<StatusInterval> intervals,
                            List<Event> events, List<Annotation> annotations) {
    public BundleContent {
        sources = List.copyOf(sources);
        crossings = List.copyOf(crossings);
        intervals = List.copyOf(intervals);
        events = List.copyOf(events);
        annotations = List.copyOf(annotations);
    }

    /** Sources, events and annotations only (no crossings or intervals). */
    public static BundleContent of(List<Source> sources, List<Event> events, List<Annotation> annotations) {
        return new BundleContent(sources, List.of(), List.of(), events, annotations);
    }
}
