package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.domain.Category;

/**
 * The pin that marks events: its tip on the place, a round head above it. A single event's head is
 * filled with its category colour and carries the category's letter, so categories differ without
 * colour; a cluster's head is white with the count, ringed in the colour of its most frequent
 * category. Pins differ in shape from every crossing symbol. Sizes in screen pixels. Stateless.
 */
public final class EventMarker {
    /** Head radius in pixels at style scale 1 for one event. */
    public static final double HEAD_RADIUS = 7;
    private static final Color OUTLINE = new Color(0x1A1A1A);

    private EventMarker() {
    }

    /** The letter on a single event's head. */
    public static String glyph(Category c) {
        return switch (c) {
            case CLOSURE -> "X";
            case REOPENING -> "O";
            case STATEMENT -> "S";
            case DEPLOYMENT -> "D";
            case MIGRATION -> "M";
            case INCIDENT -> "!";
            case MEETING -> "T";
            case LEGISLATION -> "L";
            case CONSTRUCTION -> "B";
            case PROTEST -> "P";
            case VIOLENCE -> "V";
            case OTHER -> "+";
        };
    }

    /** Head radius of a cluster of {@code count} events (grows slowly with the count). */
    public static double clusterRadius(MapStyle s, int count) {
        double grow = Math.max(1, s.textSizes().pinCount() / TextSizes.SCREEN.pinCount());
        return Math.min(13.5, 8.5 + 1.6 * Math.log(count) / Math.log(2)) * s.scale() * grow;
    }

    /** Height of the head centre above the tip for head radius {@code r}. */
    public static double headLift(double r) {
        return r * 1.85;
    }

