package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints a detail inset over its main map: the outline of the area it shows on the main map with
 * its letter, then, in its box, the same map at the inset's scale — base map, closures, symbols,
 * the inset's own labels — with its own scale bar, a title bar ("A  Vaalimaa – Parikkala") and a
 * frame. The inset's scene is the main scene in the inset's view, without graticule, north arrow,
 * attribution or legend. Stateless.
 */
public final class InsetPainter {
    private static final Color FRAME = new Color(0x1B2430);
    private static final Color CASING = new Color(255, 255, 255, 225);

    private InsetPainter() {
    }

    /** The scene the inset shows: {@code main} in the inset's view, with no decorations of its own. */
    public static MapScene scene(MapScene main, DetailInset inset) {
        MapOptions o = main.options();
        MapOptions insetOptions = new MapOptions(false, false, false, false, false, o.crossings(), o.crossingLabels(),
                o.events(), o.eventLabels(), o.annotations(), o.countryLabels());
        return main.withView(inset.view()).withOptions(insetOptions);
    }

    /** What the inset's labels keep clear of, in the inset's pixels: its title bar and scale bar. */
    static List<Rectangle2D> reserved(MapScene insetScene, DetailInset inset) {
        MapStyle s = insetScene.style();
        Viewport v = insetScene.view();
        return List.of(titleBar(s, inset), ScaleBar.bounds(v, s, 10 * s.scale(), v.height() - 10 * s.scale()));
    }

    /** The box of the inset's letter beside the top-left corner of its area on the main map. */
    static Rectangle2D letterBox(MapStyle s, DetailInset inset) {
        Font f = MapComposition.titleFont(s);
        Rectangle2D b = TextDrawing.measure(inset.letter(), f);
        double pad = 3 * s.scale();
        double w = b.getWidth() + 2 * pad;
        double h = b.getHeight();
        return new Rectangle2D.Double(inset.area().getX() - w - pad, inset.area().getY() - h - pad, w, h);
    }

    /** The title bar across the top of the inset, in the inset's pixels. */
    private static Rectangle2D titleBar(MapStyle s, DetailInset inset) {
        return new Rectangle2D.Double(0, 0, inset.view().width(), titleBarHeight(s));
    }

    /** Height of an inset's title bar in style {@code s}, pixels. */
    static double titleBarHeight(MapStyle s) {
        return TextDrawing.measure("Hg", MapComposition.titleFont(s)).getHeight() + 4 * s.scale();
    }

    /** Height an inset's scale bar takes at its foot in style {@code s}, pixels. */
    static double scaleBarHeight(MapStyle s) {
        Viewport any = new Viewport(0, 0, 100, 400, 400);
        return ScaleBar.bounds(any, s, 0, 0).getHeight() + 10 * s.scale();
    }

    /**
     * Paints {@code inset} over the main map of {@code main}, whose pixels {@code g} is in: the marked
     * area and its letter, then the inset itself with {@code labels} (its own layout).
     */
    public static void paint(Graphics2D g, MapScene main, DetailInset inset, MapLabels labels) {
        paint(g, main, inset, labels, null);
    }

