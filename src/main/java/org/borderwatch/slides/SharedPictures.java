package org.borderwatch.slides;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.geo.BaseMap;
import org.locationtech.jts.geom.Envelope;

/**
 * What the slides of one deck share, so it is painted once: the base maps ({@link MapBases}) and
 * the locator pictures. The locator shows the same region with the same outline on every slide of
 * one extent, so its PNG bytes are reused (and the deck stores one copy: POI keeps identical
 * pictures once). Thread-safe; meant to live for one deck.
 */
final class SharedPictures {
    /** What a locator picture depends on. The map by identity. */
    private record LocatorKey(BaseMap map, Rectangle2D box, java.util.List<Envelope> mapAreas, double unit, double scale) {
    }

    private final MapBases bases = new MapBases();
    private final Map<LocatorKey, byte[]> locators = new ConcurrentHashMap<>();

    MapBases bases() {
        return bases;
    }

    /** The locator of {@code layout} as a PNG at {@code scale} pixels per canvas unit, painted at most once per key. */
    byte[] locator(SlidePainter painter, Slide slide, SlideLayout layout, double scale) throws IOException {
        LocatorKey key = new LocatorKey(slide.map(), layout.locatorMap(), layout.mapAreas(), layout.unit(), scale);
        try {
            return locators.computeIfAbsent(key, k -> {
                try {
                    return SlidePictures.png(painter.locatorImage(slide, layout, scale), scale);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
