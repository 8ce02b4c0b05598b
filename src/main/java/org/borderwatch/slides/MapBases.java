package org.borderwatch.slides;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.LabelPlacer;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;

/**
 * Base-map images shared by the slides of a deck. The base pass (sea, land, lakes, rivers,
 * borders, graticule, country names) depends on the map, the view, the style and the options, not
 * on the date, so slides framing the same extent at the same size paint it once and then only their
 * overlays ({@link MapPainter#paintOverlaysAndDecorations}) on a copy. The result is the same image,
 * pixel for pixel, as painting each slide's map from scratch: the copy holds the same base pixels,
 * and the overlay labels avoid the same base labels.
 *
 * <p>Thread-safe: the first thread asking for a base paints it, others asking for the same base
 * meanwhile wait for it. Keeps the {@value #CAPACITY} bases used last (each an RGB image of the map
 * frame's size, about 10 MB for a 1.5× 16:9 picture); meant to live for one deck.
 */
final class MapBases {
    /** Bases kept: a deck has one extent; a few allow for slides whose layouts differ. */
    static final int CAPACITY = 2;

    /** What the base pass depends on. The map by identity: one loaded map is one map. */
    private record Key(BaseMap map, Viewport view, MapStyle style, MapOptions options) {
        static Key of(MapScene scene) {
            return new Key(scene.map(), scene.view(), scene.style(), scene.options());
        }
    }

    /** A painted base: its pixels, and the boxes its labels took (padded as the placer keeps them). */
    private record Base(BufferedImage image, List<Rectangle2D> labels) {
    }

    private final Map<Key, CompletableFuture<Base>> bases = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Base>> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * Paints the whole map of {@code scene} into a new opaque RGB image of its view's size: a copy
     * of the shared base (painted now if no slide asked for it before), then the overlays and
     * decorations. A scene with the map's own legend (which slides never ask for: theirs is in the
     * side panel) is painted from scratch, as its base labels must avoid that legend.
     */
    BufferedImage paint(MapScene scene) {
        Viewport v = scene.view();
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
        if (scene.options().legend()) {
            Graphics2D g = img.createGraphics();
            try {
                new MapPainter().paint(g, scene);
            } finally {
                g.dispose();
            }
            return img;
        }
        Base base = base(scene);
        int[] from = ((DataBufferInt) base.image().getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, to.length);
        LabelPlacer labels = placer(scene);
        for (Rectangle2D r : base.labels()) {
            labels.block(r);
        }
        Graphics2D g = img.createGraphics();
        try {
            new MapPainter().paintOverlaysAndDecorations(g, scene, labels);
        } finally {
            g.dispose();
        }
        return img;
    }

    private Base base(MapScene scene) {
        Key key = Key.of(scene);
        CompletableFuture<Base> future;
        boolean mine = false;
        synchronized (bases) {
            future = bases.get(key);
            if (future == null) {
                future = new CompletableFuture<>();
                bases.put(key, future);
                mine = true;
            }
        }
        if (mine) {
            try {
                future.complete(paintBase(scene));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
                synchronized (bases) {
                    bases.remove(key, future);
                }
                throw e;
            }
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    private static Base paintBase(MapScene scene) {
        Viewport v = scene.view();
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
        LabelPlacer labels = placer(scene);
        Graphics2D g = img.createGraphics();
        try {
            new MapPainter().paintBase(g, scene, labels);
        } finally {
            g.dispose();
        }
        return new Base(img, labels.placed());
    }

    /** A label placer as {@link MapPainter#paintFrame} makes one for the scene. */
    private static LabelPlacer placer(MapScene scene) {
        return new LabelPlacer(2 * scene.style().scale());
    }
}
