package org.borderwatch.slides;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Source;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Where everything of one slide goes on a canvas of {@code width} × {@code height} units (pixels
 * for a PNG, CSS pixels for SVG and PDF): banners, title block, date stamp, map frame, side panel
 * (legend, sources, locator) and footer. Computed once per slide and size; every writer paints or
 * places from the same layout, so all surfaces agree. Absent parts are {@code null} or empty.
 *
 * <p>Sizes are designed for 1920 × 1080 and multiplied by {@code unit} = min(width ÷ 1500,
 * height ÷ 1080): a 16:9 slide has unit 1 and a 60-unit title (30 pt on a 13.33-inch PowerPoint
 * page, above the 28 pt a projected title needs).
 *
 * @param width          canvas width
 * @param height         canvas height
 * @param unit           layout scale
 * @param topBanner      the top banner's box, or {@code null}
 * @param bottomBanner   the bottom banner's box, or {@code null}
 * @param bannerLines    the banner text, once for each banner (top first)
 * @param titleBox       the box of title and subtitle
 * @param title          the title, one or two lines
 * @param subtitle       the subtitle, up to two lines (shortened with "…" beyond), or empty
 * @param stampBox       the date stamp's box, or {@code null}
 * @param stamp          its lines: "Situation as of", the date, the event window
 * @param rule           the accent rule under the header
 * @param mapFrame       the map's box
 * @param mapView        the map viewport, of the map frame's size (rounded)
 * @param mapStyle       the map style at this unit
 * @param legendBox      the legend's box, or {@code null}
 * @param sourcesBox     the sources block's box, or {@code null}
 * @param sources        its lines: heading, one line per source listed in full, then "Also cited: …" with
 *                       the ids of the rest when there is no room for them all
 * @param attribution    the map data attribution at the foot of the sources block (empty without the block)
 * @param sourcesShown   how many sources are listed in full (the rest are cited by id)
 * @param locatorMap     the locator map's box, or {@code null}
 * @param locatorCaption the caption beside the locator
 * @param footer         the footer lines (projection, area shown)
 */
