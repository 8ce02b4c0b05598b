package org.borderwatch.ui.annotate;

import java.awt.geom.Point2D;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * WGS84 ↔ screen pixels for one {@link Viewport}, through EPSG:3035. Stateless apart from the
 * viewport; any thread.
 */
final class ScreenGeometry {
    /** Segments of a range ring drawn on screen. */
    static final int RING_SEGMENTS = 96;

    private final Viewport view;

    ScreenGeometry(Viewport view) {
        this.view = view;
    }

    Viewport view() {
        return view;
    }

    /** Screen pixels of a WGS84 (lon, lat). */
    Point2D toScreen(double lon, double lat) {
        Coordinate m = MapProjection.forward(lon, lat);
        return view.toScreen(m.x, m.y);
    }

    Point2D toScreen(Coordinate wgs84) {
        return toScreen(wgs84.x, wgs84.y);
    }

    /** WGS84 (lon, lat) under screen pixel (x, y). */
    Coordinate toWgs84(double x, double y) {
        Coordinate m = view.toWorld(x, y);
        return MapProjection.inverse(m.x, m.y);
    }

    /** The screen points of a coordinate array. */
    Point2D[] toScreen(Coordinate[] wgs84) {
        Point2D[] out = new Point2D[wgs84.length];
        for (int i = 0; i < wgs84.length; i++) {
            out[i] = toScreen(wgs84[i]);
        }
        return out;
    }

    /** The editable vertices of a geometry (a polygon's exterior ring without its closing point). */
    static Coordinate[] vertices(Geometry g) {
        if (g instanceof Polygon p) {
            Coordinate[] ring = p.getExteriorRing().getCoordinates();
            return java.util.Arrays.copyOf(ring, ring.length - 1);
        }
        return g.getCoordinates();
    }

    /** The screen outline of a range ring: a geodesic circle of {@code radiusKm} around {@code centre}. */
    Point2D[] ring(Coordinate centre, double radiusKm) {
        return toScreen(Geodesy.circle(centre.x, centre.y, radiusKm * 1000, RING_SEGMENTS));
    }

    /** The outline to draw or hit for an annotation: its ring circle, polygon ring, line or point. */
    Point2D[] outline(Annotation a) {
        if (a.kind() == AnnotationKind.RING) {
            return ring(((Point) a.geometry()).getCoordinate(), a.radiusKm());
        }
        if (a.geometry() instanceof Polygon p) {
            return toScreen(p.getExteriorRing().getCoordinates());
        }
        return toScreen(a.geometry().getCoordinates());
    }

    /** Distance in pixels from (x, y) to the segment a–b. */
    static double segmentDistance(double x, double y, Point2D a, Point2D b) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.getX()) * dx + (y - a.getY()) * dy) / len2));
        return Math.hypot(x - (a.getX() + t * dx), y - (a.getY() + t * dy));
    }

    /** True when (x, y) lies inside the closed ring of screen points (even-odd rule). */
    static boolean inside(double x, double y, Point2D[] ring) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i].getX();
            double yi = ring[i].getY();
            double xj = ring[j].getX();
            double yj = ring[j].getY();
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }
}
