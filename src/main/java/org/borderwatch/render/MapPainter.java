package org.borderwatch.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.BaseMap;

/**
 * Paints a {@link MapScene} onto any {@link Graphics2D} — screen image, PNG, SVG, PDF or a slide —
 * in three passes: {@link #paintBase base map}, {@link #paintOverlays overlays} (situation,
 * annotations, user layers) and {@link #paintDecorations decorations} (scale bar, north arrow,
 * attribution). The screen caches the base pass as an image and repaints only overlays when the
 * date changes. The legend, when the options ask for it, is painted with the decorations.
 *
 * <p>Labels of every layer are laid out together, once per frame ({@link #layoutLabels}): a surface
 * of another resolution paints the same layout transformed. {@link #paintFrame} and
 * {@link #paintOverlaysAndDecorations} return an {@link OverlayResult}: the hit index of what was
 * painted (for tooltips and picking), the legend entries and the labels.
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
     * All three passes, returning what the overlays painted. The overlays are planned and the
     * labels laid out first, so the labels keep clear of the legend and the decorations, and the
     * legend lists exactly the symbols of the frame.
     */
    public OverlayResult paintFrame(Graphics2D g, MapScene scene) {
        return paintFrame(g, scene, null);
    }

    /**
     * All three passes with the labels of {@code labels} (laid out for this scene by
     * {@link #layoutLabels}, possibly on a surface of another resolution and
     * {@link MapLabels#transformed transformed} here), or laid out now when {@code labels} is null.
     */
    public OverlayResult paintFrame(Graphics2D g, MapScene scene, MapLabels labels) {
        return paintFrame(g, scene, labels, OverlayPlan.of(scene));
    }

    /** {@link #paintFrame(Graphics2D, MapScene, MapLabels)} with the overlays of {@code scene} planned already ({@link OverlayPlan#of}). */
    public OverlayResult paintFrame(Graphics2D g, MapScene scene, MapLabels labels, OverlayPlan plan) {
        return paintFrame(g, scene, labels, plan, true);
    }

    private OverlayResult paintFrame(Graphics2D g, MapScene scene, MapLabels labels, OverlayPlan plan, boolean base) {
        prepare(g);
        List<LegendEntry> entries = LegendPainter.entries(scene, plan);
        MapLabels placed = labels != null ? labels : layout(scene, plan, entries, List.of());
        if (base) {
            paintBase(g, scene, new LabelPlacer(0));
        }
        prepare(g);
        OverlayResult result = overlays.paint(g, scene, plan, placed, null, null);
        paintFixedDecorations(g, scene);
        return result.withLegendBounds(paintLegend(g, scene, entries));
    }

    /**
     * All three passes with a frame's whole {@link MapComposition layout}: the main map with its
     * labels, then its detail insets over it.
     */
    public OverlayResult paintComposed(Graphics2D g, MapScene scene, MapComposition composition) {
        return paintComposed(g, scene, composition, OverlayPlan.of(scene));
    }

    /** {@link #paintComposed(Graphics2D, MapScene, MapComposition)} with the overlays of {@code scene} planned already. */
    public OverlayResult paintComposed(Graphics2D g, MapScene scene, MapComposition composition, OverlayPlan plan) {
        OverlayResult result = paintFrame(g, scene, composition.labels(), plan);
        paintInsets(g, scene, composition);
        return result;
    }

    /**
     * {@link #paintComposed(Graphics2D, MapScene, MapComposition, OverlayPlan)} over a base pass
     * ({@link #paintBase} with a fresh {@link LabelPlacer}, as a frame paints it) painted onto
     * {@code g} before: the same pixels as painting it all now.
     */
    public OverlayResult paintComposedOverBase(Graphics2D g, MapScene scene, MapComposition composition,
                                               OverlayPlan plan) {
        OverlayResult result = paintFrame(g, scene, composition.labels(), plan, false);
        paintInsets(g, scene, composition);
        return result;
    }

    /** The insets of {@code composition} over a main map already painted. */
    public static void paintInsets(Graphics2D g, MapScene scene, MapComposition composition) {
        for (MapComposition.Inset i : composition.insets()) {
            prepare(g);
            InsetPainter.paint(g, scene, i.inset(), i.labels());
        }
    }

    /**
     * The labels {@link #paintFrame(Graphics2D, MapScene)} would place for {@code scene}: the one
     * layout every surface of the scene paints. Pure; needs no graphics.
     */
    public MapLabels layoutLabels(MapScene scene) {
        OverlayPlan plan = OverlayPlan.of(scene);
        return layout(scene, plan, LegendPainter.entries(scene, plan), List.of());
    }

    /**
     * Overlays and decorations over a base painted before (e.g. a cached image): the screen's path
     * on a date change. {@code labels} holds boxes the labels must avoid besides the frame's own
     * (the base pass's graticule labels, say).
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
        OverlayPlan plan = layer == null ? OverlayPlan.of(scene) : OverlayPlan.of(scene, layer.visible());
        List<LegendEntry> entries = LegendPainter.entries(scene, plan);
        return paintOverlaysAndDecorations(g, scene, plan, entries, layout(scene, plan, entries, labels.placed()), layer,
                closures);
    }

    /** Overlays and decorations over a base painted before, with labels laid out before ({@link #layoutLabels}). */
    public OverlayResult paintOverlaysAndDecorations(Graphics2D g, MapScene scene, MapLabels labels) {
        OverlayPlan plan = OverlayPlan.of(scene);
        return paintOverlaysAndDecorations(g, scene, plan, LegendPainter.entries(scene, plan), labels, null, null);
    }

    private OverlayResult paintOverlaysAndDecorations(Graphics2D g, MapScene scene, OverlayPlan plan,
                                                      List<LegendEntry> entries, MapLabels labels, AnnotationLayer layer,
                                                      ClosureLayer closures) {
        prepare(g);
        OverlayResult result = overlays.paint(g, scene, plan, labels, layer, closures);
        paintFixedDecorations(g, scene);
        return result.withLegendBounds(paintLegend(g, scene, entries));
    }

    /** The frame's labels, kept clear of the legend, the decorations and {@code reserved}. */
    private MapLabels layout(MapScene scene, OverlayPlan plan, List<LegendEntry> entries, List<Rectangle2D> reserved) {
        List<Rectangle2D> avoid = new ArrayList<>(reserved);
        if (scene.options().legend()) {
            avoid.add(legend.bounds(scene, entries, legendCorner));
        }
        avoid.addAll(decorations(scene));
        return OverlayPainter.layout(scene, plan, avoid, List.of(), java.util.Set.of());
    }

    /**
     * The base map alone, for caching. Its graticule labels go into {@code labels}, so that the
     * overlays' labels can avoid them.
     */
    public void paintBase(Graphics2D g, MapScene scene, LabelPlacer labels) {
        prepare(g);
        base.paint(g, scene, labels);
    }

    /** Overlays of the scene's situation, annotations and user layers, with their labels kept clear of {@code labels}. */
    public OverlayResult paintOverlays(Graphics2D g, MapScene scene, LabelPlacer labels) {
        prepare(g);
        OverlayPlan plan = OverlayPlan.of(scene);
        MapLabels placed = layout(scene, plan, LegendPainter.entries(scene, plan), labels.placed());
        return overlays.paint(g, scene, plan, placed, null, null);
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
            Font font = attributionFont(s);
            Rectangle2D b = TextDrawing.measure(BaseMap.ATTRIBUTION, font);
            TextDrawing.draw(g, BaseMap.ATTRIBUTION, font, v.width() - b.getWidth() - 8 * s.scale(),
                    v.height() - 6 * s.scale(), s.text(), s.textHalo(), s.width(2.5));
        }
    }

    /** The corners the decorations take (scale bar, north arrow, attribution), which labels keep off. */
    static List<Rectangle2D> decorations(MapScene scene) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        double k = s.scale();
        List<Rectangle2D> out = new ArrayList<>();
        if (scene.options().scaleBar()) {
            out.add(ScaleBar.bounds(v, s, 18 * k, v.height() - 26 * k));
        }
        if (scene.options().northArrow()) {
            out.add(new Rectangle2D.Double(v.width() - 70 * k, 0, 70 * k, 80 * k));
        }
        if (scene.options().attribution()) {
            Rectangle2D b = TextDrawing.measure(BaseMap.ATTRIBUTION, attributionFont(s));
            out.add(new Rectangle2D.Double(v.width() - b.getWidth() - 12 * k, v.height() - b.getHeight() - 8 * k,
                    b.getWidth() + 12 * k, b.getHeight() + 8 * k));
        }
        return out;
    }

    private static Font attributionFont(MapStyle s) {
        return s.font(Font.PLAIN, s.textSizes().attribution());
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