public record SlideLayout(int width, int height, double unit, Rectangle2D topBanner, Rectangle2D bottomBanner,
                          List<TextLine> bannerLines, Rectangle2D titleBox, List<TextLine> title,
                          List<TextLine> subtitle, Rectangle2D stampBox, List<TextLine> stamp, Rectangle2D rule,
                          Rectangle2D mapFrame, Viewport mapView, MapStyle mapStyle, Rectangle2D legendBox,
                          Rectangle2D sourcesBox, List<TextLine> sources, List<TextLine> attribution, int sourcesShown, Rectangle2D locatorMap,
                          List<TextLine> locatorCaption, List<TextLine> footer) {
    /** Title size at unit 1, and the smallest it shrinks to before wrapping (28 pt on a 16:9 page). */
    static final double TITLE = 60;
    static final double TITLE_MIN = 56;
    /** Width of the side panel at unit 1. */
    static final double SIDE = 440;
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
        sources = List.copyOf(sources);
        attribution = List.copyOf(attribution);
        locatorCaption = List.copyOf(locatorCaption);
        footer = List.copyOf(footer);
    }

    /** The layout of {@code slide} on a {@code width} × {@code height} canvas with {@code legend} in the side panel. */
    public static SlideLayout compute(Slide slide, int width, int height, LegendBlock legend) {
        return new Builder(slide, width, height, legend).build();
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

    /** The map area the frame shows, EPSG:3035 metres. */
    public Envelope mapArea() {
        return mapView.envelope();
    }

    /** Computes one layout; used once. */
    private static final class Builder {
        private final Slide slide;
        private final SlideSpec spec;
        private final int w;
        private final int h;
        private final double u;
        private final double m;
        private final LegendBlock legend;

        Builder(Slide slide, int width, int height, LegendBlock legend) {
            if (width < 16 || height < 16) {
                throw new IllegalArgumentException("canvas must be at least 16 × 16, not " + width + " × " + height);
            }
            this.slide = slide;
            this.spec = slide.spec();
            this.w = width;
            this.h = height;
            this.u = unitFor(width, height);
            this.m = 48 * u;
            this.legend = legend;
        }

        SlideLayout build() {
            double top = 0;
            double bottom = h;
            Rectangle2D topBanner = null;
            Rectangle2D bottomBanner = null;
            List<TextLine> bannerLines = new ArrayList<>();
            Banner banner = spec.banner();
            if (banner.visible()) {
                double bh = 40 * u;
                topBanner = new Rectangle2D.Double(0, 0, w, bh);
                bottomBanner = new Rectangle2D.Double(0, h - bh, w, bh);
                Font f = SlideFonts.font(true, 20 * u);
                String text = TextFit.ellipsize(banner.text(), f, w - 2 * m);
                bannerLines.add(centred(text, f, banner.textColor(), topBanner));
                bannerLines.add(centred(text, f, banner.textColor(), bottomBanner));
                top = bh;
                bottom = h - bh;
            }

            double headerTop = top + 26 * u;
            List<TextLine> stamp = new ArrayList<>();
            Rectangle2D stampBox = null;
            if (spec.parts().dateStamp()) {
                stampBox = stamp(stamp, headerTop);
            }
            double titleWidth = w - 2 * m - (stampBox == null ? 0 : stampBox.getWidth() + 40 * u);
            List<TextLine> title = new ArrayList<>();
            List<TextLine> subtitle = new ArrayList<>();
            double headerBottom = titleBlock(title, subtitle, headerTop, titleWidth);
            Rectangle2D titleBox = new Rectangle2D.Double(m, headerTop, titleWidth, headerBottom - headerTop);
            if (stampBox != null) {
                headerBottom = Math.max(headerBottom, stampBox.getMaxY());
            }
            headerBottom += 18 * u;
            Rectangle2D rule = new Rectangle2D.Double(m, headerBottom, w - 2 * m, 3 * u);

            Font footerFont = SlideFonts.font(false, 15 * u);
            double footerBaseline = bottom - 16 * u;
            List<TextLine> footer = new ArrayList<>();
            footer.add(line(PROJECTION_NOTE, footerFont, SlideStyle.MUTED, m, footerBaseline));
            String area = "Area shown: " + spec.extent().label();
            footer.add(line(area, footerFont, SlideStyle.MUTED, w - m - TextFit.width(area, footerFont), footerBaseline));

            double bodyTop = rule.getMaxY() + 22 * u;
            double bodyBottom = footerBaseline - 15 * u - 12 * u;
            SlideParts parts = spec.parts();
            boolean locator = parts.locatorInset() && LocatorInset.useful(spec.extent().envelope());
            boolean side = parts.legend() || parts.sources() || locator;
            double sideW = SIDE * u;
            double gap = 32 * u;
            Rectangle2D mapFrame = new Rectangle2D.Double(m, bodyTop, w - 2 * m - (side ? sideW + gap : 0),
                    bodyBottom - bodyTop);
            Viewport view = spec.extent().fit(Math.max(1, (int) Math.round(mapFrame.getWidth())),
                    Math.max(1, (int) Math.round(mapFrame.getHeight())));
            MapStyle style = SlideStyle.mapStyle(u);

            double sx = w - m - sideW;
            double sy = bodyTop;
            Rectangle2D legendBox = null;
            double wanted = side && parts.legend() ? legend.preferredHeight(slide.mapScene(view, style), sideW, u) : 0;
            if (wanted > 0) {
                legendBox = new Rectangle2D.Double(sx, sy, sideW, Math.min(wanted, (bodyBottom - bodyTop) * 0.55));
                sy = legendBox.getMaxY() + 26 * u;
            }
            Rectangle2D locatorMap = null;
            List<TextLine> caption = new ArrayList<>();
            double sourcesBottom = bodyBottom;
            if (side && locator) {
                double lh = Math.min(230 * u, (bodyBottom - sy) * 0.4);
                double lw = lh * LocatorInset.aspect();
                locatorMap = new Rectangle2D.Double(sx, bodyBottom - lh, lw, lh);
                caption(caption, sx + lw + 18 * u, locatorMap.getY(), sideW - lw - 18 * u, view.envelope());
                sourcesBottom = locatorMap.getY() - 26 * u;
            }
            Rectangle2D sourcesBox = null;
            List<TextLine> sources = new ArrayList<>();
            List<TextLine> attribution = new ArrayList<>();
            int shown = 0;
            if (side && parts.sources()) {
                sourcesBox = new Rectangle2D.Double(sx, sy, sideW, Math.max(0, sourcesBottom - sy));
                shown = sources(sources, attribution, sourcesBox);
            }
            return new SlideLayout(w, h, u, topBanner, bottomBanner, bannerLines, titleBox, title, subtitle, stampBox,
                    stamp, rule, mapFrame, view, style, legendBox, sourcesBox, sources, attribution, shown, locatorMap, caption,
                    footer);
        }

        /** Title (60, shrinking to 56, then two lines) and subtitle (up to two lines); returns the bottom of the block. */
        private double titleBlock(List<TextLine> title, List<TextLine> subtitle, double top, double width) {
            Font f = SlideFonts.font(true, TITLE * u);
            List<String> lines = List.of(spec.title());
            if (TextFit.width(spec.title(), f) > width) {
                f = SlideFonts.font(true, TITLE_MIN * u);
                lines = TextFit.wrap(spec.title(), f, width, 2);
            }
            double baseline = top + TextFit.ascent(f);
            for (String l : lines) {
                title.add(line(l, f, SlideStyle.INK, m, baseline));
                baseline += TextFit.lineHeight(f, 1.1);
            }
            double bottom = baseline - TextFit.lineHeight(f, 1.1) + f.getSize2D() * 0.24;
            if (!spec.subtitle().isEmpty()) {
                Font sf = SlideFonts.font(false, 30 * u);
                double sb = bottom + 10 * u + TextFit.ascent(sf);
                for (String l : TextFit.wrap(spec.subtitle(), sf, width, 2)) {
                    subtitle.add(line(l, sf, SlideStyle.MUTED, m, sb));
                    sb += TextFit.lineHeight(sf, 1.2);
                }
                bottom = sb - TextFit.lineHeight(sf, 1.2) + sf.getSize2D() * 0.24;
            }
            return bottom;
        }

        /** "Situation as of" / "Thu 30 Nov 2023" / event window, right-aligned; returns the box. */
        private Rectangle2D stamp(List<TextLine> out, double top) {
            Font label = SlideFonts.font(true, 19 * u);
            Font date = SlideFonts.font(true, 38 * u);
            Font small = SlideFonts.font(false, 17 * u);
            String day = slide.dateStamp().substring("Situation as of ".length());
            String[] texts = {"Situation as of", day, slide.windowLabel()};
            Font[] fonts = {label, date, small};
            Color[] colors = {SlideStyle.ACCENT, SlideStyle.INK, SlideStyle.MUTED};
            double[] gaps = {0, 8 * u, 10 * u};
            double width = 0;
            for (int i = 0; i < texts.length; i++) {
                width = Math.max(width, TextFit.width(texts[i], fonts[i]));
            }
            double right = w - m;
            double y = top;
            for (int i = 0; i < texts.length; i++) {
                y += gaps[i] + TextFit.ascent(fonts[i]);
                out.add(line(texts[i], fonts[i], colors[i], right - TextFit.width(texts[i], fonts[i]), y));
                y += fonts[i].getSize2D() * 0.24;
            }
            return new Rectangle2D.Double(right - width, top, width, y - top);
        }

        /** Lines of the sources block; returns how many sources were listed. */
        private int sources(List<TextLine> out, List<TextLine> attributionLines, Rectangle2D box) {
            Font heading = SlideFonts.font(true, 17 * u);
            Font body = SlideFonts.font(false, 14.5 * u);
            Font note = SlideFonts.font(false, 14 * u);
            double x = box.getX();
            double y = box.getY() + TextFit.ascent(heading);
            out.add(line(SOURCES_HEADING, heading, SlideStyle.ACCENT, x, y));
            y += 12 * u;
            List<String> attribution = TextFit.wrap(BaseMap.ATTRIBUTION, note, box.getWidth(), 3);
            double noteStep = TextFit.lineHeight(note, 1.3);
            double limit = box.getMaxY() - attribution.size() * noteStep - 10 * u;
            double step = TextFit.lineHeight(body, 1.3);
            List<Source> all = slide.sources();
            int capacity = (int) Math.floor((limit - y) / step);
            if (all.isEmpty()) {
                y += step;
                out.add(line("No sourced statuses or events in this area.", body, SlideStyle.MUTED, x, y));
            }
            int shown = Math.min(all.size(), Math.max(0, capacity));
            List<String> also = List.of();
            if (shown < all.size()) {
                // list as many in full as leave room to cite the rest by id
                for (shown = Math.max(0, capacity - 1); shown >= 0; shown--) {
                    also = TextFit.wrap(alsoCited(all.subList(shown, all.size())), body, box.getWidth(), 1000);
                    if (also.size() <= capacity - shown) {
                        break;
                    }
                }
                if (shown < 0) {
                    shown = 0;
                    also = TextFit.wrap(alsoCited(all), body, box.getWidth(), Math.max(1, capacity));
                }
            }
            for (Source src : all.subList(0, shown)) {
                y += step;
                out.add(line(TextFit.ellipsize(SlideSources.line(src), body, box.getWidth()), body, SlideStyle.INK, x, y));
            }
            for (String l : also) {
                y += step;
                out.add(line(l, body, SlideStyle.MUTED, x, y));
            }
            double ny = box.getMaxY() - attribution.size() * noteStep + TextFit.ascent(note);
            for (String a : attribution) {
                attributionLines.add(line(a, note, SlideStyle.MUTED, x, ny));
                ny += noteStep;
            }
            return shown;
        }

        /** "Also cited: F11, F12, P3" — the sources there is no room to list in full, by id. */
        private static String alsoCited(List<Source> rest) {
            return "Also cited: " + String.join(", ", rest.stream().map(Source::id).toList());
        }

        /** "LOCATOR" and what the red frame means, beside the locator map. */
        private void caption(List<TextLine> out, double x, double top, double width, Envelope mapArea) {
            Font heading = SlideFonts.font(true, 17 * u);
            Font body = SlideFonts.font(false, 15 * u);
            double y = top + TextFit.ascent(heading);
            out.add(line(LOCATOR_HEADING, heading, SlideStyle.ACCENT, x, y));
            y += 6 * u;
            var centre = MapProjection.inverse(mapArea.centre().x, mapArea.centre().y);
            String where = String.format(java.util.Locale.ROOT, "Centre %.1f°N %.1f°E", centre.y, centre.x);
            for (String text : new String[] {"The red frame marks the area of the main map.", where}) {
                for (String l : TextFit.wrap(text, body, width, 4)) {
                    y += TextFit.lineHeight(body, 1.3);
                    out.add(line(l, body, SlideStyle.MUTED, x, y));
                }
                y += 6 * u;
            }
        }

        private static TextLine centred(String text, Font f, Color c, Rectangle2D box) {
            double tw = TextFit.width(text, f);
            var lm = f.getLineMetrics(text, TextFit.FRC);
            double baseline = box.getY() + (box.getHeight() + lm.getAscent() - lm.getDescent()) / 2;
            return new TextLine(text, f, c, box.getCenterX() - tw / 2, baseline, tw);
        }

        private static TextLine line(String text, Font f, Color c, double x, double baseline) {
            return new TextLine(text, f, c, x, baseline, TextFit.width(text, f));
        }
    }
}
