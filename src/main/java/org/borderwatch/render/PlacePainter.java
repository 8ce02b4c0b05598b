package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.Places;

/**
 * The towns and cities of the region, by population: the bigger a place, the further out it
 * shows, so the map stays uncluttered at every zoom (at a whole-region scale only the capitals and
 * the largest cities; when south-east Finland fills the view, Lappeenranta, Imatra and Vyborg; at
 * 1:250,000 every town of 10,000). Each place is a small dot with its name beside it, and at
 * close scales a second, smaller line with its names in the local language and the other side's.
 * Places come after every crossing, event and annotation label: a place whose label finds no free
 * spot is left out, dot and all, never drawn over another label.
 */
final class PlacePainter {
    /** Below this scale (metres per pixel) the second line with the other names is shown. */
    static final double NAMES_BELOW_MPP = 150;
    /** Colour of the dots and names. */
    static final Color INK = new Color(0x33, 0x33, 0x33);

    /** The smallest population shown at {@code metresPerPixel}; capitals always. */
    static long minPopulation(double metresPerPixel) {
        if (metresPerPixel > 3000) {
            return 2_000_000;
        }
        if (metresPerPixel > 1500) {
            return 500_000;
        }
        if (metresPerPixel > 800) {
            return 150_000;
        }
        if (metresPerPixel > 400) {
            return 50_000;
        }
        if (metresPerPixel > 200) {
            return 25_000;
        }
        return 0;
    }

    /** Paints the places that fit among the labels already placed; returns those drawn. */
    List<Places.Place> paint(Graphics2D g, MapScene scene, LabelPlacer labels) {
        return paint(g, scene, Places.bundled(), labels);
    }

    List<Places.Place> paint(Graphics2D g, MapScene scene, List<Places.Place> places, LabelPlacer labels) {
        List<Places.Place> drawn = new ArrayList<>();
        if (!scene.options().countryLabels()) {
            return drawn;
        }
        Viewport v = scene.view();
        MapStyle s = scene.style();
        long min = minPopulation(v.metresPerPixel());
        boolean second = v.metresPerPixel() < NAMES_BELOW_MPP;
        Color ink = INK;
        for (Places.Place p : places) {
            if (p.population() < min && !p.capital()) {
                continue;
            }
            Point2D at = v.toScreen(p.x(), p.y());
            if (at.getX() < 0 || at.getY() < 0 || at.getX() > v.width() || at.getY() > v.height()) {
                continue;
            }
            boolean big = p.capital() || p.population() >= 100_000;
            double r = s.width(big ? 3.2 : 2.4);
            Font font = s.font(big ? Font.BOLD : Font.PLAIN, big ? 12 : 10.5);
            Font small = s.font(Font.ITALIC, 9);
            String other = second ? p.otherNames() : "";
            Label label = place(g, p.name(), other, font, small, at, r, labels);
            if (label == null) {
                continue;
            }
            Ellipse2D dot = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            labels.block(dot.getBounds2D());
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(at.getX() - r - s.width(1.2), at.getY() - r - s.width(1.2),
                    2 * (r + s.width(1.2)), 2 * (r + s.width(1.2))));
            g.setColor(ink);
            g.fill(dot);
            if (p.capital()) {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(s.width(1)));
                g.draw(new Ellipse2D.Double(at.getX() - r * 0.5, at.getY() - r * 0.5, r, r));
            }
            TextDrawing.draw(g, p.name(), font, label.x(), label.y(), ink, s.textHalo(), s.width(3));
            if (!other.isEmpty()) {
                TextDrawing.draw(g, other, small, label.x(), label.y2(), ink, s.textHalo(), s.width(2.5));
            }
            drawn.add(p);
        }
        return drawn;
    }

    /** Where the name (and the second line) go: baseline origins of both lines. */
    private record Label(double x, double y, double y2) {
    }

    /** Tries right, left, the four diagonals, above and below the dot; reserves and returns the first free spot, or {@code null}. */
    private static Label place(Graphics2D g, String name, String other, Font font, Font small, Point2D at, double r,
                               LabelPlacer labels) {
        Rectangle2D nb = TextDrawing.bounds(g, name, font);
        Rectangle2D ob = other.isEmpty() ? new Rectangle2D.Double() : TextDrawing.bounds(g, other, small);
        double w = Math.max(nb.getWidth(), ob.getWidth());
        double h1 = nb.getHeight();
        double h = h1 + (other.isEmpty() ? 0 : ob.getHeight());
        double gap = r + 3;
        double d = gap * 0.7;
        double[][] spots = {
            {at.getX() + gap, at.getY() - h1 / 2},
            {at.getX() - gap - w, at.getY() - h1 / 2},
            {at.getX() + d, at.getY() - d - h},
            {at.getX() + d, at.getY() + d},
            {at.getX() - d - w, at.getY() - d - h},
            {at.getX() - d - w, at.getY() + d},
            {at.getX() - w / 2, at.getY() - gap - h},
            {at.getX() - w / 2, at.getY() + gap},
        };
        for (double[] top : spots) {
            Rectangle2D box = new Rectangle2D.Double(top[0], top[1], w, h);
            if (labels.tryPlace(box)) {
                return new Label(top[0], top[1] - nb.getY(), top[1] + h1 - ob.getY());
            }
        }
        return null;
    }
}
