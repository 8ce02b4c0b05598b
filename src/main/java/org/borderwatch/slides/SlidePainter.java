package org.borderwatch.slides;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;

/**
 * Paints a whole slide onto any {@link Graphics2D} — image, SVG, PDF — from its {@link SlideLayout}:
 * banners, title block, date stamp, the map through {@link MapPainter}, legend, sources, locator and
 * footer. Text is drawn with {@code drawString}, so vector surfaces keep it as text.
 *
 * <p>Stateless apart from the legend block; may be used from several threads with separate graphics.
 */
public final class SlidePainter {
    private final LegendBlock legend;

    /** A painter whose side panel holds {@code legend}. */
    public SlidePainter(LegendBlock legend) {
        this.legend = legend;
    }

    /** A painter with the {@link SideLegend}. */
    public SlidePainter() {
        this(new SideLegend());
    }

    public LegendBlock legend() {
        return legend;
    }

    /** The layout of {@code slide} on a {@code width} × {@code height} canvas. */
    public SlideLayout layout(Slide slide, int width, int height) {
        return SlideLayout.compute(slide, width, height, legend);
    }

    /** Lays out and paints {@code slide} onto {@code g}, one unit of {@code g} per canvas unit. Returns the layout. */
    public SlideLayout paint(Graphics2D g, Slide slide, int width, int height) {
        SlideLayout layout = layout(slide, width, height);
        paint(g, slide, layout);
        return layout;
    }

    /** Paints {@code slide} as {@code layout} places it. */
    public void paint(Graphics2D g, Slide slide, SlideLayout layout) {
        paint(g, slide, layout, null);
    }

    /**
     * Paints {@code slide} as {@code layout} places it, the map frame's content either painted here
     * ({@code map} null) or, after everything else, taken from {@code map}: an image made by
     * {@link #mapFrameImage} for this layout, typically on another thread meanwhile. {@code g} must
     * then be an image's graphics with the identity transform. Nothing else on a slide overlaps the
     * map frame, so painting it last changes no pixel.
     */
    void paint(Graphics2D g, Slide slide, SlideLayout layout, Supplier<BufferedImage> map) {
        MapPainter.prepare(g);
        g.setColor(SlideStyle.PAGE);
        g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
        Color bannerFill = slide.spec().banner().color();
        for (Rectangle2D b : new Rectangle2D[] {layout.topBanner(), layout.bottomBanner()}) {
            if (b != null) {
                g.setColor(bannerFill);
                g.fill(b);
            }
        }
        drawText(g, layout.bannerLines());
        drawText(g, layout.title());
        drawText(g, layout.subtitle());
        drawText(g, layout.stamp());
        g.setColor(SlideStyle.ACCENT);
        g.fill(layout.rule());

        if (map == null) {
            paintMapFrame(g, slide, layout);
        }
        if (layout.legendBox() != null) {
            paintLegend(g, slide, layout);
        }
        drawText(g, layout.sources());
        drawText(g, layout.attribution());
        if (layout.locatorMap() != null) {
            paintLocator(g, slide, layout);
        }
        drawText(g, layout.locatorCaption());
        drawText(g, layout.footer());
        if (map != null) {
            placeMapFrame(g, map.get(), layout);
        }
    }

