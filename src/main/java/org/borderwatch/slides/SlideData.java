package org.borderwatch.slides;

import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.UserLayer;

/**
 * What slides are composed from: a situation snapshot, the base map, the annotations and the user's
 * layers. Immutable and thread-safe (its parts are).
 *
 * @param situation  the store's snapshot
 * @param map        the base map
 * @param annotations every annotation (each slide keeps those valid on its date)
 * @param userLayers layers the user added, bottom first
 */
public record SlideData(SituationData situation, BaseMap map, List<Annotation> annotations, List<UserLayer> userLayers) {
    public SlideData {
        if (situation == null || map == null) {
            throw new IllegalArgumentException("slide data needs a situation snapshot and a map");
        }
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
    }

    /** Snapshot and map, no annotations or user layers. */
    public static SlideData of(SituationData situation, BaseMap map) {
        return new SlideData(situation, map, List.of(), List.of());
    }

    /** The slide of {@code spec}, highlighting {@code eventId} (or nothing when {@code null}). */
    public Slide compose(SlideSpec spec, String eventId) {
        return Slide.compose(spec, situation, map, annotations, userLayers, eventId);
    }

    /** The slide of {@code spec}. */
    public Slide compose(SlideSpec spec) {
        return compose(spec, null);
    }
}
