package org.borderwatch.slides;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface of every slide: DejaVu Sans (regular and bold), shipped inside the jar so a slide
 * looks the same on any machine and a PDF can embed the very font the layout was measured with.
 * The two faces are registered with the local {@link GraphicsEnvironment} on first use, so
 * {@code new Font("DejaVu Sans", …)} resolves to them even where the system has no such font.
 *
 * <p>Thread-safe: registration happens once, under the class-initialisation lock.
 */
public final class SlideFonts {
    /** The family name to use in {@link Font} and {@link org.borderwatch.render.MapStyle#fontFamily()}. */
    public static final String FAMILY = "DejaVu Sans";
    /** Classpath resource of the regular face. */
    public static final String REGULAR = "org/borderwatch/slides/fonts/DejaVuSans.ttf";
    /** Classpath resource of the bold face. */
    public static final String BOLD = "org/borderwatch/slides/fonts/DejaVuSans-Bold.ttf";

    private static final Font REGULAR_FONT;
    private static final Font BOLD_FONT;

    static {
        REGULAR_FONT = load(REGULAR);
        BOLD_FONT = load(BOLD);
        GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
        ge.registerFont(REGULAR_FONT);
        ge.registerFont(BOLD_FONT);
    }

    private SlideFonts() {
    }

    /** Makes sure both faces are registered; cheap after the first call. */
    public static void ensureRegistered() {
        // the static initialiser did the work
    }

    /**
     * The slide font at {@code size} (in the units of the surface: pixels or points). Made by family
     * and style, so {@link Font#isBold()} is true for the bold face (SVG writes the weight from it)
     * and {@link Font#getFontName()} names the face ("DejaVu Sans Bold", which the PDF writer maps).
     */
    public static Font font(boolean bold, double size) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    /** The face names as {@link Font#getFontName()} gives them: regular, bold. */
    static String faceName(boolean bold) {
        return (bold ? BOLD_FONT : REGULAR_FONT).getFontName();
    }

    /** A fresh stream of the TrueType file of a face (for embedding); the caller closes it. */
    public static InputStream open(boolean bold) {
        String name = bold ? BOLD : REGULAR;
        InputStream in = SlideFonts.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(name + ": not found on the classpath (is the jar complete?)"));
        }
        return in;
    }

    private static Font load(String resource) {
        try (InputStream in = SlideFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + ": not found on the classpath (is the jar complete?)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + ": not a TrueType font: " + e.getMessage(), e);
        }
    }
}