    /** The pin outline with its tip at (x, y) and head radius {@code r}. */
    public static Shape pin(double x, double y, double r) {
        double hy = y - headLift(r);
        double d = y - hy;
        double theta = Math.acos(r / d);
        double deg = Math.toDegrees(theta);
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x + r * Math.sin(theta), hy + r * Math.cos(theta));
        p.append(new Arc2D.Double(x - r, hy - r, 2 * r, 2 * r, deg - 90, 360 - 2 * deg, Arc2D.OPEN), true);
        p.closePath();
        return p;
    }

    /** The head circle of a pin with tip (x, y). */
    public static Ellipse2D head(double x, double y, double r) {
        double hy = y - headLift(r);
        return new Ellipse2D.Double(x - r, hy - r, 2 * r, 2 * r);
    }

    /** What decides how a pin looks (the key of its sprite). */
    private record Look(boolean cluster, int color, String text, double radius, double scale, String fontFamily) {
    }

    /** The box a pin of head radius {@code r} with its tip at the origin covers, outline included. */
    private static Rectangle2D extent(MapStyle s, double r) {
        double w = s.width(3);
        double top = headLift(r) + r + w;
        return new Rectangle2D.Double(-r - w, -top, 2 * (r + w), top + w);
    }

    /** Paints a single event's pin (from a sprite on a surface that carries {@link Sprites}). */
    public static void paintSingle(Graphics2D g, MapStyle s, Category c, double x, double y) {
        Sprites sprites = Sprites.of(g);
        if (sprites != null) {
            double r = HEAD_RADIUS * s.scale();
            sprites.drawSymbol(g, new Look(false, s.categoryColor(c).getRGB(), glyph(c), r, s.scale(), s.fontFamily()), x, y,
                    extent(s, r), (sg, ox, oy) -> drawSingle(sg, s, c, ox, oy));
            return;
        }
        drawSingle(g, s, c, x, y);
    }

    private static void drawSingle(Graphics2D g, MapStyle s, Category c, double x, double y) {
        double r = HEAD_RADIUS * s.scale();
        Shape pin = pin(x, y, r);
        Color fill = s.categoryColor(c);
        outline(g, s, pin);
        g.setColor(fill);
        g.fill(pin);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(s.width(0.9), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(pin);
        centredText(g, glyph(c), s.font(Font.BOLD, 9), x, y - headLift(r), luminance(fill) > 0.55 ? OUTLINE : Color.WHITE,
                null, 0);
    }

    /** Paints a cluster's pin with {@code count} on its head, ringed in {@code dominant}'s colour. */
    public static void paintCluster(Graphics2D g, MapStyle s, Category dominant, int count, double x, double y) {
        Sprites sprites = Sprites.of(g);
        if (sprites != null) {
            double r = clusterRadius(s, count);
            sprites.drawSymbol(g, new Look(true, s.categoryColor(dominant).getRGB(), countText(count), r, s.scale(),
                    s.fontFamily()), x, y, extent(s, r), (sg, ox, oy) -> drawCluster(sg, s, dominant, count, ox, oy));
            return;
        }
        drawCluster(g, s, dominant, count, x, y);
    }

    /**
     * The count of a cluster pin with tip (x, y), again, with a white halo: painted over crossing
     * symbols that stand on the pin's head, so that a symbol never turns "1k" into "1" (the
     * symbol's status stays visible around the figures).
     */
    public static void paintCountOver(Graphics2D g, MapStyle s, int count, double x, double y) {
        String text = countText(count);
        centredText(g, text, countFont(s, text), x, head(x, y, clusterRadius(s, count)).getCenterY(), OUTLINE,
                Color.WHITE, s.width(2.5));
    }

    /** The font of a cluster's count: a little smaller from three characters on. */
    private static Font countFont(MapStyle s, String text) {
        return s.font(Font.BOLD, s.textSizes().pinCount() * (text.length() >= 3 ? 0.9 : 1));
    }

    private static String countText(int count) {
        return count > 999 ? (count / 1000) + "k" : String.valueOf(count);
    }

    private static void drawCluster(Graphics2D g, MapStyle s, Category dominant, int count, double x, double y) {
        double r = clusterRadius(s, count);
        Shape pin = pin(x, y, r);
        outline(g, s, pin);
        g.setColor(Color.WHITE);
        g.fill(pin);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(s.width(0.9), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(pin);
        Ellipse2D head = head(x, y, r);
        double ring = s.width(3.2);
        g.setColor(s.categoryColor(dominant));
        g.setStroke(new BasicStroke((float) ring));
        g.draw(new Ellipse2D.Double(head.getX() + ring / 2 + s.width(0.5), head.getY() + ring / 2 + s.width(0.5),
                head.getWidth() - ring - s.width(1), head.getHeight() - ring - s.width(1)));
        String text = countText(count);
        centredText(g, text, countFont(s, text), x, head.getCenterY(), OUTLINE, null, 0);
    }

    /** The highlight of the selected event around a pin of head radius {@code r} with tip (x, y). */
    public static void paintSelection(Graphics2D g, MapStyle s, double x, double y, double r) {
        Ellipse2D head = head(x, y, r);
        double rr = r + 4.5 * s.scale();
        Ellipse2D.Double ring = new Ellipse2D.Double(head.getCenterX() - rr, head.getCenterY() - rr, 2 * rr, 2 * rr);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(s.width(5.5)));
        g.draw(ring);
        g.setColor(new Color(0x0072B2));
        g.setStroke(new BasicStroke(s.width(2.8)));
        g.draw(ring);
    }

    private static void outline(Graphics2D g, MapStyle s, Shape pin) {
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(s.width(3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(pin);
    }

    private static void centredText(Graphics2D g, String text, Font font, double cx, double cy, Color color, Color halo,
                                    float haloWidth) {
        Rectangle2D b = TextDrawing.bounds(g, text, font, 0, 0);
        var lm = font.getLineMetrics(text, g.getFontRenderContext());
        double baseline = cy + (lm.getAscent() - lm.getDescent()) / 2 - lm.getAscent() * 0.08;
        TextDrawing.draw(g, text, font, cx - b.getWidth() / 2, baseline, color, halo, haloWidth);
    }

    /** Relative luminance 0…1 (sRGB, without gamma: close enough to pick black or white text). */
    static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}
