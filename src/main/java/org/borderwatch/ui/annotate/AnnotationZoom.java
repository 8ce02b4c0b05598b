package org.borderwatch.ui.annotate;

import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** The view that shows one annotation: its extent with a margin, points at a close but not absurd scale. */
final class AnnotationZoom {
    /** A point is shown at this scale or closer (metres per pixel). */
    static final double POINT_SCALE = 150;

    private AnnotationZoom() {
    }

    static Viewport viewFor(Annotation a, Viewport current) {
        Envelope e = new Envelope();
        if (a.kind() == AnnotationKind.RING) {
            Coordinate c = ((Point) a.geometry()).getCoordinate();
            for (Coordinate p : Geodesy.circle(c.x, c.y, a.radiusKm() * 1000, 32)) {
                e.expandToInclude(MapProjection.forward(p.x, p.y));
            }
        } else {
            for (Coordinate p : a.geometry().getCoordinates()) {
                e.expandToInclude(MapProjection.forward(p.x, p.y));
            }
        }
        if (e.getWidth() == 0 && e.getHeight() == 0) {
            return new Viewport(e.getMinX(), e.getMinY(), Math.min(current.metresPerPixel(), POINT_SCALE),
                    current.width(), current.height());
        }
        return Viewport.fit(e, current.width(), current.height(), 0.2);
    }
}
