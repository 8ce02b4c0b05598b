package org.borderwatch.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Geometry;

/**
 * A projected line or area on screen at a bounded cost, whatever the user gave: the base map is
 * simplified per zoom level beforehand, but an annotation or a user layer may hold a million
 * vertices, each hundreds of pixels from the last, and stroking that costs Java2D minutes.
 *
 * <p>Every vertex is taken to the pixel grid: vertices closer than {@code step} pixels to the
 * last one kept are merged (as {@link ScreenShapes} does), which bounds a dense but orderly line
 * by the pixels it crosses. The length of what is left inside the view (each segment clipped to
 * it) is measured first: up to {@link #inkBudget} pixels the shape is a path to stroke and fill
 * as usual. Beyond, stroking could only paint the same pixels over and over: the shape becomes
 * the cells of a grid it passes through ({@link Cells}: cells of at least 2 pixels, larger as the
 * length needs so that marking them takes at most {@link #CELL_STEPS} steps), filled in its
 * colour — still exactly where the shape runs, at the resolution of the cells. Either way the
 * cost is two passes over the vertices and a bounded amount of painting.
 *
 * <p>Stateless; thread-safe.
 */
final class BoundedPath {
    /** Steps of the cell walk, at most: a few milliseconds. */
    static final long CELL_STEPS = 4_000_000;

    /**
     * The screen shape: a path to stroke and fill, or (when {@code cells} is not null) the outline
     * of the cells the shape runs through, for picking, with the cells to paint.
     */
    record Shape(Path2D.Double path, Cells cells) {
        boolean coarse() {
            return cells != null;
        }
    }

    /** Receives the kept vertices of each line and ring, in screen pixels. */
    private BoundedPath() {
    }

    /** Pixels of visible segment length a shape may be stroked for: 250 times the view's width and height. */
    static double inkBudget(Viewport v) {
        return 250.0 * (v.width() + v.height());
    }

    /** {@code g} (EPSG:3035 metres) in the screen space of {@code v}, bounded as the class comment says. */
    static Shape of(Geometry g, Viewport v, double step) {
        double w = v.width();
        double h = v.height();
        double[] visible = {0};
        ScreenShapes.walk(g, v, step, new ScreenShapes.Sink() {
            private double sx;
            private double sy;
            private double lx;
            private double ly;

            @Override
            public void moveTo(double x, double y) {
                sx = lx = x;
                sy = ly = y;
            }

            @Override
            public void lineTo(double x, double y) {
                visible[0] += visibleLength(lx, ly, x, y, w, h);
                lx = x;
                ly = y;
            }

            @Override
            public void close() {
                lineTo(sx, sy);
            }
        });
        if (visible[0] <= inkBudget(v)) {
            Path2D.Double path = ScreenShapes.path(g, v, step);
            return new Shape(path, null);
        }
        Cells cells = new Cells(v, (int) Math.max(2, Math.ceil(visible[0] / CELL_STEPS)));
        ScreenShapes.walk(g, v, step, new ScreenShapes.Sink() {
            private double sx;
            private double sy;
            private double lx;
            private double ly;

            @Override
            public void moveTo(double x, double y) {
                sx = lx = x;
                sy = ly = y;
                cells.mark(x, y, x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                cells.mark(lx, ly, x, y);
                lx = x;
                ly = y;
            }

            @Override
            public void close() {
                lineTo(sx, sy);
            }
        });
        return new Shape(cells.outline(), cells);
    }

    /** The length of the segment inside [0, w] × [0, h] (Liang–Barsky clipping). */
    static double visibleLength(double x0, double y0, double x1, double y1, double w, double h) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t0 = 0;
        double t1 = 1;
        // left, right, top, bottom
        if (dx == 0) {
            if (x0 < 0 || x0 > w) {
                return 0;
            }
        } else {
            double a = -x0 / dx;
            double b = (w - x0) / dx;
            t0 = Math.max(t0, Math.min(a, b));
            t1 = Math.min(t1, Math.max(a, b));
        }
        if (dy == 0) {
            if (y0 < 0 || y0 > h) {
                return 0;
            }
        } else {
            double a = -y0 / dy;
            double b = (h - y0) / dy;
            t0 = Math.max(t0, Math.min(a, b));
            t1 = Math.min(t1, Math.max(a, b));
        }
        return t1 <= t0 ? 0 : (t1 - t0) * Math.sqrt(dx * dx + dy * dy);
    }

