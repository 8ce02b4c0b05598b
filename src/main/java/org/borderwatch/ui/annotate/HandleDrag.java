package org.borderwatch.ui.annotate;

import java.awt.geom.Point2D;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.Geodesy;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * One drag on the selected annotation: the whole shape (BODY), one vertex, a midpoint (which adds
 * a vertex where it is dropped) or a ring's radius knob. It keeps the annotation as it was and
 * computes the dragged shape for each pointer position. No JavaFX; the tools feed it pixels.
 */
final class HandleDrag {
    /** Pixels the pointer must travel before a press becomes a drag. */
    static final double THRESHOLD_PX = 3;

    private final Annotation original;
    private final AnnotationHitTest.Handle handle;
    private final double startX;
    private final double startY;
    private Annotation current;
    private boolean moved;

    HandleDrag(Annotation original, AnnotationHitTest.Handle handle, double startX, double startY) {
        this.original = original;
        this.handle = handle;
        this.startX = startX;
        this.startY = startY;
        this.current = original;
    }

    Annotation original() {
        return original;
    }

    AnnotationHitTest.Handle handle() {
        return handle;
    }

    /** The annotation in its dragged shape (the original until the pointer moved). */
    Annotation current() {
        return current;
    }

    boolean moved() {
        return moved;
    }

    /**
     * The pointer is at (x, y); {@code target} is where that is in WGS84 (snapped or not).
     * Positions that give no valid shape (a point beyond the poles) leave the last valid one.
     */
    void to(ScreenGeometry sg, double x, double y, Coordinate target) {
        if (!moved && Math.hypot(x - startX, y - startY) < THRESHOLD_PX) {
            return;
        }
        moved = true;
        try {
            current = shaped(sg, x, y, target);
        } catch (IllegalArgumentException outside) {
            // keep the last valid shape: the pointer left the range of valid coordinates
        }
    }

    private Annotation shaped(ScreenGeometry sg, double x, double y, Coordinate target) {
        AnnotationBuilder b = AnnotationBuilder.from(original);
        Geometry g = original.geometry();
        switch (handle.type()) {
            case BODY -> {
                double mpp = sg.view().metresPerPixel();
                b.geometry(VertexEdits.translate(g, (x - startX) * mpp, -(y - startY) * mpp));
            }
            case VERTEX -> b.geometry(VertexEdits.moveVertex(g, handle.index(), target));
            case MIDPOINT -> b.geometry(VertexEdits.insertVertex(g, handle.index(), target));
            case RADIUS -> {
                Coordinate c = ((Point) g).getCoordinate();
                double km = Geodesy.distanceMetres(c.x, c.y, target.x, target.y) / 1000.0;
                b.radiusKm(Math.max(0.01, Math.min(5000, km)));
            }
            default -> throw new IllegalStateException("unknown handle " + handle.type());
        }
        return b.build();
    }

    /** What the drag did, for the undo menu. */
    String label() {
        return switch (handle.type()) {
            case BODY -> "Move";
            case VERTEX -> original.kind() == AnnotationKind.LINE || original.kind() == AnnotationKind.POLYGON
                    ? "Move vertex" : "Move";
            case MIDPOINT -> "Add vertex";
            case RADIUS -> "Change radius";
        };
    }

    /** The press point, for a click on a midpoint handle (which adds a vertex right there). */
    Point2D start() {
        return new Point2D.Double(startX, startY);
    }
}