    /**
     * As {@link #paint(Graphics2D, MapScene, DetailInset, MapLabels)}, the inset's box taken from
     * {@code apart} — painted by {@link #paintApart} for {@code g}'s pixels — or painted here when it
     * is null.
     */
    public static void paint(Graphics2D g, MapScene main, DetailInset inset, MapLabels labels, Apart apart) {
        MapStyle s = main.style();
        paintMarks(g, s, inset);
        Rectangle2D box = inset.box();
        if (apart != null) {
            apart.copyTo(g);
        } else {
            paintBox(g, main, inset, labels);
        }
        g.setColor(CASING);
        g.setStroke(new BasicStroke(s.width(5)));
        g.draw(box);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(s.width(2.2)));
        g.draw(box);
    }

    /** The outline of the area the inset shows on the main map, and its letter. */
    private static void paintMarks(Graphics2D g, MapStyle s, DetailInset inset) {
        Rectangle2D area = inset.area();
        g.setColor(CASING);
        g.setStroke(new BasicStroke(s.width(4.2)));
        g.draw(area);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(s.width(1.8)));
        g.draw(area);
        paintLetter(g, s, inset.letter(), letterBox(s, inset));
    }

    /**
     * An inset's box painted apart from its main map, for a raster: {@code image} in that raster's
     * pixels (from its origin, so that every coordinate is the number painting in place computes),
     * of which the whole pixels the box touches, {@code box}, are the inset's — the pixels a clip
     * to the box keeps.
     */
    public record Apart(BufferedImage image, java.awt.Rectangle box) {
        /** Copies the box's pixels onto {@code g}, the raster it was painted for (within {@code g}'s clip). */
        void copyTo(Graphics2D g) {
            AffineTransform saved = g.getTransform();
            try {
                g.setTransform(new AffineTransform());
                int x2 = box.x + box.width;
                int y2 = box.y + box.height;
                g.drawImage(image, box.x, box.y, x2, y2, box.x, box.y, x2, y2, null);
            } finally {
                g.setTransform(saved);
            }
        }
    }

    /**
     * Whether a box painted apart for a raster whose graphics has the transform {@code device} is
     * the box painted in place, pixel for pixel: when the frame drawn over the box's edge is two
     * pixels wide or more there, it covers every pixel the edge crosses (those that blend the box's
     * map with what lies under it) whole.
     */
    public static boolean apartIsExact(AffineTransform device, MapStyle s) {
        double k = Math.min(Math.abs(device.getScaleX()), Math.abs(device.getScaleY()));
        return device.getShearX() == 0 && device.getShearY() == 0 && s.width(2.2) * k >= 2;
    }

    /**
     * Paints the box of {@code inset} — its map at its scale, scale bar and title bar — as
     * {@link #paint} would onto a raster whose graphics has the transform {@code device} there
     * (the main map's origin at the map's corner), into an image of its own through the same
     * transform: the same pixels ({@link #apartIsExact} tells where), which may be painted on
     * another thread while the main map's overlays are painted. The box's edge pixels, which its
     * frame covers, are painted over the image's black rather than over the map.
     */
    public static Apart paintApart(AffineTransform device, MapScene main, DetailInset inset, MapLabels labels) {
        java.awt.Rectangle r = device.createTransformedShape(inset.box()).getBounds();
        BufferedImage image = new BufferedImage(Math.max(1, r.x + r.width), Math.max(1, r.y + r.height),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            MapPainter.prepare(g);
            g.setTransform(device);
            // the marks first, as in place: Java2D picks its pipelines by the graphics' state (a fill
            // without anti-aliasing by the stroke set, thin or not), which the box then starts from
            paintMarks(g, main.style(), inset);
            g.clip(inset.box()); // the box's pixels only
            paintBox(g, main, inset, labels);
        } finally {
            g.dispose();
        }
        return new Apart(image, r);
    }

    /** The inset's box on {@code g}, in the main map's pixels: its map, scale bar and title bar. */
    private static void paintBox(Graphics2D g, MapScene main, DetailInset inset, MapLabels labels) {
        MapStyle s = main.style();
        Rectangle2D box = inset.box();
        AffineTransform saved = g.getTransform();
        Shape clip = g.getClip();
        try {
            g.translate(box.getX(), box.getY());
            g.clip(new Rectangle2D.Double(0, 0, box.getWidth(), box.getHeight()));
            MapScene is = scene(main, inset);
            new MapPainter().paintFrame(g, is, labels);
            Viewport v = is.view();
            new ScaleBar().paint(g, v, s, 10 * s.scale(), v.height() - 10 * s.scale());
            Rectangle2D bar = titleBar(s, inset);
            g.setColor(FRAME);
            g.fill(bar);
            Font f = MapComposition.titleFont(s);
            Rectangle2D tb = TextDrawing.measure("Hg", f);
            double baseline = bar.getCenterY() - (tb.getY() + tb.getHeight() / 2);
            double x = 6 * s.scale();
            TextDrawing.draw(g, inset.letter(), f, x, baseline, Color.WHITE, null, 0);
            x += TextDrawing.measure(inset.letter(), f).getWidth() + 10 * s.scale();
            String title = fit(inset.title(), f, bar.getWidth() - x - 6 * s.scale());
            TextDrawing.draw(g, title, f, x, baseline, Color.WHITE, null, 0);
        } finally {
            g.setTransform(saved);
            g.setClip(clip);
        }
    }

    private static void paintLetter(Graphics2D g, MapStyle s, String letter, Rectangle2D box) {
        g.setColor(FRAME);
        g.fill(box);
        Font f = MapComposition.titleFont(s);
        Rectangle2D b = TextDrawing.measure(letter, f);
        TextDrawing.draw(g, letter, f, box.getCenterX() - b.getWidth() / 2, box.getCenterY() - (b.getY() + b.getHeight() / 2),
                Color.WHITE, null, 0);
    }

    /** {@code text}, shortened with "…" to fit {@code width}. */
    private static String fit(String text, Font f, double width) {
        if (TextDrawing.measure(text, f).getWidth() <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && TextDrawing.measure(t + "…", f).getWidth() > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }
}
