package org.borderwatch.slides;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.LabelPlacer;
import org.borderwatch.render.MapComposition;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;

/**
 * Base-map images shared by the slides of a deck. The base pass (sea, land, lakes, rivers,
 * borders, graticule) depends on the map, the view, the style, the options and the resolution,
 * not on the date, so slides framing the same extent at the same size paint it once and then only
 * their overlays ({@link MapPainter#paintOverlaysAndDecorations}), with their labels and insets
 * laid out before, on a copy. The result is the same image as painting each slide's map from
 * scratch: the copy holds the same base pixels.
 *
 * <p>Thread-safe: the first thread asking for a base paints it, others asking for the same base
 * meanwhile wait for it. Keeps the {@value #CAPACITY} bases used last (each an RGB image of the map
 * frame's size, about 10 MB for a 1.5× 16:9 picture); meant to live for one deck.
 */
final class MapBases {
    /** Bases kept: a deck has one extent; a few allow for slides whose layouts differ. */
    static final int CAPACITY = 2;

    /** What the base pass depends on. The map by identity: one loaded map is one map. */
    private record Key(BaseMap map, Viewport view, MapStyle style, MapOptions options, double scale, int width,
                       int height) {
        static Key of(MapScene scene, double scale, int width, int height) {
            return new Key(scene.map(), scene.view(), scene.style(), scene.options(), scale, width, height);
        }
    }

    /** A painted base. */
    private record Base(BufferedImage image) {
    }

    private final Map<Key, CompletableFuture<Base>> bases = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Base>> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * Paints the whole map of {@code scene} (in canvas units) with its {@code composition} into a new
     * opaque RGB image of {@code width} × {@code height} pixels at {@code scale} pixels per unit: a
     * copy of the shared base (painted now if no slide asked for it before), then the overlays,
     * labels, decorations and insets.
     */
    BufferedImage paint(MapScene scene, MapComposition composition, double scale, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Base base = base(scene, scale, width, height);
        int[] from = ((DataBufferInt) base.image().getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, to.length);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.scale(scale, scale);
            new MapPainter().paintOverlaysAndDecorations(g, scene, composition.labels());
            MapPainter.paintInsets(g, scene, composition);
        } finally {
            g.dispose();
        }
        return img;
    }

    private Base base(MapScene scene, double scale, int width, int height) {
        Key key = Key.of(scene, scale, width, height);
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
                future.complete(paintBase(scene, scale, width, height));
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

    private static Base paintBase(MapScene scene, double scale, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.scale(scale, scale);
            new MapPainter().paintBase(g, scene, new LabelPlacer(0));
        } finally {
            g.dispose();
        }
        return new Base(img);
    }
}
