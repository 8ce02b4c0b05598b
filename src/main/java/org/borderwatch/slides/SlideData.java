package org.borderwatch.slides;

import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.HeldEventSource;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.UserLayer;

/**
 * What slides are composed from: the crossings and their intervals, where the events of each
 * slide's window come from, the base map, the annotations and the user's layers. Each slide (each
 * step of a deck) asks {@code events} for its own window only. Immutable and thread-safe (its
 * parts are).
 *
 * @param situation   sources, crossings and status intervals (events it holds are not used)
 * @param events      the events by window: the store's windowed queries, or a snapshot
 * @param map         the base map
 * @param annotations every annotation (each slide keeps those valid on its date)
 * @param userLayers  layers the user added, bottom first
 */
public record SlideData(SituationData situation, EventSource events, BaseMap map, List<Annotation> annotations,
                        List<UserLayer> userLayers) {
    public SlideData {
        if (situation == null || events == null || map == null) {
            throw new IllegalArgumentException("slide data needs the crossings, a source of events and a map");
        }
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
    }

    /** Slides of a snapshot that holds its own events. */
    public SlideData(SituationData snapshot, BaseMap map, List<Annotation> annotations, List<UserLayer> userLayers) {
        this(snapshot, snapshot, map, annotations, userLayers);
    }

    /** Snapshot (with its events) and map, no annotations or user layers. */
    public static SlideData of(SituationData snapshot, BaseMap map) {
        return new SlideData(snapshot, map, List.of(), List.of());
    }

    /** The same data with {@code layers} as the user's layers. */
    public SlideData withUserLayers(List<UserLayer> layers) {
        return new SlideData(situation, events, map, annotations, layers);
    }

    /**
     * The same data whose events are read through a {@link HeldEventSource} of at most
     * {@code budget} events: for the steps of a deck, whose windows overlap, each step reads only
     * the days the steps before it did not.
     */
    public SlideData holdingDaysRead(int budget) {
        return new SlideData(situation, new HeldEventSource(events, budget), map, annotations, userLayers);
    }

    /**
     * The slide of {@code spec}, highlighting {@code eventId} (or nothing when {@code null}); reads
     * the events of its window.
     *
     * @throws org.borderwatch.domain.EventsUnavailableException when the events cannot be read
     */
    public Slide compose(SlideSpec spec, String eventId) {
        return Slide.compose(spec, situation, events, map, annotations, userLayers, eventId);
    }

    /** The slide of {@code spec}. */
    public Slide compose(SlideSpec spec) {
        return compose(spec, null);
    }
}
