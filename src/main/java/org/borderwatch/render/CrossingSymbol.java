package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Status;

/**
 * The symbol of a border crossing. Shape says the type and is recognisable without colour: road =
 * circle, rail = square, road and rail = square with a ring inside, river = diamond, pedestrian =
 * triangle. Fill says the status in the style's status colour, and a second cue that survives
 * greyscale and colour-blindness says it again: open = solid, restricted = lower half filled,
 * closed = solid with a bold white ✕ and a heavy dark outline, no data = hollow with a dashed
 * outline and a "?".
 *
 * <p>Sizes are screen pixels; {@code r} is the nominal radius (a circle's radius; the other
 * shapes are sized to look as heavy). Stateless.
 */
public final class CrossingSymbol {
    /** Nominal radius in pixels at style scale 1, at regional zoom. */
    public static final double RADIUS = 7;
    /** Nominal radius in pixels at style scale 1 when zoomed in to a few crossings. */
    public static final double RADIUS_CLOSE = 9;
    /** Below this many metres per pixel the close-zoom radius is used. */
    public static final double CLOSE_ZOOM_MPP = 150;

    private static final Color OUTLINE = new Color(0x1A1A1A);
    private static final Color HALO = new Color(255, 255, 255, 230);

    private CrossingSymbol() {
    }

    /** The nominal radius for a view's scale and a style. */
    public static double radius(Viewport v, MapStyle s) {
        return (v.metresPerPixel() < CLOSE_ZOOM_MPP ? RADIUS_CLOSE : RADIUS) * s.scale();
    }

    /** The symbol's outline for {@code type}, centred on (cx, cy). */
    public static Shape shape(CrossingType type, double cx, double cy, double r) {
        return switch (type) {
            case ROAD -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            case RAIL -> square(cx, cy, r * 0.9);
            case ROAD_RAIL -> square(cx, cy, r * 0.98);
            case RIVER -> {
                double d = r * 1.22;
                Path2D.Double p = new Path2D.Double();
                p.moveTo(cx, cy - d);
                p.lineTo(cx + d, cy);
                p.lineTo(cx, cy + d);
                p.lineTo(cx - d, cy);
                p.closePath();
                yield p;
            }
            case PEDESTRIAN -> {
                double d = r * 1.3;
                Path2D.Double p = new Path2D.Double();
                p.moveTo(cx, cy - d);
                p.lineTo(cx + d * 0.866, cy + d * 0.5);
                p.lineTo(cx - d * 0.866, cy + d * 0.5);
                p.closePath();
                yield p;
            }
        };
    }

    private static Rectangle2D square(double cx, double cy, double half) {
        return new Rectangle2D.Double(cx - half, cy - half, 2 * half, 2 * half);
    }

    /**
     * Paints one symbol: a white halo, the fill and the status cue, and the outline (from a sprite
     * on a surface that carries {@link Sprites}). The graphics' colour, stroke and font are changed.
     */
    public static void paint(Graphics2D g, MapStyle s, CrossingType type, Status status, double cx, double cy, double r) {
        Sprites sprites = Sprites.of(g);
        if (sprites != null) {
            double e = r * 1.35 + s.width(5);
            sprites.drawSymbol(g, new Look(type, status, s.statusColor(status).getRGB(), r, s.scale(), s.fontFamily()), cx, cy,
                    new Rectangle2D.Double(-e, -e, 2 * e, 2 * e), (sg, ox, oy) -> draw(sg, s, type, status, ox, oy, r));
            return;
        }
        draw(g, s, type, status, cx, cy, r);
    }

    /** What decides how a symbol looks (the key of its sprite). */
    private record Look(CrossingType type, Status status, int color, double radius, double scale, String fontFamily) {
    }

