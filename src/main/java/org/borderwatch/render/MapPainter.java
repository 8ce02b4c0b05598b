package org.borderwatch.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.borderwatch.geo.BaseMap;

/**
 * Paints a {@link MapScene} onto any {@link Graphics2D} — screen image, PNG, SVG, PDF or a slide —
 * in three passes: {@link #paintBase base map}, {@link #paintOverlays overlays} (situation,
 * annotations, user layers) and {@link #paintDecorations decorations} (scale bar, north arrow,
 * attribution). The screen caches the base pass as an image and repaints only overlays when the
 * date changes. Stateless; safe to use from several threads with separate graphics.
 */
public final class MapPainter {
    private final BaseMapPainter base = new BaseMapPainter();
    private final OverlayPainter overlays = new OverlayPainter();

    /** All three passes. {@code g} must map 1 unit to 1 pixel of {@code scene.view()}. */
    public void paint(Graphics2D g, MapScene scene) {
        LabelPlacer labels = new LabelPlacer(2 * scene.style().scale());
        prepare(g);
        reserveDecorations(g, scene, labels);
        paintBase(g, scene, labels);
        paintOverlays(g, scene, labels);
        paintDecorations(g, scene);
    }

    /** The base map alone, for caching (labels are placed within the pass). */
    public void paintBase(Graphics2D g, MapScene scene, LabelPlacer labels) {
        prepare(g);
        base.paint(g, scene, labels);
    }

    /** Overlays of the scene's situation, annotations and user layers. */
    public void paintOverlays(Graphics2D g, MapScene scene, LabelPlacer labels) {
        prepare(g);
        overlays.paint(g, scene, labels);
    }

    /** Scale bar, north arrow and attribution, as the options say. */
    public void paintDecorations(Graphics2D g, MapScene scene) {
        prepare(g);
        Viewport v = scene.view();
        MapStyle s = scene.style();
        MapOptions o = scene.options();
        if (o.scaleBar()) {
            new ScaleBar().paint(g, v, s, 18 * s.scale(), v.height() - 26 * s.scale());
        }
        if (o.northArrow()) {
            new NorthArrow().paint(g, v, s, v.width() - 34 * s.scale(), 44 * s.scale());
        }
        if (o.attribution()) {
            Font font = s.font(Font.PLAIN, 9.5);
            Rectangle2D b = TextDrawing.bounds(g, BaseMap.ATTRIBUTION, font, 0, 0);
            TextDrawing.draw(g, BaseMap.ATTRIBUTION, font, v.width() - b.getWidth() - 8 * s.scale(),
                    v.height() - 6 * s.scale(), s.text(), s.textHalo(), s.width(2.5));
        }
    }

    /** Keeps labels off the corners where decorations go. */
    private static void reserveDecorations(Graphics2D g, MapScene scene, LabelPlacer labels) {
        Viewport v = scene.view();
        double k = scene.style().scale();
        if (scene.options().scaleBar()) {
            labels.block(new Rectangle2D.Double(0, v.height() - 60 * k, 240 * k, 60 * k));
        }
        if (scene.options().northArrow()) {
            labels.block(new Rectangle2D.Double(v.width() - 70 * k, 0, 70 * k, 80 * k));
        }
        if (scene.options().attribution()) {
            labels.block(new Rectangle2D.Double(v.width() - 420 * k, v.height() - 20 * k, 420 * k, 20 * k));
        }
    }

    /** Quality hints every surface gets. */
    public static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Paints the whole scene into a new ARGB image of the view's size. */
    public BufferedImage paintImage(MapScene scene) {
        BufferedImage img = new BufferedImage(scene.view().width(), scene.view().height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            paint(g, scene);
        } finally {
            g.dispose();
        }
        return img;
    }
}
