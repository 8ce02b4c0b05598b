package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pre-rendered text for a raster surface that repaints the same labels frame after frame (the
 * window's map): each text with its halo is drawn once into a small image and then copied, which
 * costs a fraction of stroking the glyph outlines again. Text bounds are remembered as well.
 *
 * <p>A surface opts in with {@link #install}; {@link TextDrawing} then uses the sprites for every
 * label drawn on that graphics while its transform is a pure translation by whole pixels. Vector
 * surfaces (SVG, PDF, slides) never install it and keep real text. A sprite is placed to
 * {@value #PHASES}ths of a pixel (its text is rendered at that sub-pixel offset), so a label moves
 * by at most 1/{@value #PHASES2} pixel from where direct drawing puts it.
 *
 * <p>Bounded: sprites are evicted least recently used beyond {@value #MAX_BYTES} bytes of pixels,
 * and the bounds memory is dropped whole beyond {@value #MAX_BOUNDS} texts. One instance per
 * painting thread; not thread-safe.
 */
public final class TextSprites {
    /** Sub-pixel positions per pixel and axis. */
    static final int PHASES = 4;
    static final int PHASES2 = 2 * PHASES;
    /** Pixel bytes the sprites may hold (4 bytes a pixel). */
    public static final long MAX_BYTES = 6L << 20;
    static final int MAX_BOUNDS = 20_000;

    /** The rendering hint under which a graphics carries its sprites. */
    public static final RenderingHints.Key KEY = new RenderingHints.Key(0x6277) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof TextSprites;
        }
    };

    private record SpriteKey(String text, Font font, int fill, int halo, float haloWidth, int phaseX, int phaseY,
                             boolean antialias, FontRenderContext frc) {
    }

    private record BoundsKey(String text, Font font, FontRenderContext frc) {
    }

    /** A rendered text; (dx, dy) is where its image's top-left lies from the text's sub-pixel origin. */
    private record Sprite(BufferedImage image, int dx, int dy) {
        long bytes() {
            return 4L * image.getWidth() * image.getHeight();
        }
    }

    private final LinkedHashMap<SpriteKey, Sprite> sprites = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<BoundsKey, Rectangle2D> bounds = new HashMap<>();
    private long bytes;

    /** Makes {@code g} draw its labels through these sprites. */
    public void install(Graphics2D g) {
        g.setRenderingHint(KEY, this);
    }

    /** Bytes of pixels the sprites hold now. */
    public long bytes() {
        return bytes;
    }

    /** The sprites installed on {@code g} when they can be used there (whole-pixel translation only), else null. */
    static TextSprites of(Graphics2D g) {
        if (!(g.getRenderingHint(KEY) instanceof TextSprites s)) {
            return null;
        }
        AffineTransform t = g.getTransform();
        int type = t.getType();
        if (type != AffineTransform.TYPE_IDENTITY && (type != AffineTransform.TYPE_TRANSLATION
                || t.getTranslateX() != Math.rint(t.getTranslateX()) || t.getTranslateY() != Math.rint(t.getTranslateY()))) {
            return null;
        }
        return s;
    }

    /** {@link Font#getStringBounds} of {@code text} at the origin, remembered. */
    Rectangle2D bounds(Graphics2D g, String text, Font font) {
        FontRenderContext frc = g.getFontRenderContext();
        BoundsKey key = new BoundsKey(text, font, frc);
        Rectangle2D b = bounds.get(key);
        if (b == null) {
            if (bounds.size() >= MAX_BOUNDS) {
                bounds.clear();
            }
            b = font.getStringBounds(text, frc);
            bounds.put(key, b);
        }
        return b;
    }

    /** Draws as {@link TextDrawing#draw} does, from a sprite; leaves font, colour and stroke as it would. */
    void draw(Graphics2D g, String text, Font font, double x, double y, Color fill, Color halo, float haloWidth) {
        boolean withHalo = halo != null && haloWidth > 0;
        double fx = Math.floor(x);
        double fy = Math.floor(y);
        int px = (int) Math.round((x - fx) * PHASES);
        int py = (int) Math.round((y - fy) * PHASES);
        int ix = (int) fx + px / PHASES;
        int iy = (int) fy + py / PHASES;
        px %= PHASES;
        py %= PHASES;
        boolean aa = g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING) == RenderingHints.VALUE_TEXT_ANTIALIAS_ON;
        SpriteKey key = new SpriteKey(text, font, fill.getRGB(), withHalo ? halo.getRGB() : 0, withHalo ? haloWidth : 0,
                px, py, aa, g.getFontRenderContext());
        Sprite s = sprites.get(key);
        if (s == null) {
            s = render(g, key, fill, withHalo ? halo : null);
            sprites.put(key, s);
            bytes += s.bytes();
            var it = sprites.values().iterator();
            while (bytes > MAX_BYTES && it.hasNext()) {
                bytes -= it.next().bytes();
                it.remove();
            }
        }
        g.setFont(font);
        if (withHalo) {
            g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        g.setColor(fill);
        g.drawImage(s.image(), ix + s.dx(), iy + s.dy(), null);
    }

    private Sprite render(Graphics2D like, SpriteKey key, Color fill, Color halo) {
        TextLayout layout = new TextLayout(key.text(), key.font(), like.getFontRenderContext());
        Rectangle2D b = layout.getBounds().createUnion(bounds(like, key.text(), key.font()));
        double grow = key.haloWidth() / 2 + 2;
        int left = (int) Math.floor(b.getMinX() - grow);
        int top = (int) Math.floor(b.getMinY() - grow);
        int w = (int) Math.ceil(b.getMaxX() + grow) - left + 2;
        int h = (int) Math.ceil(b.getMaxY() + grow) - top + 2;
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, key.antialias()
                    ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            TextDrawing.drawDirect(g, key.text(), key.font(), -left + (double) key.phaseX() / PHASES,
                    -top + (double) key.phaseY() / PHASES, fill, halo, key.haloWidth());
        } finally {
            g.dispose();
        }
        return new Sprite(img, left, top);
    }
}
