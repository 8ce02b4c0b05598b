package org.borderwatch.slides;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The pictures of one deck slide, painted and PNG-encoded ahead of assembling the deck: the map,
 * the legend and the locator (the last two {@code null} when the layout has none). Painting is the
 * slow part of a deck, so it runs on worker threads while the deck is assembled in order.
 *
 * @param slide   the composed slide
 * @param layout  its layout on 1920 × 1080
 * @param map     PNG of the map frame
 * @param legend  PNG of the legend, or {@code null}
 * @param locator PNG of the locator, or {@code null}
 */
record SlidePictures(Slide slide, SlideLayout layout, byte[] map, byte[] legend, byte[] locator) {

    /** Lays out {@code slide} and paints its pictures at {@code scale} pixels per canvas unit. */
    static SlidePictures paint(SlidePainter painter, Slide slide, double scale) throws IOException {
        SlideLayout l = painter.layout(slide, 1920, 1080);
        byte[] map = png(painter.mapImage(slide, l, scale), scale);
        byte[] legend = l.legendBox() == null ? null : png(painter.legendImage(slide, l, scale), scale);
        byte[] locator = l.locatorMap() == null ? null : png(painter.locatorImage(slide, l, scale), scale);
        return new SlidePictures(slide, l, map, legend, locator);
    }

    private static byte[] png(BufferedImage img, double scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngSlideWriter.encode(img, (int) Math.round(SlideSize.CANVAS_DPI * scale), out);
        return out.toByteArray();
    }
}
