package org.borderwatch.render;

import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Situation;
import org.borderwatch.geo.BaseMap;

/**
 * Everything one frame shows. Immutable; built on the UI thread and painted on a background one.
 *
 * @param map                the base map
 * @param view               area, scale and pixel size
 * @param style              colours and sizes
 * @param options            which parts are drawn
 * @param situation          the situation of the selected date, or {@code null} for the base map alone
 * @param annotations        annotations visible on that date
 * @param userLayers         layers the user added, bottom first
 * @param selectedEventId    highlighted event, or {@code null}
 * @param selectedCrossingId highlighted crossing, or {@code null}
 */
public record MapScene(BaseMap map, Viewport view, MapStyle style, MapOptions options, Situation situation,
                       List<Annotation> annotations, List<UserLayer> userLayers, String selectedEventId,
                       String selectedCrossingId) {
    public MapScene {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        userLayers = userLayers == null ? List.of() : List.copyOf(userLayers);
    }

    /** A scene with only the base map and its decorations. */
    public static MapScene base(BaseMap map, Viewport view) {
        return new MapScene(map, view, MapStyle.DEFAULT, MapOptions.BASE_ONLY, null, List.of(), List.of(), null, null);
    }

    /**
     * A scene of {@code situation} with every overlay and decoration, the legend off (the screen
     * shows it in a side panel; slides switch it on with {@link #withOptions}), nothing selected.
     */
    public static MapScene ofSituation(BaseMap map, Viewport view, Situation situation) {
        return new MapScene(map, view, MapStyle.DEFAULT, MapOptions.ALL.withLegend(false), situation, List.of(), List.of(),
                null, null);
    }

    public MapScene withView(Viewport v) {
        return new MapScene(map, v, style, options, situation, annotations, userLayers, selectedEventId, selectedCrossingId);
    }

    public MapScene withStyle(MapStyle s) {
        return new MapScene(map, view, s, options, situation, annotations, userLayers, selectedEventId, selectedCrossingId);
    }

    public MapScene withOptions(MapOptions o) {
        return new MapScene(map, view, style, o, situation, annotations, userLayers, selectedEventId, selectedCrossingId);
    }

    public MapScene withSituation(Situation s) {
        return new MapScene(map, view, style, options, s, annotations, userLayers, selectedEventId, selectedCrossingId);
    }

    public MapScene withAnnotations(List<Annotation> a) {
        return new MapScene(map, view, style, options, situation, a, userLayers, selectedEventId, selectedCrossingId);
    }

    public MapScene withUserLayers(List<UserLayer> l) {
        return new MapScene(map, view, style, options, situation, annotations, l, selectedEventId, selectedCrossingId);
    }

    public MapScene withSelection(String eventId, String crossingId) {
        return new MapScene(map, view, style, options, situation, annotations, userLayers, eventId, crossingId);
    }
}