    private static void draw(Graphics2D g, MapStyle s, CrossingType type, Status status, double cx, double cy, double r) {
        Shape shape = shape(type, cx, cy, r);
        Color fill = s.statusColor(status);
        g.setColor(HALO);
        g.setStroke(new BasicStroke(s.width(status == Status.CLOSED ? 5 : 3.5), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        switch (status) {
            case OPEN, CLOSED -> {
                g.setColor(fill);
                g.fill(shape);
            }
            case RESTRICTED -> {
                g.setColor(Color.WHITE);
                g.fill(shape);
                Area lower = new Area(shape);
                lower.intersect(new Area(new Rectangle2D.Double(cx - 2 * r, cy, 4 * r, 2 * r)));
                g.setColor(fill);
                g.fill(lower);
                g.setColor(OUTLINE);
                g.setStroke(new BasicStroke(s.width(1)));
                Rectangle2D b = shape.getBounds2D();
                Area divider = new Area(shape);
                divider.intersect(new Area(new Rectangle2D.Double(b.getX(), cy - s.width(0.5), b.getWidth(), s.width(1))));
                g.fill(divider);
            }
            case UNKNOWN, UNTRACKED -> {
                g.setColor(Color.WHITE);
                g.fill(shape);
            }
        }
        if (type == CrossingType.ROAD_RAIL) {
            boolean light = status == Status.OPEN || status == Status.CLOSED;
            g.setColor(light ? Color.WHITE : OUTLINE);
            g.setStroke(new BasicStroke((float) (r * 0.2)));
            double ir = r * 0.55;
            g.draw(new Ellipse2D.Double(cx - ir, cy - ir, 2 * ir, 2 * ir));
        }
        if (status == Status.CLOSED) {
            double k = r * (type == CrossingType.PEDESTRIAN ? 0.36 : 0.5);
            double oy = type == CrossingType.PEDESTRIAN ? r * 0.15 : 0;
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (r * 0.34), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(cx - k, cy - k + oy, cx + k, cy + k + oy));
            g.draw(new Line2D.Double(cx - k, cy + k + oy, cx + k, cy - k + oy));
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(s.width(2.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        } else if (status == Status.UNTRACKED) {
            // not tracked yet: a dashed outline and a level bar, no question mark (nothing is in doubt)
            g.setColor(fill.darker());
            g.setStroke(new BasicStroke(s.width(1.5), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {s.width(2.5), s.width(1.8)}, 0));
            g.draw(shape);
            g.setStroke(new BasicStroke((float) (r * 0.28), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(cx - r * 0.5, cy, cx + r * 0.5, cy));
        } else if (status == Status.UNKNOWN) {
            g.setColor(fill.darker());
            g.setStroke(new BasicStroke(s.width(1.5), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {s.width(2.5), s.width(1.8)}, 0));
            g.draw(shape);
            Font font = new Font(s.fontFamily(), Font.BOLD, 1).deriveFont((float) (r * 1.25));
            Rectangle2D tb = TextDrawing.bounds(g, "?", font, 0, 0);
            TextDrawing.draw(g, "?", font, cx - tb.getWidth() / 2, cy + r * 0.45, fill.darker(), null, 0);
        } else {
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(s.width(1.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    /**
     * Paints the bare shape of a type in a neutral grey, with no status cue: how the legend shows
     * crossing types apart from their status.
     */
    public static void paintType(Graphics2D g, MapStyle s, CrossingType type, double cx, double cy, double r) {
        Shape shape = shape(type, cx, cy, r);
        g.setColor(new Color(0x8A8A8A));
        g.fill(shape);
        if (type == CrossingType.ROAD_RAIL) {
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (r * 0.2)));
            double ir = r * 0.55;
            g.draw(new Ellipse2D.Double(cx - ir, cy - ir, 2 * ir, 2 * ir));
        }
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(s.width(1.2), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    /** The highlight ring of the selected crossing, drawn around a symbol of radius {@code r}. */
    public static void paintSelection(Graphics2D g, MapStyle s, double cx, double cy, double r) {
        double rr = r + 5.5 * s.scale();
        Ellipse2D.Double ring = new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(s.width(5.5)));
        g.draw(ring);
        g.setColor(new Color(0x0072B2));
        g.setStroke(new BasicStroke(s.width(2.8)));
        g.draw(ring);
    }
}
