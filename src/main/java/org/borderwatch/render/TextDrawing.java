package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** Text with a halo, as maps draw it: readable over any background. Drawn as text (SVG and PDF keep it). */
public final class TextDrawing {
    /**
     * The one context every label layout measures with (identity transform, antialiased,
     * fractional metrics), so a layout does not depend on the surface it is painted on: a PNG, an
     * SVG and a PDF of one slide measure, and so place, the same labels.
     */
    public static final FontRenderContext LAYOUT_FRC = new FontRenderContext(new AffineTransform(), true, true);

    private TextDrawing() {
    }

    /** {@link Font#getStringBounds} of {@code text} in the {@link #LAYOUT_FRC layout context}, baseline-left at the origin. */
    public static Rectangle2D measure(String text, Font font) {
        return font.getStringBounds(text, LAYOUT_FRC);
    }

    /** Height in pixels of a capital letter of {@code font} (cap height: baseline to the top of "H"). */
    public static double capHeight(Font font) {
        return font.createGlyphVector(LAYOUT_FRC, "H").getVisualBounds().getHeight();
    }

    /** The box {@code text} would cover with its baseline-left at (x, y). */
    public static Rectangle2D bounds(Graphics2D g, String text, Font font, double x, double y) {
        return at(bounds(g, text, font), x, y);
    }

    /**
     * {@link Font#getStringBounds} of {@code text} with its baseline-left at the origin (remembered
     * when the graphics carries {@link Sprites}). Move it with {@link #at}.
     */
    public static Rectangle2D bounds(Graphics2D g, String text, Font font) {
        Sprites sprites = g.getRenderingHint(Sprites.KEY) instanceof Sprites s ? s : null;
        if (sprites != null) {
            return sprites.bounds(g, text, font);
        }
        FontRenderContext frc = g.getFontRenderContext();
        return font.getStringBounds(text, frc);
    }

    /** The box of text bounds {@code b} (at the origin) with the baseline-left moved to (x, y). */
    public static Rectangle2D at(Rectangle2D b, double x, double y) {
        return new Rectangle2D.Double(x, y + b.getY(), b.getWidth(), b.getHeight());
    }

    /**
     * Draws {@code text} at baseline-left (x, y) with a halo of {@code haloWidth} px. The halo is a
     * stroked outline behind the glyphs; the glyphs themselves are drawn with drawString so vector
     * surfaces keep real text. On a raster surface that carries {@link Sprites} the text is
     * copied from a pre-rendered image instead.
     */
    public static void draw(Graphics2D g, String text, Font font, double x, double y, Color fill, Color halo,
                            float haloWidth) {
        Sprites sprites = Sprites.of(g);
        if (sprites != null) {
            sprites.drawText(g, text, font, x, y, fill, halo, haloWidth);
            return;
        }
        drawDirect(g, text, font, x, y, fill, halo, haloWidth);
    }

    /** {@link #draw} with the glyphs themselves, never a sprite. */
    static void drawDirect(Graphics2D g, String text, Font font, double x, double y, Color fill, Color halo,
                           float haloWidth) {
        g.setFont(font);
        if (halo != null && haloWidth > 0) {
            TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
            g.setColor(halo);
            g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(fill);
        g.drawString(text, (float) x, (float) y);
    }
}
