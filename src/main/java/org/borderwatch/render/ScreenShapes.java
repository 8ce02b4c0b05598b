package org.borderwatch.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Small boxes covering every line of {@code g} (EPSG:3035 metres) inside the view {@code v}, each
     * at most about {@code step} pixels long and {@code halfWidth} pixels to either side of the line:
     * how a label layout keeps text off a line while letting leader lines cross it.
     */
    public static List<Rectangle2D> boxesAlong(Geometry g, Viewport v, double halfWidth, double step) {
        List<Rectangle2D> out = new ArrayList<>();
        Rectangle2D view = new Rectangle2D.Double(-halfWidth, -halfWidth, v.width() + 2 * halfWidth, v.height() + 2 * halfWidth);
        Path2D.Double path = path(g, v, Math.max(0.5, step / 4));
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_LINETO) {
                double len = Math.hypot(c[0] - lastX, c[1] - lastY);
                int n = Math.max(1, (int) Math.ceil(len / step));
                for (int i = 0; i < n; i++) {
                    double x0 = lastX + (c[0] - lastX) * i / n;
                    double y0 = lastY + (c[1] - lastY) * i / n;
                    double x1 = lastX + (c[0] - lastX) * (i + 1) / n;
                    double y1 = lastY + (c[1] - lastY) * (i + 1) / n;
                    Rectangle2D b = new Rectangle2D.Double(Math.min(x0, x1) - halfWidth, Math.min(y0, y1) - halfWidth,
                            Math.abs(x1 - x0) + 2 * halfWidth, Math.abs(y1 - y0) + 2 * halfWidth);
                    if (b.intersects(view)) {
                        out.add(b);
                    }
                }
            }
            if (type == PathIterator.SEG_MOVETO || type == PathIterator.SEG_LINETO) {
                lastX = c[0];
                lastY = c[1];
            }
        }
        return out;
    }

    /** Where {@link #walk} sends the screen points of a geometry's lines and rings. */
    interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void close();
    }

    private static void append(Path2D.Double path, Geometry g, Viewport v, double step) {
        walk(g, v, step, new Sink() {
            @Override
            public void moveTo(double x, double y) {
                path.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                path.lineTo(x, y);
            }

            @Override
            public void close() {
                path.closePath();
            }
        });
    }

    /**
     * Sends every line and ring of {@code g} (EPSG:3035 metres) to {@code sink} in the screen space
     * of {@code v}, merging vertices closer than {@code step} pixels (along x plus along y).
     */
    static void walk(Geometry g, Viewport v, double step, Sink sink) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                ring(p.getExteriorRing().getCoordinateSequence(), v, true, step, sink);
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    ring(p.getInteriorRingN(r).getCoordinateSequence(), v, true, step, sink);
                }
            } else if (part instanceof LineString l) {
                ring(l.getCoordinateSequence(), v, false, step, sink);
            } else if (part.getNumGeometries() > 1 || part != g) {
                walk(part, v, step, sink);
            }
        }
    }

    private static void ring(CoordinateSequence cs, Viewport v, boolean close, double step, Sink sink) {
        int n = cs.size();
        if (n == 0) {
            return;
        }
        double mpp = v.metresPerPixel();
        double ox = v.width() / 2.0 - v.centerX() / mpp;
        double oy = v.height() / 2.0 + v.centerY() / mpp;
        double lastX = ox + cs.getX(0) / mpp;
        double lastY = oy - cs.getY(0) / mpp;
        sink.moveTo(lastX, lastY);
        for (int i = 1; i < n; i++) {
            double x = ox + cs.getX(i) / mpp;
            double y = oy - cs.getY(i) / mpp;
            if (Math.abs(x - lastX) + Math.abs(y - lastY) >= step || i == n - 1) {
                sink.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (close) {
            sink.close();
        }
    }
}
