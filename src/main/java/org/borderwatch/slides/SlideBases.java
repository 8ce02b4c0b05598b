package org.borderwatch.slides;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.render.MapScene;

/**
 * The maps' base of the slides a {@link SlidePainter} painted last, kept so that the next slide of
 * the same view at the same size copies it instead of painting it again: the composer's preview
 * drawn again as the officer edits the title or moves the date, or slides of one view written one
 * after another. The base pass (sea, land, lakes, rivers, boundaries, graticule, frontier lines,
 * captions' room) follows from the panels' base scenes, frames and the image's scale alone — never
 * from the date, the events or the annotations — so the copy holds the pixels painting it would.
 *
 * <p>Keeps the {@value #CAPACITY} bases used last (a preview's and an export's), each of at most
 * {@value #MAX_PIXELS} pixels — a 1920 × 1080 slide's maps, not a print-sized one's: some 16 MB at
 * most. Thread-safe: slides painted at once on several threads look up and keep bases under one
 * lock; two painting the same base at once both paint it.
 */
final class SlideBases {
    /** Bases kept. */
    static final int CAPACITY = 2;
    /** Largest base kept, pixels (4 bytes each). */
    static final int MAX_PIXELS = 2_100_000;

    /**
     * What a maps image's base pass depends on.
     *
     * @param scenes the panels' base scenes (the map by identity)
     * @param frames the panels' frames and views on the canvas
     * @param box    the canvas box the image covers
     * @param scale  image pixels per canvas unit
     */
    record Key(List<MapScene> scenes, List<SlideLayoutBuilder.PanelFrame> frames, Rectangle2D box, double scale) {
        Key {
            scenes = List.copyOf(scenes);
            frames = List.copyOf(frames);
            box = (Rectangle2D) box.clone();
        }
    }

    /** Bases copied so far. */
    private long copies;

    private final Map<Key, int[]> kept = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, int[]> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Copies the base kept for {@code key} into {@code image} (an RGB image of that base's size); false when none is kept. */
    boolean copyInto(Key key, BufferedImage image) {
        int[] to = pixels(image);
        synchronized (kept) {
            int[] from = kept.get(key);
            if (from == null || from.length != to.length) {
                return false;
            }
            System.arraycopy(from, 0, to, 0, to.length);
            copies++;
            return true;
        }
    }

    /** Keeps a copy of {@code image}'s pixels as the base of {@code key}, unless it is larger than {@link #MAX_PIXELS}. */
    void keep(Key key, BufferedImage image) {
        int[] from = pixels(image);
        if (from.length > MAX_PIXELS) {
            return;
        }
        int[] copy = from.clone();
        synchronized (kept) {
            kept.put(key, copy);
        }
    }

    /** How many bases are kept. */
    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    /** How many times a kept base was copied. */
    long copies() {
        synchronized (kept) {
            return copies;
        }
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
