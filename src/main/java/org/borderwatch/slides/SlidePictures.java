package org.borderwatch.slides;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pictures of one deck slide, painted and PNG-encoded ahead of assembling the deck: the map,
 * the legend and the locator (the last two {@code null} when the layout has none). Painting is the
 * slow part of a deck, so it runs on worker threads while the deck is assembled in order, and what
 * slides have in common (base map, locator) is painted once through {@link SharedPictures}.
 *
 * @param slide   the composed slide
 * @param layout  its layout on 1920 × 1080
 * @param maps    PNGs of the map panels, left to right
 * @param legend  PNG of the legend, or {@code null}
 * @param locator PNG of the locator, or {@code null}
 */
record SlidePictures(Slide slide, SlideLayout layout, List<byte[]> maps, byte[] legend, byte[] locator) {
    SlidePictures {
        maps = List.copyOf(maps);
    }


    /** Lays out {@code slide} and paints its pictures at {@code scale} pixels per canvas unit. */
    static SlidePictures paint(SlidePainter painter, Slide slide, double scale) throws IOException {
        return paint(painter, slide, scale, null);
    }

    /**
     * Lays out {@code slide} and paints its pictures at {@code scale} pixels per canvas unit, taking
     * the base map and the locator from {@code shared} (null: paint everything for this slide).
     */
    static SlidePictures paint(SlidePainter painter, Slide slide, double scale, SharedPictures shared)
            throws IOException {
        SlideLayout l = painter.layout(slide, 1920, 1080);
        List<byte[]> maps = new ArrayList<>();
        for (int i = 0; i < l.panels().size(); i++) {
            maps.add(png(painter.panelImage(l, i, scale, shared == null ? null : shared.bases()), scale));
        }
        byte[] legend = l.legendBox() == null ? null : png(painter.legendImage(slide, l, scale), scale);
        byte[] locator = null;
        if (l.locatorMap() != null) {
            locator = shared == null ? png(painter.locatorImage(slide, l, scale), scale)
                    : shared.locator(painter, slide, l, scale);
        }
        return new SlidePictures(slide, l, maps, legend, locator);
    }

    static byte[] png(BufferedImage img, double scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(img.getWidth() * img.getHeight() / 2);
        PngSlideWriter.encode(img, (int) Math.round(SlideSize.CANVAS_DPI * scale), out);
        return out.toByteArray();
    }
}
