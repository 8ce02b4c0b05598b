package org.borderwatch.slides;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Source;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.MapComposition;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.OverlayPlan;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;

/**
 * Computes one {@link SlideLayout}: first the banners and the map panels (which depend on nothing
 * but the canvas, the banner and the extent), then the column beside them from the top (title,
 * date, subtitle, rule) and from the bottom (footer, locator), the legend under the rule and the
 * sources in what room is left. Used once.
 */
final class SlideLayoutBuilder {
    private final Slide slide;
    private final SlideSpec spec;
    private final int w;
    private final int h;
    private final double u;
    private final double m;
    private final LegendBlock legend;
    private final MapStyle style;
    /** The share of the width the first of two map panels takes. */
    static final double FIRST_PANEL_SHARE = 0.56;
    /** Lines of the subtitle at most; fewer where the legend needs their room. */
    static final int SUBTITLE_LINES = 3;
    /** Width of the column of text beside the maps. */
    private final double columnW;

    /** Where the slide's sources are in full ({@link SlideSources#more}). */
    private final String notes;

    SlideLayoutBuilder(Slide slide, int width, int height, LegendBlock legend, String notes) {
        if (width < 16 || height < 16) {
            throw new IllegalArgumentException("canvas must be at least 16 × 16, not " + width + " × " + height);
        }
        this.slide = slide;
        this.notes = notes;
        this.spec = slide.spec();
        this.w = width;
        this.h = height;
        this.u = SlideLayout.unitFor(width, height);
        this.m = 40 * u;
        this.legend = legend;
        this.style = SlideStyle.mapStyle(u);
        this.columnW = columnWidth(width, u);
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
        SlideParts parts = spec.parts();
        double bodyTop = top + m;
        double bodyBottom = bottom - m;
        List<MapPanel> panels = panels(frames(spec, w, h));
        List<LegendEntry> entries = parts.legend() ? SlideLayout.legendEntries(panels, badges(panels)) : List.of();

        double cx = w - m - columnW;
        Column col = new Column(cx, columnW, bodyTop, bodyBottom);
        col.header(SUBTITLE_LINES);
        col.footer();
        Rectangle2D legendBox = null;
        double wanted = legend.preferredHeight(entries, style, columnW, u);
        if (wanted > 0) {
            // a legend that does not fit even at its densest takes lines from the subtitle (the
            // notes give it whole): a number on the map needs its name on the slide more
            double least = legend.leastHeight(entries, style, columnW, u);
            for (int lines = col.subtitle.size() - 1; lines >= 1 && least > legendRoom(col, parts) + 0.5; lines--) {
                col = new Column(cx, columnW, bodyTop, bodyBottom);
                col.header(lines);
                col.footer();
            }
            double room = legendRoom(col, parts);
            legendBox = new Rectangle2D.Double(cx, col.y, columnW, legend.heightIn(entries, style, columnW, u, Math.max(0, room)));
            col.y = legendBox.getMaxY() + 24 * u;
        }
        boolean locator = parts.locatorInset() && LocatorInset.useful(union(panels));
        // the locator only where it leaves the sources room to cite every footnote
        if (locator && col.roomForLocator(parts.sources() ? col.sourcesHeight() : 0)) {
            col.locator(panels);
        }
        if (parts.sources()) {
            col.sources();
        }
        return new SlideLayout(w, h, u, topBanner, bottomBanner, bannerLines, col.titleBox, col.title, col.subtitle,
                col.stampBox, col.stamp, col.rule, panels, style, entries, legendBox, col.sourcesBox, col.sources,
                col.attribution, col.shown, col.locatorMap, col.caption, col.footer);
    }

    /** A legend longer than the column leaves the sources their heading, a line and the attribution. */
    private double legendRoom(Column col, SlideParts parts) {
        return col.bottom - col.y - 24 * u - (parts.sources() ? col.sourcesMinimum() : 0);
    }

