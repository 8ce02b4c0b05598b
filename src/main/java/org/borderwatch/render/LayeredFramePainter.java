package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Objects;

/**
 * Paints the frames of a map surface that repaints often — the window's map — from cached layers,
 * with the same picture {@link MapPainter#paintFrame} makes:
 * <ol>
 *   <li>the base map, painted once per view, style and options (with the labels it placed);</li>
 *   <li>the {@link ClosureLayer}, painted again only when the closures drawn change;</li>
 *   <li>the {@link AnnotationLayer} of the annotations' shapes, painted whole when the view or the
 *       style changes, and only over the tiles of the annotations that came into force or lapsed
 *       when the date changes;</li>
 *   <li>a thin per-frame part: event pins, crossing symbols, annotation points, all
 *       labels (the annotations' titles are placed then, as their places depend on the day's
 *       symbols) and the decorations, with text and symbols copied from {@link Sprites}.</li>
 * </ol>
 * Each frame is made in one reused image: copying the base into it costs a memory copy, not an
 * allocation of a screen-sized image per frame.
 *
 * <p>Memory: the base, the frame, the closure and the annotation layers take 4 × 4 bytes per pixel
 * of the view — 33 MB at 1920 × 1080 — plus at most {@value AnnotationLayer#SPRITE_BYTES} bytes of
 * annotation shapes and {@value Sprites#MAX_BYTES} bytes of label and symbol sprites.
 *
 * <p>One painting thread only; not thread-safe.
 */
public final class LayeredFramePainter {
    private final MapPainter painter = new MapPainter();
    private final Sprites sprites = new Sprites();
    private final ClosureLayer closures = new ClosureLayer();
    private BufferedImage baseImage;
    private MapScene baseScene;
    private List<Rectangle2D> baseLabels = List.of();
    private AnnotationLayer annotations;
    private BufferedImage frame;
    private long basePaints;

    /**
     * Paints {@code scene} and returns the frame with what its overlays painted. The frame's image
     * is reused by the next call: copy it (or finish with it) before painting the next frame.
     */
    public MapPainter.Frame paint(MapScene scene) {
        Viewport v = scene.view();
        if (!baseFits(scene)) {
            paintBase(scene);
        }
        AnnotationLayer layer = annotations == null ? AnnotationLayer.paint(scene) : annotations.update(scene);
        annotations = layer;
        if (frame == null || frame.getWidth() != v.width() || frame.getHeight() != v.height()) {
            frame = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        int[] src = ((DataBufferInt) baseImage.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) frame.getRaster().getDataBuffer()).getData();
        System.arraycopy(src, 0, dst, 0, src.length);
        Graphics2D g = frame.createGraphics();
        try {
            sprites.install(g);
            LabelPlacer labels = new LabelPlacer(2);
            baseLabels.forEach(labels::block);
            return new MapPainter.Frame(frame, painter.paintOverlaysAndDecorations(g, scene, labels, layer, closures));
        } finally {
            g.dispose();
        }
    }

    private boolean baseFits(MapScene scene) {
        return baseImage != null && baseScene.view().equals(scene.view()) && baseScene.map() == scene.map()
                && Objects.equals(baseScene.style(), scene.style()) && Objects.equals(baseScene.options(), scene.options());
    }

    private void paintBase(MapScene scene) {
        Viewport v = scene.view();
        if (baseImage == null || baseImage.getWidth() != v.width() || baseImage.getHeight() != v.height()) {
            baseImage = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g = baseImage.createGraphics();
        LabelPlacer labels = new LabelPlacer(2);
        try {
            painter.paintBase(g, scene, labels);
        } finally {
            g.dispose();
        }
        baseScene = scene;
        baseLabels = labels.placed();
        basePaints++;
    }

    /** How often the base map was painted (once per view, style and options). */
    public long basePaints() {
        return basePaints;
    }

    /** The annotation layer of the last frame, or {@code null} before the first. */
    public AnnotationLayer annotationLayer() {
        return annotations;
    }

    /** The closure layer (for tests: how often it was painted). */
    public ClosureLayer closureLayer() {
        return closures;
    }

    /** Bytes of pixels held in cached images: base, frame, closure and annotation layers, sprites. */
    public long cachedBytes() {
        long b = sprites.bytes() + closures.bytes() + (annotations == null ? 0 : annotations.bytes());
        if (baseImage != null) {
            b += 4L * baseImage.getWidth() * baseImage.getHeight();
        }
        if (frame != null) {
            b += 4L * frame.getWidth() * frame.getHeight();
        }
        return b;
    }
}
