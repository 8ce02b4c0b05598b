package org.borderwatch.slides;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

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

    /**
     * Encodes {@code img} as PNG recording {@code dpi}, with light compression: about twice as fast
     * as the default level for files some 15 % larger.
     */
    static void encode(BufferedImage img, int dpi, java.io.OutputStream stream) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            setDpi(meta, dpi);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    /** Sets the PNG pHYs chunk: pixels per metre on both axes. */
    private static void setDpi(IIOMetadata meta, int dpi) throws IOException {
        String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        try {
            meta.mergeTree("javax_imageio_png_1.0", root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("could not record " + dpi + " dpi in the PNG: " + e.getMessage(), e);
        }
    }
}
