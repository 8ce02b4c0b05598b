package org.borderwatch.slides;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.LabelPlacer;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;

/**
 * Paints a whole slide onto any {@link Graphics2D} — image, SVG, PDF — from its {@link SlideLayout}:
 * banners, the map panels through {@link MapPainter} with their one layout of labels and insets,
 * title, date, legend, sources, locator and footer. Everything is painted in canvas units; a raster
 * surface of another resolution scales its graphics, so it shows exactly the layout of the SVG and
 * the PDF. Text is drawn with {@code drawString}, so vector surfaces keep it as text.
 *
 * <p>Keeps only the legend block and the maps' base of the last slides painted as images
 * ({@link SlideBases}), so that the next slide of the same view and size only paints what changed
 * over it; may be used from several threads with separate graphics.
 */
public final class SlidePainter {
    private final LegendBlock legend;
    /** Where the slides this painter paints give their sources in full. */
    private final String notes;
    /** The maps' base of the last slides painted as PNG, shared with the painters made by {@link #notesIn}. */
    private final SlideBases bases;

    /** A painter whose column holds {@code legend}, for slides of a deck (sources in full in the speaker notes). */
    public SlidePainter(LegendBlock legend) {
        this(legend, SlideSources.SPEAKER_NOTES, new SlideBases());
    }

    private SlidePainter(LegendBlock legend, String notes, SlideBases bases) {
        this.legend = legend;
        this.notes = notes;
        this.bases = bases;
    }

    /** This painter for a slide whose sources are in full in {@code notes} (e.g. the notes file beside an image). */
    public SlidePainter notesIn(String notes) {
        return new SlidePainter(legend, notes, bases);
    }

    /** A painter with the {@link SideLegend}. */
    public SlidePainter() {
        this(new SideLegend());
    }

    /** The maps' bases this painter keeps. */
    SlideBases bases() {
        return bases;
    }

    public LegendBlock legend() {
        return legend;
    }

    /** The layout of {@code slide} on a {@code width} × {@code height} canvas. */
    public SlideLayout layout(Slide slide, int width, int height) {
        return SlideLayout.compute(slide, width, height, legend, notes);
    }

    /** The layout of {@code slide} on its own canvas ({@link SlideSize#widthPx()} × {@link SlideSize#heightPx()}). */
    public SlideLayout layout(Slide slide) {
        SlideSize size = slide.spec().size();
        return layout(slide, size.widthPx(), size.heightPx());
    }

    /**
     * The layout for a raster of {@code width} × {@code height} pixels: the slide's own canvas when
     * the raster has its shape (a PNG at any resolution then shows exactly what the SVG and PDF
     * show), else a canvas of the raster's size.
     */
    public SlideLayout layoutFor(Slide slide, int width, int height) {
        Dimension canvas = canvasFor(slide.spec(), width, height);
        return layout(slide, canvas.width, canvas.height);
    }

    /** The canvas {@link #layoutFor} lays a slide of {@code spec} out on for a raster of {@code width} × {@code height}. */
    static Dimension canvasFor(SlideSpec spec, int width, int height) {
        SlideSize size = spec.size();
        double canvasAspect = size.widthPx() / (double) size.heightPx();
        double aspect = width / (double) height;
        return Math.abs(aspect / canvasAspect - 1) < 0.01 ? new Dimension(size.widthPx(), size.heightPx())
                : new Dimension(width, height);
    }

    /** Lays out and paints {@code slide} onto {@code g}, one unit of {@code g} per canvas unit. Returns the layout. */
    public SlideLayout paint(Graphics2D g, Slide slide, int width, int height) {
        SlideLayout layout = layout(slide, width, height);
        paint(g, slide, layout);
        return layout;
    }

    /** Paints {@code slide} as {@code layout} places it, in canvas units. */
    public void paint(Graphics2D g, Slide slide, SlideLayout layout) {
        paint(g, slide, layout, null);
    }

