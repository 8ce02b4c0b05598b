package org.borderwatch.ui.annotate;

import java.awt.geom.Point2D;
import java.util.List;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Which annotation, or which handle of the selected one, lies under a screen point. Works in
 * screen pixels of the current view so the tolerance is the same at every zoom. Stateless; any
 * thread.
 */
final class AnnotationHitTest {
    /** Pixels within which a line, outline, point or handle counts as hit. */
    static final double TOLERANCE_PX = 6;

    /** What part of the selected annotation a handle is. */
    enum HandleType { VERTEX, MIDPOINT, RADIUS, BODY }

    /**
     * A handle of the selected annotation.
     *
     * @param index the vertex (VERTEX), or the vertex after which a new one goes (MIDPOINT)
     */
    record Handle(HandleType type, int index, Point2D at) {
    }

    private AnnotationHitTest() {
    }

    /** The topmost annotation (last in {@code annotations}) under (x, y), or {@code null}. */
    static Annotation annotationAt(List<Annotation> annotations, ScreenGeometry sg, double x, double y) {
        for (int i = annotations.size() - 1; i >= 0; i--) {
            Annotation a = annotations.get(i);
            if (hits(a, sg, x, y)) {
                return a;
            }
        }
        return null;
    }

    /** True when (x, y) is on {@code a}: near its point, line or outline, or inside its area. */
    static boolean hits(Annotation a, ScreenGeometry sg, double x, double y) {
        switch (a.kind()) {
            case POINT -> {
                return sg.toScreen(((Point) a.geometry()).getCoordinate()).distance(x, y) <= TOLERANCE_PX + 4;
            }
            case TEXT -> {
                Point2D p = sg.toScreen(((Point) a.geometry()).getCoordinate());
                double halfWidth = Math.max(8, 3.6 * a.title().length());
                return Math.abs(x - p.getX()) <= halfWidth + 2 && Math.abs(y - p.getY()) <= 10;
            }
            case RING -> {
                Point2D c = sg.toScreen(((Point) a.geometry()).getCoordinate());
                return c.distance(x, y) <= TOLERANCE_PX + 2 || nearOutline(sg.outline(a), x, y, true);
            }
            case LINE -> {
                return nearOutline(sg.outline(a), x, y, false);
            }
            case POLYGON -> {
                Point2D[] ring = sg.outline(a);
                return nearOutline(ring, x, y, true) || ScreenGeometry.inside(x, y, ring);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean nearOutline(Point2D[] pts, double x, double y, boolean closed) {
        for (int i = 1; i < pts.length; i++) {
            if (ScreenGeometry.segmentDistance(x, y, pts[i - 1], pts[i]) <= TOLERANCE_PX) {
                return true;
            }
        }
        return closed && pts.length > 2 && ScreenGeometry.segmentDistance(x, y, pts[pts.length - 1], pts[0]) <= TOLERANCE_PX;
    }

    /** The handles drawn on the selected annotation: vertices, segment midpoints, a ring's radius knob. */
    static List<Handle> handles(Annotation a, ScreenGeometry sg) {
        List<Handle> out = new java.util.ArrayList<>();
        Coordinate[] vs = ScreenGeometry.vertices(a.geometry());
        Point2D[] ps = sg.toScreen(vs);
        for (int i = 0; i < ps.length; i++) {
            out.add(new Handle(HandleType.VERTEX, i, ps[i]));
        }
        if (a.kind() == AnnotationKind.LINE || a.kind() == AnnotationKind.POLYGON) {
            int segments = a.kind() == AnnotationKind.POLYGON ? ps.length : ps.length - 1;
            for (int i = 0; i < segments; i++) {
                Coordinate mid = midpoint(vs[i], vs[(i + 1) % vs.length]);
                out.add(new Handle(HandleType.MIDPOINT, i, sg.toScreen(mid)));
            }
        }
        if (a.kind() == AnnotationKind.RING) {
            out.add(new Handle(HandleType.RADIUS, 0, radiusKnob(a, sg)));
        }
        return out;
    }

    /** The handle under (x, y) — vertices before midpoints — or a BODY handle when on the shape, else {@code null}. */
    static Handle handleAt(Annotation a, ScreenGeometry sg, double x, double y) {
        Handle best = null;
        double bestDist = TOLERANCE_PX + 1;
        for (Handle h : handles(a, sg)) {
            double d = h.at().distance(x, y);
            boolean better = d < bestDist || (best != null && d == bestDist && h.type() == HandleType.VERTEX);
            if (better) {
                best = h;
                bestDist = d;
            }
        }
        if (best != null) {
            return best;
        }
        return hits(a, sg, x, y) ? new Handle(HandleType.BODY, -1, new Point2D.Double(x, y)) : null;
    }

    /** The ring's radius knob: the point of the circle due east of the centre. */
    static Point2D radiusKnob(Annotation a, ScreenGeometry sg) {
        Coordinate c = ((Point) a.geometry()).getCoordinate();
        Coordinate east = org.borderwatch.geo.Geodesy.destination(c.x, c.y, 90, a.radiusKm() * 1000);
        return sg.toScreen(east);
    }

    /** The geodesic-enough midpoint of a short segment (the mean of the WGS84 coordinates). */
    static Coordinate midpoint(Coordinate a, Coordinate b) {
        return new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
    }
}
