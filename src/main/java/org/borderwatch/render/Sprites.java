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
 * Pre-rendered labels and symbols for a raster surface that repaints the same things frame after
 * frame (the window's map): each text with its halo, each event pin, crossing symbol or annotation
 * dot is drawn once into a small image and then copied, which costs a fraction of filling and
 * stroking its outlines again. Text bounds are remembered as well.
 *
 * <p>A surface opts in with {@link #install}; the painters then use the sprites for what they draw
 * on that graphics while its transform is a pure translation by whole pixels. Vector surfaces
 * (SVG, PDF, slides) never install it and keep real text and shapes. A text sprite is rendered at
 * the exact sub-pixel offset of its place, so it gives the pixels drawing the text there would
 * (labels stay put from frame to frame, so each is rendered once per view). A symbol sprite is
 * rendered at the nearest {@value #PHASES}th of a pixel (symbols of the day's events move with
 * the date), so it lies at most 1/8 pixel from where drawing it directly would put it.
 *
 * <p>Bounded: sprites are evicted least recently used beyond {@value #MAX_BYTES} bytes of pixels,
 * and the bounds memory is dropped whole beyond {@value #MAX_BOUNDS} texts. The bound holds the
 * titles of a few thousand annotations with the day's symbols: with fewer bytes, jumping between
 * dates evicts labels that the next date places again, and each is rendered anew (glyph outlines
 * and halo), which costs more than the rest of the frame. One instance per
 * painting thread; not thread-safe.
 */
public final class Sprites {
    /** Sub-pixel positions per pixel and axis. */
    static final int PHASES = 4;
    /** Pixel bytes the sprites may hold (4 bytes a pixel). */
    public static final long MAX_BYTES = 32L << 20;
    static final int MAX_BOUNDS = 20_000;

    /** The rendering hint under which a graphics carries its sprites. */
    public static final RenderingHints.Key KEY = new RenderingHints.Key(0x6277) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof Sprites;
        }
    };

    private record TextKey(String text, Font font, int fill, int halo, float haloWidth, FontRenderContext frc) {
    }

    private record Placed(Object what, double phaseX, double phaseY, boolean antialias, boolean textAntialias) {
    }

    private record BoundsKey(String text, Font font, FontRenderContext frc) {
    }

    /** A rendered sprite; (dx, dy) is where its image's top-left lies from the sub-pixel origin. */
    private record Sprite(BufferedImage image, int dx, int dy) {
        long bytes() {
            return 4L * image.getWidth() * image.getHeight();
        }
    }

    private final LinkedHashMap<Placed, Sprite> sprites = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<BoundsKey, Rectangle2D> bounds = new HashMap<>();
    private long bytes;

    /** Makes {@code g} draw its labels and symbols through these sprites. */
    public void install(Graphics2D g) {
        g.setRenderingHint(KEY, this);
    }

    /** Bytes of pixels the sprites hold now. */
    public long bytes() {
        return bytes;
    }

    /** The sprites installed on {@code g} when they can be used there (whole-pixel translation only), else null. */
    static Sprites of(Graphics2D g) {
        if (!(g.getRenderingHint(KEY) instanceof Sprites s)) {
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
    void drawText(Graphics2D g, String text, Font font, double x, double y, Color fill, Color halo, float haloWidth) {
        boolean withHalo = halo != null && haloWidth > 0;
        Color h = withHalo ? halo : null;
        float hw = withHalo ? haloWidth : 0;
        TextKey key = new TextKey(text, font, fill.getRGB(), withHalo ? halo.getRGB() : 0, hw, g.getFontRenderContext());
        draw(g, key, x, y, true, () -> {
            TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
            Rectangle2D b = layout.getBounds().createUnion(bounds(g, text, font));
            double grow = hw / 2 + 2;
            return new Rectangle2D.Double(b.getX() - grow, b.getY() - grow, b.getWidth() + 2 * grow, b.getHeight() + 2 * grow);
        }, (sg, ox, oy) -> TextDrawing.drawDirect(sg, text, font, ox, oy, fill, h, hw));
        g.setFont(font);
        if (withHalo) {
            g.setStroke(new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        g.setColor(fill);
    }

    /** Paints a sprite's content about the point (x, y) of the graphics it is given. */
    @FunctionalInterface
    interface Painter {
        void paint(Graphics2D g, double x, double y);
    }

    /**
     * Draws a symbol from a sprite: {@code painter} paints it about a point, within {@code extent}
     * (pixels about that point, strokes included), once per {@code what} and sub-pixel position;
     * the sprite is copied with that point at (x, y). {@code what} must hold everything that
     * decides the symbol's look (it is compared with equals).
     */
    void drawSymbol(Graphics2D g, Object what, double x, double y, Rectangle2D extent, Painter painter) {
        draw(g, what, x, y, false, () -> extent, painter);
    }

    private void draw(Graphics2D g, Object what, double x, double y, boolean exact,
                      java.util.function.Supplier<Rectangle2D> extent, Painter painter) {
        double fx = Math.floor(x);
        double fy = Math.floor(y);
        int ix = (int) fx;
        int iy = (int) fy;
        double px = x - fx;
        double py = y - fy;
        if (!exact) {
            int qx = (int) Math.round(px * PHASES);
            int qy = (int) Math.round(py * PHASES);
            ix += qx / PHASES;
            iy += qy / PHASES;
            px = (double) (qx % PHASES) / PHASES;
            py = (double) (qy % PHASES) / PHASES;
        }
        boolean aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) != RenderingHints.VALUE_ANTIALIAS_OFF;
        boolean textAa = g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING) == RenderingHints.VALUE_TEXT_ANTIALIAS_ON;
        Placed key = new Placed(what, px, py, aa, textAa);
        Sprite s = sprites.get(key);
        if (s == null) {
            s = render(key, extent.get(), painter);
            sprites.put(key, s);
            bytes += s.bytes();
            var it = sprites.values().iterator();
            while (bytes > MAX_BYTES && it.hasNext()) {
                bytes -= it.next().bytes();
                it.remove();
            }
        }
        g.drawImage(s.image(), ix + s.dx(), iy + s.dy(), null);
    }

    private static Sprite render(Placed key, Rectangle2D b, Painter painter) {
        int left = (int) Math.floor(b.getMinX()) - 1;
        int top = (int) Math.floor(b.getMinY()) - 1;
        int w = (int) Math.ceil(b.getMaxX()) - left + 2;
        int h = (int) Math.ceil(b.getMaxY()) - top + 2;
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, key.antialias()
                    ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, key.textAntialias()
                    ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            // a whole-pixel shift, and the sub-pixel part in the painter's coordinates, as on the surface
            g.translate(-left, -top);
            painter.paint(g, key.phaseX(), key.phaseY());
        } finally {
            g.dispose();
        }
        return new Sprite(img, left, top);
    }
}
