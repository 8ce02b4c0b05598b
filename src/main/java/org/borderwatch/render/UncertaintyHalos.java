package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.domain.Event;

/**
 * The uncertainty halos of single event pins ({@link EventPainter#uncertaintyMetres}): a
 * translucent disc of the event's category colour with a dashed rim, of the ground radius its
 * location precision says, centred on the pin's tip.
 *
 * <p>Zoomed in close a halo is thousands of pixels across and covers the whole view. Such halos
 * are laid in one fill of the view's rectangle, of the colour and opacity that laying them one
 * after another gives (the same picture to within a level of rounding per channel), and their
 * rims, lying wholly outside the view, are not stroked: filling the screen once per halo and
 * dashing rims tens of thousands of pixels long cost more than the rest of such a frame. Halos
 * that cover the view are laid first, the others over them in marker order. Stateless.
 */
final class UncertaintyHalos {
    /** Opacity (0…255) of a halo's fill. */
    static final int FILL_ALPHA = 38;

    private UncertaintyHalos() {
    }

    /** Paints the halos of the single, located events among {@code markers}. */
    static void paint(Graphics2D g, MapScene scene, List<EventPainter.Marker> markers) {
        if (markers.isEmpty()) {
            return;
        }
        Viewport v = scene.view();
        MapStyle s = scene.style();
        double gmpp = ScaleBar.groundMetresPerPixel(v);
        double rim = s.width(1) + 1;
        // premultiplied colour and remaining transparency of the halos that cover the view, laid in order
        double red = 0;
        double green = 0;
        double blue = 0;
        double through = 1;
        for (EventPainter.Marker mk : markers) {
            if (!mk.isCluster() && covers(v, mk, radius(mk.events().get(0), gmpp), rim)) {
                Color c = s.categoryColor(mk.events().get(0).category());
                double a = FILL_ALPHA / 255.0;
                red = red * (1 - a) + c.getRed() * a;
                green = green * (1 - a) + c.getGreen() * a;
                blue = blue * (1 - a) + c.getBlue() * a;
                through *= 1 - a;
            }
        }
        if (through < 1) {
            double alpha = 1 - through;
            g.setColor(new Color(channel(red / alpha), channel(green / alpha), channel(blue / alpha), channel(alpha * 255)));
            g.fill(new Rectangle2D.Double(0, 0, v.width(), v.height()));
        }
        for (EventPainter.Marker mk : markers) {
            if (mk.isCluster()) {
                continue;
            }
            Event e = mk.events().get(0);
            double r = radius(e, gmpp);
            if (r > 0 && !covers(v, mk, r, rim)) {
                paintOne(g, s, e, mk.x(), mk.y(), r);
            }
        }
    }

    private static double radius(Event e, double gmpp) {
        return EventPainter.uncertaintyMetres(e) / gmpp;
    }

    /** True when a halo of radius {@code r} around the marker's tip covers the view, rim and all. */
    private static boolean covers(Viewport v, EventPainter.Marker mk, double r, double rim) {
        if (r <= rim) {
            return false;
        }
        double farX = Math.max(mk.x(), v.width() - mk.x());
        double farY = Math.max(mk.y(), v.height() - mk.y());
        return farX * farX + farY * farY < (r - rim) * (r - rim);
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static void paintOne(Graphics2D g, MapStyle s, Event e, double x, double y, double r) {
        Color c = s.categoryColor(e.category());
        Ellipse2D.Double halo = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), FILL_ALPHA));
        g.fill(halo);
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
        g.setStroke(new BasicStroke(s.width(1), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {s.width(4), s.width(3)}, 0));
        g.draw(halo);
    }
}
