package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * The uncertainty of a crossing's position, drawn as a translucent disc with a dashed rim of the
 * ground radius the data gives ({@link Crossing#uncertaintyRadius()}), centred on the crossing's
 * true position: the area the crossing lies in. Only for approximate and estimated positions, and
 * only when the disc is bigger than the symbol and smaller than the view. Stateless.
 */
final class CrossingUncertainty {
    /** Opacity (0…255) of the disc. */
    static final int FILL_ALPHA = 28;
    /** Smallest radius drawn, in pixels: below it the disc hides under the symbol. */
    static final double MIN_RADIUS_PX = 8;

    private CrossingUncertainty() {
    }

    /** The disc's radius in pixels for {@code c} in {@code view}; 0 when none is drawn. */
    static double radiusPixels(Crossing c, Viewport view) {
        if (c.precision() == CoordinatePrecision.SOURCED) {
            return 0;
        }
        double r = c.uncertaintyRadius() / view.metresPerPixel();
        return r < MIN_RADIUS_PX || r > 2 * Math.hypot(view.width(), view.height()) ? 0 : r;
    }

    static void paint(Graphics2D g, MapScene scene, List<CrossingPainter.Placed> placed) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        for (CrossingPainter.Placed p : placed) {
            Crossing c = p.status().crossing();
            double r = radiusPixels(c, v);
            if (r == 0) {
                continue;
            }
            Coordinate xy = MapProjection.forward(c.location().lon(), c.location().lat());
            Point2D at = v.toScreen(xy.x, xy.y);
            Color col = s.statusColor(p.status().status());
            Ellipse2D disc = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
            g.setColor(new Color(col.getRed(), col.getGreen(), col.getBlue(), FILL_ALPHA));
            g.fill(disc);
            g.setColor(new Color(col.getRed(), col.getGreen(), col.getBlue(), 150));
            g.setStroke(new BasicStroke(s.width(1.2), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {s.width(5), s.width(4)}, 0));
            g.draw(disc);
        }
    }
}
