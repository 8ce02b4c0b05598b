package org.borderwatch.slides;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.borderwatch.files.AtomicFile;

/**
 * Writes a slide as a PNG, painted at the target resolution (not scaled up): a screen size at its
 * pixels or any pixel size, a print size at the spec's dpi (recorded in the file, so a print
 * dialog picks the right paper size).
 *
 * <p>Threads: may be used from any thread, by several at once; each {@link #render} paints its
 * map on one of a shared set of daemon threads ("slide-map") and waits for it.
 */
public final class PngSlideWriter implements SlideWriter {
    /** Threads painting slide maps beside the thread painting the rest of the slide; idle ones end after a minute. */
    private static final ExecutorService MAP_THREADS = HelperThreads.named("slide-map");

    private final SlidePainter painter;

    public PngSlideWriter(SlidePainter painter) {
        this.painter = painter;
    }

    /**
     * The slide as an opaque RGB image of {@code width} × {@code height} pixels, painted from the
     * slide's one layout on its canvas ({@link SlidePainter#layoutFor}) through a graphics scaled
     * to the image: at any resolution it shows what the SVG and the PDF show. The maps, the slowest
     * part, are painted on a second thread while the calling thread paints the rest (title,
     * banners, legend, sources, locator); the pixels are those of painting it all on one thread.
     */
    public BufferedImage render(Slide slide, int width, int height) {
        return render(slide, painter.layoutFor(slide, width, height), width, height);
    }

    private BufferedImage render(Slide slide, SlideLayout layout, int width, int height) {
        double scale = width / (double) layout.width();
        return paint(slide, layout, width, height, MAP_THREADS.submit(() -> painter.mapsImage(layout, scale)));
    }

    /** The slide painted at {@code scale} = {@code width} / canvas width, its maps taken from {@code map} when they are done. */
    private BufferedImage paint(Slide slide, SlideLayout layout, int width, int height, Future<BufferedImage> map) {
        double scale = width / (double) layout.width();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            painter.paint(g, slide, layout, () -> await(map));
        } finally {
            g.dispose();
            map.cancel(true);
        }
        return img;
    }

    /** A slide composed and painted: the slide, the layout it was painted from, its pixels. */
    public record Rendered(Slide slide, SlideLayout layout, BufferedImage image) {
    }

    /**
     * Composes the slide of {@code spec} from {@code data} (highlighting {@code highlightEventId},
     * or nothing when {@code null}) and paints it as {@link #render(Slide, int, int)} does, with the
     * maps' base layers painted on the second thread while the slide's events are read — they
     * follow from the spec alone. The same pixels as composing, then rendering.
     *
     * @throws org.borderwatch.domain.EventsUnavailableException when the events cannot be read
     */
    public Rendered render(SlideData data, SlideSpec spec, String highlightEventId, int width, int height) {
        java.awt.Dimension canvas = SlidePainter.canvasFor(spec, width, height);
        double scale = width / (double) canvas.width;
        CompletableFuture<SlideLayout> laidOut = new CompletableFuture<>();
        Future<BufferedImage> map = MAP_THREADS.submit(() ->
                painter.mapsImage(data.map(), spec, canvas.width, canvas.height, scale, laidOut));
        Slide slide;
        SlideLayout layout;
        try {
            slide = data.compose(spec, highlightEventId);
            layout = painter.layoutFor(slide, width, height);
        } catch (RuntimeException | Error e) {
            map.cancel(true);
            laidOut.completeExceptionally(e);
            throw e;
        }
        laidOut.complete(layout);
        return new Rendered(slide, layout, paint(slide, layout, width, height, map));
    }

    private static BufferedImage await(Future<BufferedImage> map) {
        try {
            return map.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("slide painting interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("painting the map failed: " + e.getCause(), e.getCause());
        }
    }

    /** Pixel width for the spec: the canvas of a screen size, the paper at the spec's dpi for print. */
    public static int pixelWidth(SlideSpec spec) {
        return spec.size().print() ? spec.size().widthAt(spec.dpi()) : spec.size().widthPx();
    }

    /** Pixel height for the spec. */
    public static int pixelHeight(SlideSpec spec) {
        return spec.size().print() ? spec.size().heightAt(spec.dpi()) : spec.size().heightPx();
    }

    /**
     * Composes the slide of {@code spec} from {@code data} and writes it as {@link #write(Slide, Path)}
     * does, its maps' base painted while the slide's events are read ({@link #render(SlideData,
     * SlideSpec, String, int, int)}); returns the slide and its layout.
     */
    public Rendered write(SlideData data, SlideSpec spec, String highlightEventId, Path out) throws IOException {
        int dpi = spec.size().print() ? spec.dpi() : 96;
        int width = pixelWidth(spec);
        int height = pixelHeight(spec);
        checkSize(width, height);
        Rendered r = render(data, spec, highlightEventId, width, height);
        AtomicFile.write(out, stream -> encode(r.image(), dpi, stream));
        return r;
    }

    @Override
    public SlideLayout write(Slide slide, Path out) throws IOException {
        SlideSpec spec = slide.spec();
        return write(slide, out, pixelWidth(spec), pixelHeight(spec), spec.size().print() ? spec.dpi() : 96);
    }

    /** Writes the slide at {@code width} × {@code height} pixels, recording {@code dpi}; returns its layout. */
    public SlideLayout write(Slide slide, Path out, int width, int height, int dpi) throws IOException {
        checkSize(width, height);
        SlideLayout layout = painter.layoutFor(slide, width, height);
        BufferedImage img = render(slide, layout, width, height);
        AtomicFile.write(out, stream -> encode(img, dpi, stream));
        return layout;
    }

    private static void checkSize(int width, int height) {
        if (width < 16 || height < 16 || width > SlideSize.MAX_PIXELS || height > SlideSize.MAX_PIXELS) {
            throw new IllegalArgumentException("image size must be 16…" + SlideSize.MAX_PIXELS + " pixels a side, not "
                    + width + "×" + height);
        }
    }

    /** Encodes {@code img} as PNG recording {@code dpi} (see {@link PngEncoder}). */
    static void encode(BufferedImage img, int dpi, java.io.OutputStream stream) throws IOException {
        PngEncoder.write(img, dpi, stream);
    }
}
