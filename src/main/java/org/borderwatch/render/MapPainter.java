package org.borderwatch.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.borderwatch.geo.BaseMap;

/**
 * Paints a {@link MapScene} onto any {@link Graphics2D} — screen image, PNG, SVG, PDF or a slide —
 * in three passes: {@link #paintBase base map}, {@link #paintOverlays overlays} (situation,
 * annotations, user layers) and {@link #paintDecorations decorations} (scale bar, north arrow,
 * attribution). The screen caches the base pass as an image and repaints only overlays when the
 * date changes. The legend, when the options ask for it, is painted with the decorations.
 *
 * <p>{@link #paintFrame} and {@link #paintOverlaysAndDecorations} return an {@link OverlayResult}:
 * the hit index of what was painted (for tooltips and picking) and the legend entries.
 *
 * <p>Stateless; safe to use from several threads with separate graphics.
 */
public final class MapPainter {
    private final BaseMapPainter base = new BaseMapPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private final LegendPainter legend = new LegendPainter();
    private final LegendPainter.Corner legendCorner;

    /** A painter that puts the legend in the top-left corner. */
    public MapPainter() {
        this(LegendPainter.Corner.TOP_LEFT);
    }

    /** A painter that puts the legend (when the options ask for one) in {@code legendCorner}. */
    public MapPainter(LegendPainter.Corner legendCorner) {
        this.legendCorner = legendCorner == null ? LegendPainter.Corner.TOP_LEFT : legendCorner;
    }

    /** All three passes. {@code g} must map 1 unit to 1 pixel of {@code scene.view()}. */
    public void paint(Graphics2D g, MapScene scene) {
        paintFrame(g, scene);
    }

    /**
     * All three passes, returning what the overlays painted. The overlays are planned first, so
     * the legend's box is kept clear of labels and lists exactly the symbols of the frame.
     */
    public OverlayResult paintFrame(Graphics2D g, MapScene scene) {
        LabelPlacer labels = new LabelPlacer(2 * scene.style().scale());
        prepare(g);
        OverlayPlan plan = OverlayPlan.of(scene);
        List<LegendEntry> entries = LegendPainter.entries(scene, plan);
        if (scene.options().legend()) {
            labels.block(legend.bounds(g, scene, entries, legendCorner));
        }
        reserveDecorations(g, scene, labels);
        paintBase(g, scene, labels);
        prepare(g);
        OverlayResult result = overlays.paint(g, scene, plan, labels);
        paintFixedDecorations(g, scene);
        return result.withLegendBounds(paintLegend(g, scene, entries));
    }

    /**
     * Overlays and decorations over a base painted before (e.g. a cached image): the screen's path
     * on a date change. {@code labels} should hold the base pass's labels.
     */
    public OverlayResult paintOverlaysAndDecorations(Graphics2D g, MapScene scene, LabelPlacer labels) {
        return paintOverlaysAndDecorations(g, scene, labels, null, null);
    }

    /**
     * As {@link #paintOverlaysAndDecorations(Graphics2D, MapScene, LabelPlacer)}, with the
     * annotations' shapes and dots taken from a cached {@code layer} of this scene's annotations
     * ({@code null}: painted afresh), and the closures through a {@code closures} layer that keeps
     * them while they stay the same ({@code null}: painted afresh). The annotation layer must
     * {@link AnnotationLayer#fits fit} the scene.
     */
    public OverlayResult paintOverlaysAndDecorations(Graphics2D g, MapScene scene, LabelPlacer labels,
                                                     AnnotationLayer layer, ClosureLayer closures) {
        if (layer != null && !layer.fits(scene)) {
            throw new IllegalArgumentException("the annotation layer was painted for another view or other annotations");
        }
        prepare(g);
        OverlayPlan plan = layer == null ? OverlayPlan.of(scene) : OverlayPlan.of(scene, layer.visible());
        List<LegendEntry> entries = LegendPainter.entries(scene, plan);
        if (scene.options().legend()) {
            labels.block(legend.bounds(g, scene, entries, legendCorner));
        }
        reserveDecorations(g, scene, labels);
        OverlayResult result = overlays.paint(g, scene, plan, labels, layer, closures);
        paintFixedDecorations(g, scene);
        return result.withLegendBounds(paintLegend(g, scene, entries));
    }

    /**
     * The base map alone, for caching. Its labels keep clear of the corners where the decorations
     * go, and stay in {@code labels} so that overlay labels can avoid them.
     */
    public void paintBase(Graphics2D g, MapScene scene, LabelPlacer labels) {
        prepare(g);
        reserveDecorations(g, scene, labels);
        base.paint(g, scene, labels);
    }

    /** Overlays of the scene's situation, annotations and user layers. */
    public void paintOverlays(Graphics2D g, MapScene scene, LabelPlacer labels) {
        prepare(g);
        overlays.paint(g, scene, labels);
    }

    /** Scale bar, north arrow, attribution and legend, as the options say. */
    public void paintDecorations(Graphics2D g, MapScene scene) {
        paintFixedDecorations(g, scene);
        if (scene.options().legend()) {
            paintLegend(g, scene, LegendPainter.entries(scene));
        }
    }

    /** The legend box when the options ask for one; its bounds, or {@code null}. */
    private Rectangle2D paintLegend(Graphics2D g, MapScene scene, List<LegendEntry> entries) {
        if (!scene.options().legend()) {
            return null;
        }
        prepare(g);
        return legend.paint(g, scene, entries, legendCorner);
    }

    private static void paintFixedDecorations(Graphics2D g, MapScene scene) {
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

    /** An image of the whole scene with what its overlays painted. */
    public record Frame(BufferedImage image, OverlayResult overlays) {
    }

    /** Paints the whole scene into a new ARGB image and returns it with the overlay result. */
    public Frame paintImageFrame(MapScene scene) {
        BufferedImage img = new BufferedImage(scene.view().width(), scene.view().height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            return new Frame(img, paintFrame(g, scene));
        } finally {
            g.dispose();
        }
    }
}
