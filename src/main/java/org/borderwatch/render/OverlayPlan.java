package org.borderwatch.render;

import java.util.List;

/**
 * Where the overlays of one frame go, worked out before anything is drawn: the crossings in view
 * with their screen positions, the closure drawing of each border, the event pins (clustered) and
 * the annotations in view. The legend is made from the plan, so it lists exactly what the frame
 * shows, and its box can be reserved before labels are placed. Immutable.
 *
 * @param crossings   crossings in view, in paint order
 * @param closures    closure drawing per border (empty without a situation)
 * @param markers     event pins, in paint order (the selected one last)
 * @param annotations annotations in view, in scene order
 */
public record OverlayPlan(List<CrossingPainter.Placed> crossings, List<BorderClosurePainter.BorderClosure> closures,
                          List<EventPainter.Marker> markers, List<AnnotationPainter.Visible> annotations,
                          PointRings rings) {
    public OverlayPlan {
        crossings = List.copyOf(crossings);
        closures = List.copyOf(closures);
        markers = List.copyOf(markers);
        annotations = List.copyOf(annotations);
    }

    /** Plans the overlays of {@code scene} (cost: O(crossings + events + annotations)). */
    public static OverlayPlan of(MapScene scene) {
        return of(scene, AnnotationPainter.visible(scene));
    }

    /** Plans the overlays of {@code scene} whose annotations in view are already known. */
    static OverlayPlan of(MapScene scene, List<AnnotationPainter.Visible> annotations) {
        List<CrossingPainter.Placed> crossings = CrossingPainter.place(scene);
        return new OverlayPlan(crossings, BorderClosurePainter.plan(scene), EventPainter.place(scene, crossings),
                annotations, PointRings.of(scene, annotations, crossings));
    }
}
