package org.borderwatch.slides;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.LegendPainter;
import org.borderwatch.render.MapComposition;
import org.borderwatch.render.MapLabel;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Where everything of one slide goes on its canvas of {@code width} × {@code height} units (CSS
 * pixels: 1920 × 1080 for 16:9, the paper at 96 dpi for A4 and A3): banners, the map panels on the
 * left at the full height of the page (the borders run north–south, so height is what gives them
 * scale), and a column on the right with the title, the date, the subtitle, the legend (with the
 * key of numbered crossings), the sources, the locator and the footer.
 *
 * <p>Computed once per slide, on its canvas, whatever the surface: the labels and insets of every
 * map panel are laid out here ({@link MapComposition}), and every writer — PNG at any resolution,
 * SVG, PDF, PPTX — paints or places from this one layout, so all surfaces show the same labels.
 * The panels depend only on the canvas, the banner and the extent, never on the title, subtitle,
 * date or sources: every slide of a deck has the same map frames showing the same area.
 *
 * <p>Sizes are designed for 1920 × 1080 and multiplied by {@code unit} = min(width ÷ 1500,
 * height ÷ 1080): on a 16:9 slide the title is 56 px (28 pt, 41 px cap height), the date 40 px,
 * and no text is smaller than {@link SlideStyle#MIN_TEXT_PX} (10 pt); on A4 and A3 everything
 * scales with the page.
 *
 * @param width          canvas width
 * @param height         canvas height
 * @param unit           layout scale
 * @param topBanner      the top banner's box, or {@code null}
 * @param bottomBanner   the bottom banner's box, or {@code null}
 * @param bannerLines    the banner text, once for each banner (top first)
 * @param titleBox       the box of the title lines
 * @param title          the title, up to three lines
 * @param subtitle       the subtitle, up to three lines, or empty
 * @param stampBox       the box of the date and the event window, or {@code null}
 * @param stamp          its lines: the date, the event window
 * @param rule           the accent rule under the header
 * @param panels         the map panels, left to right
 * @param mapStyle       the map style at this unit
 * @param legendEntries  what the legend lists: the panels' symbols and their numbered crossings
 * @param legendBox      the legend's box, or {@code null}
 * @param sourcesBox     the sources block's box, or {@code null}
 * @param sources        its lines
 * @param attribution    the map data attribution at the foot of the sources block (empty without the block)
 * @param sourcesShown   how many sources are listed in full
 * @param locatorMap     the locator map's box, or {@code null}
 * @param locatorCaption the caption beside the locator
 * @param footer         the footer lines (projection, area shown)
 */
public record SlideLayout(int width, int height, double unit, Rectangle2D topBanner, Rectangle2D bottomBanner,
                          List<TextLine> bannerLines, Rectangle2D titleBox, List<TextLine> title,
                          List<TextLine> subtitle, Rectangle2D stampBox, List<TextLine> stamp, Rectangle2D rule,
                          List<MapPanel> panels, MapStyle mapStyle, List<LegendEntry> legendEntries,
                          Rectangle2D legendBox, Rectangle2D sourcesBox, List<TextLine> sources,
                          List<TextLine> attribution, int sourcesShown, Rectangle2D locatorMap,
                          List<TextLine> locatorCaption, List<TextLine> footer) {
    /** Title size at unit 1 (28 pt on a 16:9 page). */
    static final double TITLE = 56;
    /** The date's size at unit 1. */
    static final double DATE = 40;
    /** The subtitle's size at unit 1. */
    static final double SUBTITLE = 24;
    /** Heading of the sources block. */
    public static final String SOURCES_HEADING = "SOURCES";
    /** Heading of the locator caption. */
    public static final String LOCATOR_HEADING = "LOCATOR";
    /** Footer note on the projection. */
    public static final String PROJECTION_NOTE = "Projection: ETRS89 / LAEA Europe (EPSG:3035)";

    public SlideLayout {
        bannerLines = List.copyOf(bannerLines);
        title = List.copyOf(title);
        subtitle = List.copyOf(subtitle);
        stamp = List.copyOf(stamp);
        panels = List.copyOf(panels);
        legendEntries = List.copyOf(legendEntries);
        sources = List.copyOf(sources);
        attribution = List.copyOf(attribution);
        locatorCaption = List.copyOf(locatorCaption);
        footer = List.copyOf(footer);
    }

    /** The layout of {@code slide} on a {@code width} × {@code height} canvas with {@code legend} in the column. */
    public static SlideLayout compute(Slide slide, int width, int height, LegendBlock legend) {
        return compute(slide, width, height, legend, SlideSources.SPEAKER_NOTES);
    }

    /**
     * The same, for a slide whose sources are given in full in {@code notes} (the speaker notes of
     * a deck, the notes file beside an image): a sources block without room for all says so.
     */
    public static SlideLayout compute(Slide slide, int width, int height, LegendBlock legend, String notes) {
        return new SlideLayoutBuilder(slide, width, height, legend, notes).build();
    }

    /** The unit of a canvas: 1 for 1920 × 1080. */
    public static double unitFor(int width, int height) {
        return Math.min(width / 1500.0, height / 1080.0);
    }

    /** All text of the slide, in painting order (for tests and text-only surfaces). */
    public List<TextLine> allText() {
        List<TextLine> all = new ArrayList<>(bannerLines);
        all.addAll(title);
        all.addAll(subtitle);
        all.addAll(stamp);
        all.addAll(sources);
        all.addAll(attribution);
        all.addAll(locatorCaption);
        all.addAll(footer);
        return all;
    }

    /** The first map panel's frame (the only one but on a slide of both borders). */
    public Rectangle2D mapFrame() {
        return panels.get(0).frame();
    }

    /** The first map panel's view. */
    public Viewport mapView() {
        return panels.get(0).view();
    }

    /** The box that holds every map panel. */
    public Rectangle2D mapsBox() {
        return around(panels.stream().map(MapPanel::frame).toList());
    }

    /** The smallest box holding every one of {@code frames} (at least one). */
    static Rectangle2D around(List<Rectangle2D> frames) {
        Rectangle2D r = (Rectangle2D) frames.get(0).clone();
        frames.forEach(r::add);
        return r;
    }

    /** The areas the panels show, EPSG:3035 metres, left to right. */
    public List<Envelope> mapAreas() {
        return panels.stream().map(p -> p.view().envelope()).toList();
    }

    /** The area all panels show together, EPSG:3035 metres. */
    public Envelope mapArea() {
        Envelope all = new Envelope();
        mapAreas().forEach(all::expandToInclude);
        return all;
    }

    /** Every numbered badge of the slide's maps (panels left to right, each main map then insets), in number order. */
    public List<MapLabel> badges() {
        List<MapLabel> all = new ArrayList<>();
        panels.forEach(p -> all.addAll(p.composition().badges()));
        all.sort(Comparator.comparingInt(MapLabel::number));
        return all;
    }

    /** The legend entries of the panels' scenes, each once, in the legend's section order, then the key of {@code badges}. */
    static List<LegendEntry> legendEntries(List<MapPanel> panels, List<MapLabel> badges) {
        LinkedHashSet<LegendEntry> all = new LinkedHashSet<>();
        for (MapPanel p : panels) {
            all.addAll(LegendPainter.entries(p.scene(), p.plan()));
        }
        List<LegendEntry> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt(e -> e.section().ordinal()));
        out.addAll(LegendPainter.keyEntries(badges));
        return out;
    }

    /** A line of text with its advance measured in the layout's context. */
    static TextLine line(String text, Font f, Color c, double x, double baseline) {
        return new TextLine(text, f, c, x, baseline, TextFit.width(text, f));
    }
}
