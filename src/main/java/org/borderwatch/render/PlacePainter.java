package org.borderwatch.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.Places;
import org.borderwatch.render.label.LabelRequest;

/**
 * The towns and cities of the region, by population: the bigger a place, the further out it
 * shows, so the map stays uncluttered at every zoom (at a whole-region scale only the capitals and
 * the largest cities; when south-east Finland fills the view, Lappeenranta, Imatra and Vyborg; at
 * 1:250,000 every town of 10,000). Each place is a small dot with its name beside it, and at
 * close scales a second, smaller line with its names in the local language and the other side's.
 * Places join the frame's one label layout after every crossing, annotation and country name: a
 * place whose name finds no free spot beside its dot is left out, dot and all, never drawn over
 * another label.
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

    /**
     * Adds the places of {@code scene} to a frame's label layout, biggest first, at the
     * {@link LabelTier#PLACE places' tier} (after every crossing, annotation and country name):
     * each asks for its name beside its dot, the dot a symbol of its own that is drawn only where
     * the name is.
     */
    static void contributeLabels(MapScene scene, MapLabels.Builder labels) {
        contributeLabels(scene, Places.bundled(), labels);
    }

    static void contributeLabels(MapScene scene, List<Places.Place> places, MapLabels.Builder labels) {
        if (!scene.options().countryLabels()) {
            return;
        }
        Viewport v = scene.view();
        MapStyle s = scene.style();
        long min = minPopulation(v.metresPerPixel());
        boolean second = v.metresPerPixel() < NAMES_BELOW_MPP;
        double size = s.textSizes().event();
        int rank = 0;
        for (Places.Place p : places) {
            rank++;
            if (p.population() < min && !p.capital()) {
                continue;
            }
            Point2D at = v.toScreen(p.x(), p.y());
            if (at.getX() < 0 || at.getY() < 0 || at.getX() > v.width() || at.getY() > v.height()) {
                continue;
            }
            boolean big = p.capital() || p.population() >= 100_000;
            double r = s.width(big ? 3.2 : 2.4);
            List<LabelContent.Line> lines = new ArrayList<>();
            lines.add(new LabelContent.Line(p.name(), s.font(big ? Font.BOLD : Font.PLAIN, size * (big ? 1.14 : 1))));
            String other = second ? p.otherNames() : "";
            if (!other.isEmpty()) {
                lines.add(new LabelContent.Line(other, s.font(Font.ITALIC, size * 0.9)));
            }
            LabelContent c = LabelContent.lines(lines, INK, s.textHalo(), s.width(3))
                    .withDot(new LabelContent.Dot(r, INK, p.capital()));
            double rim = r + s.width(1.2);
            LabelRequest request = LabelRequest.around(key(p), LabelTier.PLACE, rank, at.getX(), at.getY(), r + 3 * s.scale(),
                    c.width(), c.height()).withOwnBox(new Rectangle2D.Double(at.getX() - rim, at.getY() - rim, 2 * rim, 2 * rim));
            labels.add(request, MapLabel.Layer.PLACE, c);
        }
    }

    /** The label key of a place. */
    static String key(Places.Place p) {
        return "place:" + p.name() + "|" + p.country();
    }

    /**
     * Lays out and paints the places of {@code scene} alone, keeping clear of the boxes of
     * {@code labels}; returns those drawn (with their names).
     */
    List<Places.Place> paint(Graphics2D g, MapScene scene, LabelPlacer labels) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        MapLabels.Builder b = new MapLabels.Builder(new Rectangle2D.Double(0, 0, v.width(), v.height()), labels.padding(),
                MapLabels.badgeFont(s), s.text());
        b.obstacles(labels.placed());
        contributeLabels(scene, b);
        MapLabels placed = b.layout();
        LabelPainter.paint(g, s, placed, List.of(MapLabel.Layer.PLACE));
        List<Places.Place> drawn = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        placed.of(MapLabel.Layer.PLACE).forEach(l -> keys.add(l.key()));
        for (Places.Place p : Places.bundled()) {
            if (keys.contains(key(p))) {
                drawn.add(p);
            }
        }
        return drawn;
    }
}
