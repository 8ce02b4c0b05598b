package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * A scale bar that is true at the map's centre: the ground distance of a horizontal run of pixels
 * through the centre is measured geodesically (the projection's scale varies across the map, so
 * metres-per-pixel of the plane alone would be wrong away from the projection's centre).
 */
public final class ScaleBar {
    private static final double[] NICE = {1, 2, 5};

    /**
     * A bar length: {@code metres} on the ground is {@code pixels} long on screen.
     *
     * @param metres the round ground length the bar shows
     * @param pixels its length on screen
     */
    public record Measure(double metres, double pixels) {
        /** "50 km", "500 m", "2.5 km" … */
        public String label() {
            if (metres >= 1000) {
                double km = metres / 1000;
                return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
            }
            return (long) metres + " m";
        }
    }

    /** Ground metres per screen pixel at the view's centre, measured geodesically over 100 px. */
    public static double groundMetresPerPixel(Viewport v) {
        double half = 50 * v.metresPerPixel();
        Coordinate a = MapProjection.inverse(v.centerX() - half, v.centerY());
        Coordinate b = MapProjection.inverse(v.centerX() + half, v.centerY());
        return Geodesy.distanceMetres(a.x, a.y, b.x, b.y) / 100.0;
    }

    /** The longest round length (1, 2 or 5 × 10ⁿ m) whose bar is at most {@code maxPixels} long. */
    public static Measure measure(Viewport v, double maxPixels) {
        double gmpp = groundMetresPerPixel(v);
        double maxMetres = maxPixels * gmpp;
        double pow = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        double best = pow;
        for (double n : NICE) {
            if (n * pow <= maxMetres) {
                best = n * pow;
            }
        }
        return new Measure(best, best / gmpp);
    }

    /** The box a bar painted at its bottom-left corner (x, y) covers, with its white backing. */
    public static Rectangle2D bounds(Viewport v, MapStyle s, double x, double y) {
        Measure m = measure(v, 160 * s.scale());
        Font font = font(s);
        Rectangle2D text = TextDrawing.measure(m.label(), font);
        double h = 6 * s.scale();
        double top = y - h - 4 * s.scale() - text.getHeight() - 2 * s.scale();
        return new Rectangle2D.Double(x - 6 * s.scale(), top, m.pixels() + 12 * s.scale() + text.getWidth(),
                y + 6 * s.scale() - top);
    }

    private static Font font(MapStyle s) {
        return s.font(Font.PLAIN, s.textSizes().scaleBar());
    }

    /** Paints the bar at its bottom-left corner (x, y). Returns its bounds. */
    public Rectangle2D paint(Graphics2D g, Viewport v, MapStyle s, double x, double y) {
        Measure m = measure(v, 160 * s.scale());
        double h = 6 * s.scale();
        Font font = font(s);
        double half = m.pixels() / 2;
        Rectangle2D box = bounds(v, s, x, y);
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(box);
        g.setStroke(new BasicStroke(s.width(1)));
        g.setColor(Color.BLACK);
        g.fill(new Rectangle2D.Double(x, y - h, half, h));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x + half, y - h, half, h));
        g.setColor(Color.BLACK);
        g.draw(new Rectangle2D.Double(x, y - h, m.pixels(), h));
        TextDrawing.draw(g, "0", font, x - 3 * s.scale(), y - h - 4 * s.scale(), s.text(), null, 0);
        TextDrawing.draw(g, m.label(), font, x + m.pixels() - 6 * s.scale(), y - h - 4 * s.scale(), s.text(), null, 0);
        return box;
    }
}