    /**
     * The panels side by side in {@code maps}, at its full height: with two, the first (the Finnish
     * border, three times as long and with a crowded south-east that needs room for an inset) takes
     * {@value #FIRST_PANEL_SHARE} of the width. Only the canvas and the extents decide the widths,
     * so every slide of a deck has the same panels.
     */
    private List<MapPanel> panels(List<PanelFrame> frames) {
        List<MapPanel> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            PanelFrame f = frames.get(i);
            String caption = frames.size() > 1 ? f.extent().label() : "";
            MapScene scene = slide.panelScene(f.view(), style, i, frames.size(), caption);
            List<Rectangle2D> reserved = caption.isEmpty() ? List.of() : List.of(PanelCaption.box(style, caption));
            // the events' clustering and the crossings' places, once for the layout, the legend and the painting
            OverlayPlan plan = OverlayPlan.of(scene);
            MapComposition c = MapComposition.compose(scene, plan, true, reserved);
            out.add(new MapPanel(caption, f.extent(), f.frame(), c, scene, plan));
        }
        return numberedThrough(out);
    }

    /** A map panel's extent, its frame on the canvas and the view it shows there. */
    record PanelFrame(SlideExtent extent, Rectangle2D frame, Viewport view) {
    }

    /**
     * The map panels of a slide of {@code spec} on a canvas of {@code width} × {@code height}, side
     * by side left of the text column at the body's full height: with two, the first takes
     * {@value #FIRST_PANEL_SHARE} of the width. They follow from the spec alone — not from what the
     * slide shows — so what a slide must read can be known before it is composed.
     */
    static List<PanelFrame> frames(SlideSpec spec, int width, int height) {
        double u = SlideLayout.unitFor(width, height);
        double m = 40 * u;
        double columnW = columnWidth(width, u);
        double bannerHeight = spec.banner().visible() ? 40 * u : 0;
        double gap = 28 * u;
        double bodyTop = bannerHeight + m;
        double bodyBottom = height - bannerHeight - m;
        Rectangle2D maps = new Rectangle2D.Double(m, bodyTop, width - 2 * m - columnW - gap, bodyBottom - bodyTop);
        List<SlideExtent> extents = spec.extent().panels();
        double between = 18 * u;
        double room = maps.getWidth() - between * (extents.size() - 1);
        double[] widths = new double[extents.size()];
        widths[0] = extents.size() == 1 ? room : room * FIRST_PANEL_SHARE;
        for (int i = 1; i < extents.size(); i++) {
            widths[i] = (room - widths[0]) / (extents.size() - 1);
        }
        List<PanelFrame> out = new ArrayList<>();
        double x = maps.getX();
        for (int i = 0; i < extents.size(); i++) {
            double pw = widths[i];
            Rectangle2D frame = new Rectangle2D.Double(x, maps.getY(), pw, maps.getHeight());
            Viewport view = extents.get(i).fit(Math.max(1, (int) Math.round(pw)), Math.max(1, (int) Math.round(maps.getHeight())));
            out.add(new PanelFrame(extents.get(i), frame, view));
            x += pw + between;
        }
        return out;
    }

    private static double columnWidth(int width, double u) {
        return Math.max(440 * u, Math.min(600 * u, 0.3 * width));
    }

    /** The panels with their badges numbered through the slide, left to right. */
    private static List<MapPanel> numberedThrough(List<MapPanel> panels) {
        List<MapPanel> out = new ArrayList<>();
        int next = 1;
        for (MapPanel p : panels) {
            MapComposition c = p.composition().numberedFrom(next);
            next += c.badges().size();
            out.add(new MapPanel(p.title(), p.extent(), p.frame(), c, p.scene(), p.plan()));
        }
        return out;
    }

    private static List<org.borderwatch.render.MapLabel> badges(List<MapPanel> panels) {
        List<org.borderwatch.render.MapLabel> all = new ArrayList<>();
        panels.forEach(p -> all.addAll(p.composition().badges()));
        return all;
    }

    private static org.locationtech.jts.geom.Envelope union(List<MapPanel> panels) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        panels.forEach(p -> e.expandToInclude(p.view().envelope()));
        return e;
    }

    /**
     * The title's font: {@link SlideLayout#TITLE} at this unit, smaller (to three quarters at
     * most) where its longest word would not fit the column, so no word is ever broken.
     */
    private Font titleFont() {
        double size = SlideLayout.TITLE * u;
        Font f = SlideFonts.font(true, size);
        String longest = "";
        for (String word : spec.title().split("\\s+")) {
            longest = TextFit.width(word, f) > TextFit.width(longest, f) ? word : longest;
        }
        while (TextFit.width(longest, f) > columnW && size > SlideLayout.TITLE * u * 0.75) {
            size *= 0.96;
            f = SlideFonts.font(true, size);
        }
        return f;
    }

    private Font body() {
        return SlideFonts.font(false, SlideStyle.MIN_TEXT_PX * u);
    }

    /** The column of text beside the maps, filled from the top and from the bottom. */
    private final class Column {
        final double x;
        final double width;
        double y;
        double bottom;
        Rectangle2D titleBox;
        final List<TextLine> title = new ArrayList<>();
        final List<TextLine> subtitle = new ArrayList<>();
        Rectangle2D stampBox;
        final List<TextLine> stamp = new ArrayList<>();
        Rectangle2D rule;
        Rectangle2D sourcesBox;
        final List<TextLine> sources = new ArrayList<>();
        final List<TextLine> attribution = new ArrayList<>();
        int shown;
        Rectangle2D locatorMap;
        final List<TextLine> caption = new ArrayList<>();
        final List<TextLine> footer = new ArrayList<>();

        Column(double x, double width, double top, double bottom) {
            this.x = x;
            this.width = width;
            this.y = top;
            this.bottom = bottom;
        }

        /** Title (up to four lines), the date and the event window, the subtitle in {@code subtitleLines} at most, the rule. */
        void header(int subtitleLines) {
            double top = y;
            Font tf = titleFont();
            List<String> lines = TextFit.wrap(spec.title(), tf, width, 4);
            double baseline = y + TextFit.ascent(tf);
            for (String l : lines) {
                title.add(SlideLayout.line(l, tf, SlideStyle.INK, x, baseline));
                baseline += TextFit.lineHeight(tf, 1.08);
            }
            y = baseline - TextFit.lineHeight(tf, 1.08) + tf.getSize2D() * 0.24;
            titleBox = new Rectangle2D.Double(x, top, width, y - top);
            if (spec.parts().dateStamp()) {
                double stampTop = y + 12 * u;
                Font df = SlideFonts.font(true, SlideLayout.DATE * u);
                Font wf = SlideFonts.font(false, SlideStyle.MIN_TEXT_PX * u);
                double b = stampTop + TextFit.ascent(df);
                stamp.add(SlideLayout.line(slide.day(), df, SlideStyle.INK, x, b));
                b += df.getSize2D() * 0.24 + 6 * u;
                for (String l : TextFit.wrap(slide.stampNote(), wf, width, 2)) {
                    b += TextFit.ascent(wf);
                    stamp.add(SlideLayout.line(l, wf, SlideStyle.MUTED, x, b));
                    b += wf.getSize2D() * 0.24;
                }
                y = b;
                stampBox = new Rectangle2D.Double(x, stampTop, width, y - stampTop);
            }
            if (!spec.subtitle().isEmpty()) {
                Font sf = SlideFonts.font(false, SlideLayout.SUBTITLE * u);
                double b = y + 14 * u + TextFit.ascent(sf);
                for (String l : TextFit.wrap(spec.subtitle(), sf, width, subtitleLines)) {
                    subtitle.add(SlideLayout.line(l, sf, SlideStyle.INK, x, b));
                    b += TextFit.lineHeight(sf, 1.2);
                }
                y = b - TextFit.lineHeight(sf, 1.2) + sf.getSize2D() * 0.24;
            }
            y += 16 * u;
            rule = new Rectangle2D.Double(x, y, width, 3 * u);
            y = rule.getMaxY() + 20 * u;
        }

        /** The projection, at the foot of the column. */
        void footer() {
            Font f = body();
            List<String> lines = TextFit.wrap(SlideLayout.PROJECTION_NOTE, f, width, 2);
            double step = TextFit.lineHeight(f, 1.2);
            double b = bottom - f.getSize2D() * 0.24 - step * (lines.size() - 1);
            for (int i = 0; i < lines.size(); i++) {
                footer.add(SlideLayout.line(lines.get(i), f, SlideStyle.MUTED, x, b + i * step));
            }
            bottom = b - TextFit.ascent(f) - 14 * u;
        }

        /** The locator's height: a fifth of the column's body at most. */
        private double locatorHeight() {
            return Math.min(200 * u, (bottom - y) * 0.4);
        }

        /** True when the locator fits above the footer with {@code needed} units left above it. */
        boolean roomForLocator(double needed) {
            double lh = locatorHeight();
            return lh >= 110 * u && bottom - y >= needed + lh + 24 * u;
        }

        /** The locator above the footer. */
        void locator(List<MapPanel> panels) {
            Font body = body();
            double lh = locatorHeight();
            double lw = lh * LocatorInset.aspect();
            locatorMap = new Rectangle2D.Double(x, bottom - lh, lw, lh);
            double cx = x + lw + 16 * u;
            double cw = width - lw - 16 * u;
            Font heading = SlideFonts.font(true, SlideStyle.MIN_TEXT_PX * u);
            double b = locatorMap.getY() + TextFit.ascent(heading);
            caption.add(SlideLayout.line(SlideLayout.LOCATOR_HEADING, heading, SlideStyle.ACCENT, cx, b));
            String text = panels.size() > 1 ? "Red frames: the areas of the maps." : "Red frame: the area of the map.";
            for (String l : TextFit.wrap(text, body, cw, 4)) {
                b += TextFit.lineHeight(body, 1.2);
                caption.add(SlideLayout.line(l, body, SlideStyle.MUTED, cx, b));
            }
            bottom = locatorMap.getY() - 24 * u;
        }

        /** The height the sources block needs to cite every footnote, with its heading and the attribution. */
        double sourcesHeight() {
            Font body = body();
            return blockHeight(body, Math.max(1, footnoteLines(slide.sources().size(), body).size()));
        }

        /**
         * A sources block's height: its heading (measured with the ascent of {@code first}),
         * {@code lines} lines under it and the map data attribution, with the gap above that.
         */
        private double blockHeight(Font first, int lines) {
            Font body = body();
            int note = TextFit.wrap(BaseMap.ATTRIBUTION, body, width, 4).size();
            return TextFit.ascent(first) + TextFit.lineHeight(body, 1.2) * (lines + note) + 8 * u;
        }

        /**
         * The footnotes "[1] Yle, 17 Nov 2023" of the first {@code count} sources as running text:
         * as many to a line as fit, a footnote broken only when it is wider than a line.
         */
        private List<String> footnoteLines(int count, Font body) {
            List<String> lines = new ArrayList<>();
            String gap = "   ";
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String note = SlideSources.footnote(i + 1, slide.sources().get(i));
                String joined = line.length() == 0 ? note : line + gap + note;
                if (TextFit.width(joined, body) <= width) {
                    line = new StringBuilder(joined);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                List<String> parts = TextFit.wrap(note, body, width, 3);
                lines.addAll(parts.subList(0, parts.size() - 1));
                line = new StringBuilder(parts.get(parts.size() - 1));
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        /**
         * The least height of a sources block: its heading, one line (footnotes, or where they are
         * in full) and the map data attribution below it.
         */
        double sourcesMinimum() {
            return blockHeight(SlideFonts.font(true, SlideStyle.MIN_TEXT_PX * u), 1) + 0.5;
        }

        /** The sources in what room is left, with the map data attribution at their foot. */
        void sources() {
            if (bottom - y < sourcesMinimum()) {
                return;
            }
            sourcesBox = new Rectangle2D.Double(x, y, width, bottom - y);
            shown = sourcesBlock(sources, attribution, sourcesBox);
        }

        /** Lines of the sources block; returns how many sources were cited in it. */
        private int sourcesBlock(List<TextLine> out, List<TextLine> attributionLines, Rectangle2D box) {
            Font heading = SlideFonts.font(true, SlideStyle.MIN_TEXT_PX * u);
            Font body = body();
            double bx = box.getX();
            double by = box.getY() + TextFit.ascent(heading);
            out.add(SlideLayout.line(SlideLayout.SOURCES_HEADING, heading, SlideStyle.ACCENT, bx, by));
            List<String> note = TextFit.wrap(BaseMap.ATTRIBUTION, body, box.getWidth(), 4);
            double step = TextFit.lineHeight(body, 1.2);
            double limit = box.getMaxY() - note.size() * step - 8 * u;
            int capacity = Math.max(0, (int) Math.floor((limit - by) / step));
            List<Source> all = slide.sources();
            int listed = all.size();
            List<String> lines = footnoteLines(listed, body);
            if (all.isEmpty()) {
                lines = List.of(slide.laterSources().isEmpty() ? "No sourced statuses or events in this area."
                        : "Nothing shown here was published by this day.");
            }
            while (listed > 0 && lines.size() > capacity) {
                listed--;
                lines = new ArrayList<>(footnoteLines(listed, body));
                lines.add("[" + (listed + 1) + "]–[" + all.size() + "]: " + SlideSources.more(notes));
            }
            for (String l : lines) {
                by += step;
                out.add(SlideLayout.line(TextFit.ellipsize(l, body, box.getWidth()), body,
                        l.startsWith("[" + (listed + 1) + "]–") || all.isEmpty() ? SlideStyle.MUTED : SlideStyle.INK, bx, by));
            }
            double ny = box.getMaxY() - note.size() * step + TextFit.ascent(body);
            for (String a : note) {
                attributionLines.add(SlideLayout.line(a, body, SlideStyle.MUTED, bx, ny));
                ny += step;
            }
            return listed;
        }
    }

    private static TextLine centred(String text, Font f, Color c, Rectangle2D box) {
        double tw = TextFit.width(text, f);
        var lm = f.getLineMetrics(text, TextFit.FRC);
        double baseline = box.getY() + (box.getHeight() + lm.getAscent() - lm.getDescent()) / 2;
        return new TextLine(text, f, c, box.getCenterX() - tw / 2, baseline, tw);
    }
}
