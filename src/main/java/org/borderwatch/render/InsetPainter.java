package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
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
        MapStyle s = main.style();
        Rectangle2D area = inset.area();
        g.setColor(CASING);
        g.setStroke(new BasicStroke(s.width(4.2)));
        g.draw(area);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(s.width(1.8)));
        g.draw(area);
        Rectangle2D lb = letterBox(s, inset);
        paintLetter(g, s, inset.letter(), lb);

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
        g.setColor(CASING);
        g.setStroke(new BasicStroke(s.width(5)));
        g.draw(box);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(s.width(2.2)));
        g.draw(box);
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