    /** The cells of the view a shape runs through. Not thread-safe. */
    static final class Cells {
        private final int cell;
        private final int cols;
        private final int rows;
        private final double w;
        private final double h;
        private final boolean[] hit;

        Cells(Viewport v, int cell) {
            this.cell = cell;
            this.cols = (v.width() + cell - 1) / cell;
            this.rows = (v.height() + cell - 1) / cell;
            this.w = v.width();
            this.h = v.height();
            this.hit = new boolean[cols * rows];
        }

        /** The side of a cell in pixels. */
        int cell() {
            return cell;
        }

        /** Marks the cells the segment's part inside the view passes through, half a cell a step. */
        void mark(double x0, double y0, double x1, double y1) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            double len = Math.sqrt(dx * dx + dy * dy);
            double visible = visibleLength(x0, y0, x1, y1, w, h);
            if (visible == 0 && len > 0) {
                return;
            }
            int steps = Math.max(1, (int) Math.ceil(len / (cell / 2.0)));
            if (steps > 2 * visible / cell + 4 * (cols + rows)) {
                // mostly off screen: walk only the part inside (found by clipping)
                double[] t = clip(x0, y0, x1, y1);
                x0 += dx * t[0];
                y0 += dy * t[0];
                dx *= t[1] - t[0];
                dy *= t[1] - t[0];
                steps = Math.max(1, (int) Math.ceil(visible / (cell / 2.0)));
            }
            for (int i = 0; i <= steps; i++) {
                int cx = (int) Math.floor((x0 + dx * i / steps) / cell);
                int cy = (int) Math.floor((y0 + dy * i / steps) / cell);
                if (cx >= 0 && cy >= 0 && cx < cols && cy < rows) {
                    hit[cy * cols + cx] = true;
                }
            }
        }

        private double[] clip(double x0, double y0, double x1, double y1) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            double t0 = 0;
            double t1 = 1;
            if (dx != 0) {
                double a = -x0 / dx;
                double b = (w - x0) / dx;
                t0 = Math.max(t0, Math.min(a, b));
                t1 = Math.min(t1, Math.max(a, b));
            }
            if (dy != 0) {
                double a = -y0 / dy;
                double b = (h - y0) / dy;
                t0 = Math.max(t0, Math.min(a, b));
                t1 = Math.min(t1, Math.max(a, b));
            }
            return new double[] {t0, Math.max(t0, t1)};
        }

        /** The marked cells as rectangles merged along rows: the shape to pick. */
        Path2D.Double outline() {
            Path2D.Double out = new Path2D.Double(Path2D.WIND_NON_ZERO);
            for (int r = 0; r < rows; r++) {
                int from = -1;
                for (int k = 0; k <= cols; k++) {
                    boolean on = k < cols && hit[r * cols + k];
                    if (on && from < 0) {
                        from = k;
                    } else if (!on && from >= 0) {
                        out.append(new Rectangle2D.Double((double) from * cell, (double) r * cell, (double) (k - from) * cell,
                                cell), false);
                        from = -1;
                    }
                }
            }
            return out;
        }

        /** Paints the marked cells in {@code color}: one small image, scaled up with sharp edges. */
        void paint(Graphics2D g, Color color) {
            BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
            int argb = color.getRGB();
            for (int i = 0; i < hit.length; i++) {
                if (hit[i]) {
                    img.setRGB(i % cols, i / cols, argb);
                }
            }
            Object before = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(img, 0, 0, cols * cell, rows * cell, null);
            if (before != null) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, before);
            }
        }
    }
}
