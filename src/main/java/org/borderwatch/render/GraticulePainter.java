package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Meridians and parallels at a spacing that gives a handful of lines across the view (10° … 1′),
 * drawn as projected curves, with degree labels at the top and left edges (the bottom corners
 * belong to the scale bar and the attribution).
 */
public final class GraticulePainter {
    private static final double[] STEPS = {10, 5, 2, 1, 0.5, 0.25, 1 / 6.0, 1 / 12.0, 1 / 30.0, 1 / 60.0};

    /**
     * A degree label at the frame's edge.
     *
     * @param text     "27°E", "60°30′N"
     * @param x        baseline-left x, pixels
     * @param baseline baseline y, pixels
     * @param box      the box it covers, pixels
     */
    public record EdgeLabel(String text, double x, double baseline, Rectangle2D box) {
    }

    /** Paints the lines and their labels, and reserves the labels' boxes in {@code labels}. */
    public void paint(Graphics2D g, MapScene scene, LabelPlacer labels) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        double[] box = lonLatBox(v);
        double step = step(box);
        double lonStep = lonStep(box, step);
        g.setColor(s.graticule());
        g.setStroke(new BasicStroke(s.width(0.7)));
        int samples = 48;
        for (double lon = Math.floor(box[0] / lonStep) * lonStep; lon <= box[2]; lon += lonStep) {
            g.draw(curve(v, lon, box[1], lon, box[3], samples));
        }
        for (double lat = Math.floor(box[1] / step) * step; lat <= box[3]; lat += step) {
            g.draw(curve(v, box[0], lat, box[2], lat, samples));
        }
        Font font = font(s);
        for (EdgeLabel l : labels(scene)) {
            TextDrawing.draw(g, l.text(), font, l.x(), l.baseline(), s.text(), s.textHalo(), s.width(2.5));
            labels.block(l.box());
        }
    }

    /**
     * The degree labels of the scene's graticule: meridians at the top edge, parallels at the left
     * edge, kept clear of the corners (north arrow, scale bar) and of a panel's caption tab
     * ({@link MapOptions#clearTopLeft()}). Pure: the same view and style give
     * the same labels, so a label layout can reserve them without painting.
     */
    public static List<EdgeLabel> labels(MapScene scene) {
        if (!scene.options().graticule()) {
            return List.of();
        }
        Viewport v = scene.view();
        MapStyle s = scene.style();
        double[] box = lonLatBox(v);
        double step = step(box);
        double lonStep = lonStep(box, step);
        Font font = font(s);
        double pad = 3 * s.scale();
        List<EdgeLabel> out = new ArrayList<>();
        double lastRight = scene.options().clearTopLeft() > 0 ? scene.options().clearTopLeft() : Double.NEGATIVE_INFINITY;
        for (double lon = Math.floor(box[0] / lonStep) * lonStep; lon <= box[2]; lon += lonStep) {
            Coordinate top = MapProjection.forward(lon, latAtTop(v, lon, box));
            Point2D sp = v.toScreen(top.x, top.y);
            String text = format(lon, 'E', 'W', lonStep);
            Rectangle2D b = TextDrawing.measure(text, font);
            double x = sp.getX() + pad;
            double baseline = pad - b.getY();
            if (sp.getX() > 40 * s.scale() && x + b.getWidth() < v.width() - 110 * s.scale() && x > lastRight + font.getSize2D()) {
                out.add(new EdgeLabel(text, x, baseline, TextDrawing.at(b, x, baseline)));
                lastRight = x + b.getWidth();
            }
        }
        double lastBottom = Double.NEGATIVE_INFINITY;
        for (double lat = Math.floor(box[3] / step) * step; lat >= box[1]; lat -= step) {
            Coordinate left = MapProjection.forward(lonAtLeft(v, lat, box), lat);
            Point2D sp = v.toScreen(left.x, left.y);
            String text = format(lat, 'N', 'S', step);
            Rectangle2D b = TextDrawing.measure(text, font);
            double baseline = sp.getY() - pad;
            Rectangle2D at = TextDrawing.at(b, pad + s.scale(), baseline);
            if (at.getMinY() > 40 * s.scale() && at.getMaxY() < v.height() - 70 * s.scale() && at.getMinY() > lastBottom) {
                out.add(new EdgeLabel(text, pad + s.scale(), baseline, at));
                lastBottom = at.getMaxY() + pad;
            }
        }
        return out;
    }

    private static Font font(MapStyle s) {
        return s.font(Font.PLAIN, s.textSizes().graticule());
    }

    /**
     * The meridians' spacing: the parallels' or a coarser one from the same ladder, so that at
     * most eight meridians cross the view (far north they converge, and a view as tall as Finland
     * spans many degrees of longitude).
     */
    private static double lonStep(double[] box, double step) {
        double span = box[2] - box[0];
        double best = step;
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] >= step && span / best > 8) {
                best = STEPS[i];
            }
        }
        return best;
    }

    /** A spacing that gives at least three parallels across the view. */
    private static double step(double[] box) {
        double spanLat = box[3] - box[1];
        for (double candidate : STEPS) {
            if (spanLat / candidate >= 3) {
                return candidate;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** The projected screen path from (lon0, lat0) to (lon1, lat1), straight in degrees, in {@code samples} steps. */
    private static Path2D.Double curve(Viewport v, double lon0, double lat0, double lon1, double lat1, int samples) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i <= samples; i++) {
            double f = (double) i / samples;
            Coordinate c = MapProjection.forward(lon0 + (lon1 - lon0) * f, lat0 + (lat1 - lat0) * f);
            Point2D sp = v.toScreen(c.x, c.y);
            if (i == 0) {
                p.moveTo(sp.getX(), sp.getY());
            } else {
                p.lineTo(sp.getX(), sp.getY());
            }
        }
        return p;
    }

    /** Bounds in degrees (west, south, east, north) of the view, from its edges. */
    static double[] lonLatBox(Viewport v) {
        Envelope e = v.envelope();
        double w = 180;
        double so = 90;
        double ea = -180;
        double no = -90;
        int n = 12;
        for (int i = 0; i <= n; i++) {
            double fx = e.getMinX() + e.getWidth() * i / n;
            double fy = e.getMinY() + e.getHeight() * i / n;
            for (Coordinate c : new Coordinate[] {MapProjection.inverse(fx, e.getMinY()), MapProjection.inverse(fx, e.getMaxY()),
                    MapProjection.inverse(e.getMinX(), fy), MapProjection.inverse(e.getMaxX(), fy)}) {
                w = Math.min(w, c.x);
                ea = Math.max(ea, c.x);
                so = Math.min(so, c.y);
                no = Math.max(no, c.y);
            }
        }
        return new double[] {w, so, ea, no};
    }

    /** The latitude where meridian {@code lon} leaves the view at the top edge. */
    private static double latAtTop(Viewport v, double lon, double[] box) {
        double lo = box[1];
        double hi = box[3];
        for (int i = 0; i < 30; i++) {
            double mid = (lo + hi) / 2;
            Coordinate c = MapProjection.forward(lon, mid);
            if (v.toScreen(c.x, c.y).getY() < 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo;
    }

    private static double lonAtLeft(Viewport v, double lat, double[] box) {
        double lo = box[0];
        double hi = box[2];
        for (int i = 0; i < 30; i++) {
            double mid = (lo + hi) / 2;
            Coordinate c = MapProjection.forward(mid, lat);
            if (v.toScreen(c.x, c.y).getX() < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** 27°E, 60°30′N, 23°39′E … */
    static String format(double value, char pos, char neg, double step) {
        char hemi = value >= 0 ? pos : neg;
        double a = Math.abs(value);
        int deg = (int) Math.floor(a + 1e-9);
        int min = (int) Math.round((a - deg) * 60);
        if (min == 60) {
            deg++;
            min = 0;
        }
        return step >= 1 || min == 0 ? deg + "°" + hemi : deg + "°" + String.format("%02d", min) + "′" + hemi;
    }
}
