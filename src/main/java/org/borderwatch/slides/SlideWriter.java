package org.borderwatch.slides;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one slide to a file. Every writer paints through {@link SlidePainter}, so a PNG, an SVG
 * and a PDF of a slide show the same thing. Writes are atomic (a temporary file renamed into
 * place). Writers are stateless and may be used from any thread.
 */
public interface SlideWriter {
    /** Writes {@code slide} to {@code out}, replacing it. */
    void write(Slide slide, Path out) throws IOException;

    /** The writer for a file name ending in .png, .svg or .pdf. */
    static SlideWriter forFile(Path file, SlidePainter painter) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return new PngSlideWriter(painter);
        }
        if (name.endsWith(".svg")) {
            return new SvgSlideWriter(painter);
        }
        if (name.endsWith(".pdf")) {
            return new PdfSlideWriter(painter);
        }
        throw new IllegalArgumentException(file.getFileName() + ": unknown slide format (expected .png, .svg or .pdf)");
    }
}
