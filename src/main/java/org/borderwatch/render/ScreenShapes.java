package org.borderwatch.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns projected JTS geometries into Java2D paths in screen pixels. Consecutive vertices closer
 * than a quarter pixel (or a given step) are merged: they cannot be seen and only cost time.
 */
public final class ScreenShapes {
    private ScreenShapes() {
    }

    /** A path of every line and ring of {@code g} (EPSG:3035 metres) in the screen space of {@code v}. */
    public static Path2D.Double path(Geometry g, Viewport v) {
        return path(g, v, 0.25);
    }

    /**
     * As {@link #path(Geometry, Viewport)}, merging vertices closer than {@code step} pixels
     * (measured along x plus along y). A step of 1.5 pixels leaves a curve within a few
     * hundredths of a pixel of its course (a ring of 128 segments a few pixels across keeps a
     * third of them) and spares the stroker thousands of round joins.
     */
    public static Path2D.Double path(Geometry g, Viewport v, double step) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, g, v, step);
        return path;
    }

    /** Appends {@code g} to {@code path}. */
    public static void append(Path2D.Double path, Geometry g, Viewport v) {
        append(path, g, v, 0.25);
    }

    private static void append(Path2D.Double path, Geometry g, Viewport v, double step) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(path, p.getExteriorRing().getCoordinateSequence(), v, true, step);
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    ring(path, p.getInteriorRingN(r).getCoordinateSequence(), v, true, step);
                }
            } else if (part instanceof LineString l) {
                ring(path, l.getCoordinateSequence(), v, false, step);
            } else if (part.getNumGeometries() > 1 || part != g) {
                append(path, part, v, step);
            }
        }
    }

    private static void ring(Path2D.Double path, CoordinateSequence cs, Viewport v, boolean close, double step) {
        int n = cs.size();
        if (n == 0) {
            return;
        }
        double mpp = v.metresPerPixel();
        double ox = v.width() / 2.0 - v.centerX() / mpp;
        double oy = v.height() / 2.0 + v.centerY() / mpp;
        double lastX = ox + cs.getX(0) / mpp;
        double lastY = oy - cs.getY(0) / mpp;
        path.moveTo(lastX, lastY);
        for (int i = 1; i < n; i++) {
            double x = ox + cs.getX(i) / mpp;
            double y = oy - cs.getY(i) / mpp;
            if (Math.abs(x - lastX) + Math.abs(y - lastY) >= step || i == n - 1) {
                path.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (close) {
            path.closePath();
        }
    }
}
