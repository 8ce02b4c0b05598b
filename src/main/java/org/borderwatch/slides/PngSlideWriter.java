package org.borderwatch.slides;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a slide as a PNG, painted at the target resolution (not scaled up): a screen size at its
 * pixels or any pixel size, a print size at the spec's dpi (recorded in the file, so a print
 * dialog picks the right paper size).
 */
public final class PngSlideWriter implements SlideWriter {
    private final SlidePainter painter;

    public PngSlideWriter(SlidePainter painter) {
        this.painter = painter;
    }

    /** The slide as an opaque RGB image of {@code width} × {@code height} pixels. */
    public BufferedImage render(Slide slide, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            painter.paint(g, slide, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Pixel width for the spec: the canvas of a screen size, the paper at the spec's dpi for print. */
    public static int pixelWidth(SlideSpec spec) {
        return spec.size().print() ? spec.size().widthAt(spec.dpi()) : spec.size().widthPx();
    }

    /** Pixel height for the spec. */
    public static int pixelHeight(SlideSpec spec) {
        return spec.size().print() ? spec.size().heightAt(spec.dpi()) : spec.size().heightPx();
    }

    @Override
    public void write(Slide slide, Path out) throws IOException {
        SlideSpec spec = slide.spec();
        write(slide, out, pixelWidth(spec), pixelHeight(spec), spec.size().print() ? spec.dpi() : 96);
    }

    /** Writes the slide at {@code width} × {@code height} pixels, recording {@code dpi}. */
    public void write(Slide slide, Path out, int width, int height, int dpi) throws IOException {
        if (width < 16 || height < 16 || width > SlideSize.MAX_PIXELS || height > SlideSize.MAX_PIXELS) {
            throw new IllegalArgumentException("image size must be 16…" + SlideSize.MAX_PIXELS + " pixels a side, not "
                    + width + "×" + height);
        }
        BufferedImage img = render(slide, width, height);
        AtomicFile.write(out, stream -> encode(img, dpi, stream));
    }

    /** Encodes {@code img} as PNG recording {@code dpi} (see {@link PngEncoder}). */
    static void encode(BufferedImage img, int dpi, java.io.OutputStream stream) throws IOException {
        PngEncoder.write(img, dpi, stream);
    }
}