    /**
     * The map frame's content as {@link #paintMapFrame} paints it onto an image's graphics with the
     * identity transform, but into an image of its own: the whole pixels the frame touches, from
     * (floor x, floor y) of the frame, on the page colour. Pixel for pixel what {@link #paintMapFrame}
     * paints there, so it may be painted on another thread while the rest of the slide is painted.
     */
    BufferedImage mapFrameImage(Slide slide, SlideLayout layout) {
        Rectangle2D f = layout.mapFrame();
        int x0 = (int) Math.floor(f.getX());
        int y0 = (int) Math.floor(f.getY());
        int w = (int) Math.ceil(f.getX() + layout.mapView().width()) - x0;
        int h = (int) Math.ceil(f.getY() + layout.mapView().height()) - y0;
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.setColor(SlideStyle.PAGE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.translate(-x0, -y0);
            paintMap(g, slide, layout);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Copies a {@link #mapFrameImage} into the frame (clipped to it, as painting there is) and outlines it. */
    private static void placeMapFrame(Graphics2D g, BufferedImage map, SlideLayout layout) {
        Rectangle2D f = layout.mapFrame();
        Shape clip = g.getClip();
        try {
            g.clip(new Rectangle2D.Double(f.getX(), f.getY(), layout.mapView().width(), layout.mapView().height()));
            g.drawImage(map, (int) Math.floor(f.getX()), (int) Math.floor(f.getY()), null);
        } finally {
            g.setClip(clip);
        }
        outline(g, f, layout.unit());
    }

    /** The map inside its frame, with the frame's outline. */
    public void paintMapFrame(Graphics2D g, Slide slide, SlideLayout layout) {
        paintMap(g, slide, layout);
        outline(g, layout.mapFrame(), layout.unit());
    }

    /** The map inside its frame, clipped to it. */
    private static void paintMap(Graphics2D g, Slide slide, SlideLayout layout) {
        Rectangle2D f = layout.mapFrame();
        AffineTransform saved = g.getTransform();
        Shape clip = g.getClip();
        try {
            g.translate(f.getX(), f.getY());
            g.clip(new Rectangle2D.Double(0, 0, layout.mapView().width(), layout.mapView().height()));
            new MapPainter().paint(g, slide.mapScene(layout.mapView(), layout.mapStyle()));
        } finally {
            g.setTransform(saved);
            g.setClip(clip);
        }
    }

    /** The legend block in its box. */
    public void paintLegend(Graphics2D g, Slide slide, SlideLayout layout) {
        AffineTransform saved = g.getTransform();
        Shape clip = g.getClip();
        try {
            legend.paint(g, slide.mapScene(layout.mapView(), layout.mapStyle()), layout.legendBox(), layout.unit());
        } finally {
            g.setTransform(saved);
            g.setClip(clip);
        }
    }

    /** The locator map with the main map's area outlined, and its frame. */
    public void paintLocator(Graphics2D g, Slide slide, SlideLayout layout) {
        LocatorInset.paint(g, slide, SlideStyle.locatorStyle(layout.unit()), layout.locatorMap(), layout.mapArea(),
                layout.unit());
        outline(g, layout.locatorMap(), layout.unit());
    }

    /**
     * The map frame alone as an image at {@code pixelsPerUnit} image pixels per canvas unit (e.g. 2
     * for a sharp picture in a PPTX): the same area, symbols and text proportions as on the slide,
     * drawn at the finer resolution rather than scaled up.
     */
    public BufferedImage mapImage(Slide slide, SlideLayout layout, double pixelsPerUnit) {
        return mapImage(slide, layout, pixelsPerUnit, null);
    }

    /**
     * {@link #mapImage(Slide, SlideLayout, double)} over a base map from {@code bases} (painted
     * once for all slides of the same extent and size), or painted here when {@code bases} is null.
     */
    BufferedImage mapImage(Slide slide, SlideLayout layout, double pixelsPerUnit, MapBases bases) {
        Viewport v = layout.mapView();
        int w = (int) Math.round(v.width() * pixelsPerUnit);
        int h = (int) Math.round(v.height() * pixelsPerUnit);
        Viewport fine = v.scaledTo(w, h);
        MapStyle style = layout.mapStyle().scaled(layout.mapStyle().scale() * pixelsPerUnit);
        MapScene scene = slide.mapScene(fine, style);
        BufferedImage img;
        if (bases != null) {
            img = bases.paint(scene);
        } else {
            img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                new MapPainter().paint(g, scene);
            } finally {
                g.dispose();
            }
        }
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            outline(g, new Rectangle2D.Double(0, 0, w, h), layout.unit() * pixelsPerUnit);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The legend box as an image at {@code pixelsPerUnit} image pixels per canvas unit. */
    public BufferedImage legendImage(Slide slide, SlideLayout layout, double pixelsPerUnit) {
        return partImage(layout.legendBox(), pixelsPerUnit, g -> paintLegend(g, slide, layout));
    }

    /** The locator map (with its frame) as an image at {@code pixelsPerUnit} image pixels per canvas unit. */
    public BufferedImage locatorImage(Slide slide, SlideLayout layout, double pixelsPerUnit) {
        return partImage(layout.locatorMap(), pixelsPerUnit, g -> paintLocator(g, slide, layout));
    }

    /** Paints a part of the slide, on white, into an image of {@code box} at the finer resolution. */
    private static BufferedImage partImage(Rectangle2D box, double pixelsPerUnit, java.util.function.Consumer<Graphics2D> part) {
        int w = Math.max(1, (int) Math.round(box.getWidth() * pixelsPerUnit));
        int h = Math.max(1, (int) Math.round(box.getHeight() * pixelsPerUnit));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.setColor(SlideStyle.PAGE);
            g.fillRect(0, 0, w, h);
            g.scale(pixelsPerUnit, pixelsPerUnit);
            g.translate(-box.getX(), -box.getY());
            part.accept(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void outline(Graphics2D g, Rectangle2D box, double unit) {
        float width = (float) (1.5 * unit);
        g.setColor(SlideStyle.FRAME);
        g.setStroke(new BasicStroke(width));
        g.draw(new Rectangle2D.Double(box.getX() + width / 2, box.getY() + width / 2, box.getWidth() - width,
                box.getHeight() - width));
    }

    private static void drawText(Graphics2D g, List<TextLine> lines) {
        for (TextLine l : lines) {
            g.setFont(l.font());
            g.setColor(l.color());
            g.drawString(l.text(), (float) l.x(), (float) l.baseline());
        }
    }
}
