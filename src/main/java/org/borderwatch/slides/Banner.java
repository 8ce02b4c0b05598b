package org.borderwatch.slides;

import java.awt.Color;
import java.util.Locale;

/**
 * The handling banner printed across the top and bottom of a slide, e.g. "UNCLASSIFIED — FOR
 * TRAINING" on green. Its text colour is black or white, whichever contrasts more with the fill
 * (WCAG 2 contrast ratio), so any colour the user picks stays legible.
 *
 * @param text  the banner text, one line; empty for no banner
 * @param color the fill colour (opaque)
 */
public record Banner(String text, Color color) {
    /** No banner. */
    public static final Banner NONE = new Banner("", new Color(0x2E7D32));
    /** Longest banner text, in characters. */
    public static final int MAX_LENGTH = 160;

    public Banner {
        text = text == null ? "" : text.strip();
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a banner is one line of text");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a banner holds at most " + MAX_LENGTH + " characters, not " + text.length());
        }
        if (color == null) {
            throw new IllegalArgumentException("a banner needs a colour");
        }
        color = new Color(color.getRGB() & 0xFFFFFF);
    }

    /** A banner of {@code text} on a colour given as {@code #RRGGBB}. */
    public static Banner of(String text, String hexColor) {
        return new Banner(text, parseColor(hexColor));
    }

    /** True when there is text to show. */
    public boolean visible() {
        return !text.isEmpty();
    }

    /** Black or white, whichever has the higher contrast ratio with the fill. */
    public Color textColor() {
        return contrastRatio(color, Color.WHITE) >= contrastRatio(color, Color.BLACK) ? Color.WHITE : Color.BLACK;
    }

    /** The fill as {@code #RRGGBB}. */
    public String hexColor() {
        return String.format(Locale.ROOT, "#%06X", color.getRGB() & 0xFFFFFF);
    }

    /** Parses {@code #RRGGBB} (the hash is optional). */
    public static Color parseColor(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        if (!t.matches("[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("colour must be #RRGGBB, not '" + text + "'");
        }
        return new Color(Integer.parseInt(t, 16));
    }

    /** WCAG 2 contrast ratio of two colours, 1 … 21. */
    public static double contrastRatio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance, 0 (black) … 1 (white). */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