    /**
     * Paints {@code slide} as {@code layout} places it, in canvas units, the maps either painted
     * here ({@code maps} null) or, after everything else, taken from {@code maps}: an image made by
     * {@link #mapsImage} for this layout at the scale of {@code g}'s transform (a scale only),
     * typically on another thread meanwhile. Nothing else on a slide overlaps the maps, so painting
     * them last changes no pixel.
     */
    void paint(Graphics2D g, Slide slide, SlideLayout layout, Supplier<BufferedImage> maps) {
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
        drawText(g, layout.stamp());
        drawText(g, layout.subtitle());
        g.setColor(SlideStyle.ACCENT);
        g.fill(layout.rule());
        if (maps == null) {
            for (int i = 0; i < layout.panels().size(); i++) {
                paintPanel(g, layout, i);
            }
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
        if (maps != null) {
            placeMaps(g, maps.get(), layout);
        }
    }

    /** Map panel {@code i} with its outline, in canvas units. */
    public void paintPanel(Graphics2D g, SlideLayout layout, int i) {
        MapPanel p = layout.panels().get(i);
        AffineTransform saved = g.getTransform();
        Shape clip = g.getClip();
        try {
            g.translate(p.frame().getX(), p.frame().getY());
            g.clip(new Rectangle2D.Double(0, 0, p.view().width(), p.view().height()));
            paintPanelMap(g, layout, i);
        } finally {
            g.setTransform(saved);
            g.setClip(clip);
        }
        outline(g, p.frame(), layout.unit());
    }

    /** The map of panel {@code i} in its own pixels (origin at the frame's corner): map, insets, caption. */
    private static void paintPanelMap(Graphics2D g, SlideLayout layout, int i) {
        MapPanel p = layout.panels().get(i);
        new MapPainter().paintComposed(g, p.scene(), p.composition(), p.plan());
        if (!p.title().isEmpty()) {
            PanelCaption.paint(g, layout.mapStyle(), p.title());
        }
    }

    /**
     * The map panels as one image at {@code scale} image pixels per canvas unit, in the slide's
     * pixels: the whole pixels their box touches (from (floor(x · scale), floor(y · scale)) to the
     * image's far corner) on the page colour, nothing before them. What
     * {@link #paint} paints there through a graphics scaled by {@code scale}, so it may be painted
     * on another thread while the rest of the slide is painted.
     */
    BufferedImage mapsImage(SlideLayout layout, double scale) {
        MapsCanvas maps = new MapsCanvas(layout.mapsBox(), scale);
        try {
            for (int i = 0; i < layout.panels().size(); i++) {
                int panel = i;
                maps.inPanel(layout.panels().get(i).frame(), layout.panels().get(i).view(), g -> paintPanelMap(g, layout, panel));
            }
        } finally {
            maps.dispose();
        }
        return maps.image;
    }

    /**
     * {@link #mapsImage(SlideLayout, double)} begun before the slide is composed: the panels' base
     * maps — sea, land, lakes, rivers, boundaries, graticule, frontier lines, which follow from
     * {@code spec} and the canvas alone — are painted first, or copied when this painter's last
     * slides had the same ({@link SlideBases}); then, once {@code laidOut} gives the
     * composed slide's layout on that canvas, the overlays, insets and captions over them. The same
     * pixels as painting it all then: nothing else is painted under the overlays, and the panels do
     * not overlap. Should the layout's panels not be those of the spec (they are by construction),
     * the image is painted afresh from the layout.
     *
     * @param canvasW canvas width, as {@link #canvasFor} gives it for the raster
     * @throws ExecutionException   when {@code laidOut} failed (the slide could not be composed)
     * @throws InterruptedException when interrupted while waiting for it
     */
    BufferedImage mapsImage(BaseMap map, SlideSpec spec, int canvasW, int canvasH, double scale,
                            Future<SlideLayout> laidOut) throws ExecutionException, InterruptedException {
        List<SlideLayoutBuilder.PanelFrame> frames = SlideLayoutBuilder.frames(spec, canvasW, canvasH);
        MapStyle style = SlideStyle.mapStyle(SlideLayout.unitFor(canvasW, canvasH));
        Rectangle2D box = SlideLayout.around(frames.stream().map(SlideLayoutBuilder.PanelFrame::frame).toList());
        MapsCanvas maps = new MapsCanvas(box, scale);
        try {
            MapPainter painter = new MapPainter();
            List<MapScene> scenes = new ArrayList<>(frames.size());
            for (int i = 0; i < frames.size(); i++) {
                SlideLayoutBuilder.PanelFrame f = frames.get(i);
                String caption = frames.size() > 1 ? f.extent().label() : "";
                scenes.add(Slide.panelBaseScene(map, spec, f.view(), style, i, frames.size(), caption));
            }
            SlideBases.Key key = new SlideBases.Key(scenes, frames, box, scale);
            if (!bases.copyInto(key, maps.image)) {
                for (int i = 0; i < frames.size(); i++) {
                    MapScene base = scenes.get(i);
                    maps.inPanel(frames.get(i).frame(), frames.get(i).view(), g -> painter.paintBase(g, base, new LabelPlacer(0)));
                }
                bases.keep(key, maps.image);
            }
            SlideLayout layout = laidOut.get();
            if (!samePanels(layout, frames, style)) {
                return mapsImage(layout, scale);
            }
            for (int i = 0; i < frames.size(); i++) {
                MapPanel p = layout.panels().get(i);
                maps.inPanel(p.frame(), p.view(), g -> {
                    painter.paintComposedOverBase(g, p.scene(), p.composition(), p.plan());
                    if (!p.title().isEmpty()) {
                        PanelCaption.paint(g, layout.mapStyle(), p.title());
                    }
                });
            }
        } finally {
            maps.dispose();
        }
        return maps.image;
    }

    private static boolean samePanels(SlideLayout layout, List<SlideLayoutBuilder.PanelFrame> frames, MapStyle style) {
        if (layout.panels().size() != frames.size() || !layout.mapStyle().equals(style)) {
            return false;
        }
        for (int i = 0; i < frames.size(); i++) {
            MapPanel p = layout.panels().get(i);
            if (!p.frame().equals(frames.get(i).frame()) || !p.view().equals(frames.get(i).view())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The image the map panels are painted into, on the page colour, and the graphics painting it:
     * in the slide's own pixels, from its corner to the maps box's far corner, so that every
     * coordinate is the very number painting the slide on one thread computes (an image from the
     * box's corner shifts them by whole pixels, which changes how some round: a few pixels of an
     * inset at 1280 × 720 differed so).
     */
    private static final class MapsCanvas {
        final BufferedImage image;
        private final Graphics2D g;

        MapsCanvas(Rectangle2D box, double scale) {
            int w = (int) Math.ceil(box.getMaxX() * scale);
            int h = (int) Math.ceil(box.getMaxY() * scale);
            image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
            g = image.createGraphics();
            MapPainter.prepare(g);
            g.setColor(SlideStyle.PAGE);
            int x0 = (int) Math.floor(box.getX() * scale);
            int y0 = (int) Math.floor(box.getY() * scale);
            g.fillRect(x0, y0, image.getWidth() - x0, image.getHeight() - y0);
            g.scale(scale, scale);
        }

        /** Runs {@code paint} with the origin at {@code frame}'s corner, clipped to {@code view}'s pixels there. */
        void inPanel(Rectangle2D frame, Viewport view, Consumer<Graphics2D> paint) {
            AffineTransform saved = g.getTransform();
            Shape clip = g.getClip();
            g.translate(frame.getX(), frame.getY());
            g.clip(new Rectangle2D.Double(0, 0, view.width(), view.height()));
            paint.accept(g);
            g.setTransform(saved);
            g.setClip(clip);
        }

        void dispose() {
            g.dispose();
        }
    }

    /** Copies a {@link #mapsImage} onto {@code g} (scaled by a factor only) and outlines the panels. */
    private static void placeMaps(Graphics2D g, BufferedImage maps, SlideLayout layout) {
        AffineTransform saved = g.getTransform();
        double scale = saved.getScaleX();
        Rectangle2D box = layout.mapsBox();
        try {
            g.setTransform(new AffineTransform());
            int x0 = (int) Math.floor(box.getX() * scale);
            int y0 = (int) Math.floor(box.getY() * scale);
            int x1 = maps.getWidth();
            int y1 = maps.getHeight();
            g.drawImage(maps, x0, y0, x1, y1, x0, y0, x1, y1, null);
        } finally {
            g.setTransform(saved);
        }
        for (MapPanel p : layout.panels()) {
            outline(g, p.frame(), layout.unit());
        }
    }

    /** The legend block in its box. */
    public void paintLegend(Graphics2D g, Slide slide, SlideLayout layout) {
        AffineTransform saved = g.getTransform();
        Shape clip = g.getClip();
        try {
            legend.paint(g, layout.legendEntries(), layout.mapStyle(), layout.legendBox(), layout.unit());
        } finally {
            g.setTransform(saved);
            g.setClip(clip);
        }
    }

    /** The locator map with the panels' areas outlined, and its frame. */
    public void paintLocator(Graphics2D g, Slide slide, SlideLayout layout) {
        LocatorInset.paint(g, slide, SlideStyle.locatorStyle(layout.unit()), layout.locatorMap(), layout.mapAreas(),
                layout.unit());
        outline(g, layout.locatorMap(), layout.unit());
    }

    /**
     * Map panel {@code i} alone as an image at {@code pixelsPerUnit} image pixels per canvas unit
     * (e.g. 1.5 for a sharp picture in a PPTX), with its outline, over a base map from
     * {@code bases} (painted once for all slides of the same view) or painted here when
     * {@code bases} is null: the same picture the slide shows, drawn at the finer resolution.
     */
    BufferedImage panelImage(SlideLayout layout, int i, double pixelsPerUnit, MapBases bases) {
        MapPanel p = layout.panels().get(i);
        int w = (int) Math.round(p.view().width() * pixelsPerUnit);
        int h = (int) Math.round(p.view().height() * pixelsPerUnit);
        MapScene scene = p.scene();
        BufferedImage img;
        if (bases != null) {
            img = bases.paint(scene, p.composition(), pixelsPerUnit, w, h);
        } else {
            img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            try {
                MapPainter.prepare(g);
                g.scale(pixelsPerUnit, pixelsPerUnit);
                new MapPainter().paintComposed(g, scene, p.composition(), p.plan());
            } finally {
                g.dispose();
            }
        }
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            g.scale(pixelsPerUnit, pixelsPerUnit);
            if (!p.title().isEmpty()) {
                PanelCaption.paint(g, layout.mapStyle(), p.title());
            }
            outline(g, new Rectangle2D.Double(0, 0, p.view().width(), p.view().height()), layout.unit());
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Map panel {@code i} alone as an image at {@code pixelsPerUnit} image pixels per canvas unit. */
    public BufferedImage panelImage(SlideLayout layout, int i, double pixelsPerUnit) {
        return panelImage(layout, i, pixelsPerUnit, null);
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
