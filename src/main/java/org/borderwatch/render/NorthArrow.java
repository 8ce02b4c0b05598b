package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * A north arrow pointing to true north at the map's centre. In LAEA Europe meridians converge, so
 * north leans left east of 10°E and right west of it; the arrow follows.
 */
public final class NorthArrow {

    /** Angle in radians, clockwise from screen-up, of true north at the view's centre. */
    public static double northAngle(Viewport v) {
        Coordinate c = MapProjection.inverse(v.centerX(), v.centerY());
        Coordinate n = MapProjection.forward(c.x, Math.min(89.9, c.y + 0.05));
        return Math.atan2(n.x - v.centerX(), n.y - v.centerY());
    }

    /** Paints the arrow centred at (cx, cy). Returns its bounds. */
    public Rectangle2D paint(Graphics2D g, Viewport v, MapStyle s, double cx, double cy) {
        double r = 16 * s.scale();
        AffineTransform saved = g.getTransform();
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(new java.awt.geom.Ellipse2D.Double(cx - r - 4 * s.scale(), cy - r - 4 * s.scale(), 2 * r + 8 * s.scale(),
                2 * r + 8 * s.scale()));
        g.rotate(northAngle(v), cx, cy);
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, cy - r);
        left.lineTo(cx - r * 0.45, cy + r * 0.7);
        left.lineTo(cx, cy + r * 0.35);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, cy - r);
        right.lineTo(cx + r * 0.45, cy + r * 0.7);
        right.lineTo(cx, cy + r * 0.35);
        right.closePath();
        g.setColor(s.text());
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(s.text());
        g.setStroke(new BasicStroke(s.width(1)));
        g.draw(right);
        Font font = s.font(Font.BOLD, s.textSizes().scaleBar());
        Point2D.Double label = new Point2D.Double(cx, cy - r - 2 * s.scale());
        Rectangle2D b = TextDrawing.bounds(g, "N", font, 0, 0);
        TextDrawing.draw(g, "N", font, label.x - b.getWidth() / 2, label.y - 1, s.text(), s.textHalo(), s.width(2.5));
        g.setTransform(saved);
        return new Rectangle2D.Double(cx - r - 6 * s.scale(), cy - r - 18 * s.scale(), 2 * r + 12 * s.scale(),
                2 * r + 24 * s.scale());
    }
}
