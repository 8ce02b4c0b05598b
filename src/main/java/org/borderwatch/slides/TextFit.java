package org.borderwatch.slides;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures, wraps and shortens text for the slide layout. All measuring uses one fixed
 * {@link FontRenderContext} (antialiased, fractional metrics), so every surface gets the same
 * line breaks. Stateless and thread-safe.
 */
public final class TextFit {
    /** The context the layout measures with. */
    public static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);
    private static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** Advance width of {@code text} in {@code font}, canvas units. */
    public static double width(String text, Font font) {
        return font.getStringBounds(text, FRC).getWidth();
    }

    /** {@code text}, cut at a word (or, failing that, a character) and ended with "…" so it fits {@code maxWidth}. */
    public static String ellipsize(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && width(text.substring(0, end).stripTrailing() + ELLIPSIS, font) > maxWidth) {
            int space = text.lastIndexOf(' ', end - 1);
            end = space > end / 2 ? space : end - 1;
        }
        return end == 0 ? ELLIPSIS : text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Breaks {@code text} into lines of at most {@code maxWidth} at spaces; a word longer than a line
     * is cut. At most {@code maxLines} lines; when the text needs more, the last line ends in "…".
     */
    public static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        return wrap(text, font, maxWidth, maxWidth, maxLines);
    }

    /** As {@link #wrap(String, Font, double, int)}, with the lines after the first {@code restWidth} wide (for hanging indents). */
    public static List<String> wrap(String text, Font font, double firstWidth, double restWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            double width = lines.isEmpty() ? firstWidth : restWidth;
            if (lines.size() == maxLines - 1) {
                lines.add(ellipsize(rest, font, width));
                break;
            }
            int cut = fitting(rest, font, width);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return lines;
    }

    /** Number of leading characters of {@code text} that fit, ending at a space where one exists. */
    private static int fitting(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text.length();
        }
        int lastSpace = -1;
        for (int i = 1; i <= text.length(); i++) {
            if (width(text.substring(0, i), font) > maxWidth) {
                return lastSpace > 0 ? lastSpace : Math.max(1, i - 1);
            }
            if (text.charAt(i - 1) == ' ') {
                lastSpace = i;
            }
        }
        return text.length();
    }

    /** Height from one baseline to the next for {@code font}: its size × {@code spacing}. */
    public static double lineHeight(Font font, double spacing) {
        return font.getSize2D() * spacing;
    }

    /** Distance from the top of a line box to its baseline (the font's ascent). */
    public static double ascent(Font font) {
        return font.getLineMetrics("Hg", FRC).getAscent();
    }
}
