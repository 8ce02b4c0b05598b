package org.borderwatch.slides;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.LegendPainter;
import org.borderwatch.render.MapStyle;

/**
 * The legend of the slide's column: a "LEGEND" heading, then the symbols the maps show (border,
 * crossing types and statuses, closures, events, annotations) two to a row where their words fit,
 * and under their own heading the crossings the maps number, each with its badge — one to a row,
 * or, in a box shorter than that needs (a crowded column), two to a row where their names fit in
 * tighter rows, and in a box shorter still two to a row whatever their names (a name too long for
 * half the column is shortened with an ellipsis; the speaker notes and the notes file give every
 * number with its crossing in full), and last with the rows of event pins as short as the pins. A
 * column without room for that densest arrangement ({@link #leastHeight}) gives the legend lines of
 * its subtitle first. The entries and symbols are the maps' own ({@link LegendPainter#entries},
 * {@link LegendPainter#paintSymbol}), so the legend explains exactly what is drawn, at the size it
 * is drawn. Text is 20 px on a 1920 × 1080 slide (10 pt). Stateless.
 */
public final class SideLegend implements LegendBlock {
    /** The heading above the legend. */
    public static final String HEADING = "LEGEND";

    @Override
    public double preferredHeight(List<LegendEntry> entries, MapStyle style, double width, double unit) {
        if (entries.isEmpty()) {
            return 0;
        }
        return layout(entries, new Rectangle2D.Double(0, 0, width, 0), unit, Density.ROOMY).bottom;
    }

    @Override
    public double leastHeight(List<LegendEntry> entries, MapStyle style, double width, double unit) {
        if (entries.isEmpty()) {
            return 0;
        }
        return layout(entries, new Rectangle2D.Double(0, 0, width, 0), unit, Density.TIGHT).bottom;
    }

    @Override
    public double heightIn(List<LegendEntry> entries, MapStyle style, double width, double unit, double room) {
        if (entries.isEmpty()) {
            return 0;
        }
        return Math.min(fitted(entries, new Rectangle2D.Double(0, 0, width, room), unit).bottom, room);
    }

    @Override
    public void paint(Graphics2D g, List<LegendEntry> entries, MapStyle style, Rectangle2D box, double unit) {
        if (entries.isEmpty()) {
            return;
        }
        Rows rows = fitted(entries, box, unit);
        for (TextLine t : rows.text) {
            g.setFont(t.font());
            g.setColor(t.color());
            g.drawString(t.text(), (float) t.x(), (float) t.baseline());
        }
        for (Symbol s : rows.symbols) {
            LegendPainter.paintSymbol(g, style, s.entry, s.cx, s.cy);
        }
    }

    record Symbol(LegendEntry entry, double cx, double cy) {
    }

    static final class Rows {
        final List<TextLine> text = new ArrayList<>();
        final List<Symbol> symbols = new ArrayList<>();
        double bottom;
    }

    /** The rows as painted into {@code box}: the roomiest arrangement that fits it, else the densest. */
    static Rows fitted(List<LegendEntry> entries, Rectangle2D box, double unit) {
        for (Density d : Density.values()) {
            Rows rows = layout(entries, box, unit, d);
            if (d == Density.TIGHT || rows.bottom <= box.getHeight() + 0.5) {
                return rows;
            }
        }
        throw new AssertionError("the densest arrangement is always taken");
    }

    /** How close the rows stand, and where the numbered crossings go. */
    private enum Density {
        /** One numbered crossing to a row, rows of 31 units. */
        ROOMY(31, 31 * 1.4),
        /** Numbered crossings two to a row where their names fit, rows of 26 units. */
        COMPACT(26, 31 * 1.4),
        /** Numbered crossings two to a row, their names shortened to fit, rows of 24 units. */
        DENSE(24, 31 * 1.4),
        /** As dense, and the rows of event pins no taller than the tallest pin (a cluster's, 33 units). */
        TIGHT(24, 36);

        final int rowUnits;
        /** The height of a row of event pins, which stand taller than a row of text. */
        final double pinRowUnits;

        Density(int rowUnits, double pinRowUnits) {
            this.rowUnits = rowUnits;
            this.pinRowUnits = pinRowUnits;
        }

        /** Whether a numbered crossing takes a row of its own; {@code fitsHalf}: its name fits half the column. */
        boolean keyAlone(boolean fitsHalf) {
            return this == ROOMY || this == COMPACT && !fitsHalf;
        }
    }

    /**
     * Places heading, group headings and two columns of entries from the top of {@code box}, as
     * close as {@code density} says.
     */
    private static Rows layout(List<LegendEntry> entries, Rectangle2D box, double u, Density density) {
        Rows rows = new Rows();
        Font heading = SlideFonts.font(true, SlideStyle.MIN_TEXT_PX * u);
        Font group = SlideFonts.font(true, SlideStyle.MIN_TEXT_PX * u);
        Font label = SlideFonts.font(false, SlideStyle.MIN_TEXT_PX * u);
        double x = box.getX();
        double columnWidth = box.getWidth() / 2;
        double symbolWidth = 46 * u;
        double rowHeight = density.rowUnits * u;
        double pinRow = density.pinRowUnits * u;
        double y = box.getY() + TextFit.ascent(heading);
        rows.text.add(line(HEADING, heading, x, y));
        y += 8 * u;
        double labelRoom = columnWidth - symbolWidth - 8 * u;
        int column = 0;
        double pending = 0;
        LegendEntry.Section last = null;
        for (LegendEntry e : entries) {
            if (e.section() == LegendEntry.Section.KEY && last != LegendEntry.Section.KEY) {
                // the key of numbered crossings gets a heading: a number needs saying what it stands for
                y += pending + 6 * u + TextFit.ascent(group);
                pending = 0;
                column = 0;
                String title = e.section().title().toUpperCase(java.util.Locale.ROOT);
                rows.text.add(new TextLine(title, group, SlideStyle.MUTED, x, y, TextFit.width(title, group)));
                y += 4 * u;
            }
            last = e.section();
            boolean key = e.section() == LegendEntry.Section.KEY;
            boolean fitsHalf = TextFit.width(e.label(), label) <= labelRoom;
            boolean wide = key ? density.keyAlone(fitsHalf) : !fitsHalf;
            if (wide && column == 1) {
                y += pending;
                pending = 0;
                column = 0;
            }
            double cx = x + column * columnWidth;
            // an event pin stands taller than a row of text, whatever the density; its row's
            // middle a little below the row's, as the pin's head stands above its point
            double rowH = e.section() == LegendEntry.Section.EVENT ? pinRow : rowHeight;
            double centre = y + rowH / 2 + (e.section() == LegendEntry.Section.EVENT ? pinRow * 0.085 : 0);
            rows.symbols.add(new Symbol(e, cx + symbolWidth / 2, centre));
            double room = (wide ? box.getWidth() : columnWidth) - symbolWidth - 8 * u;
            List<String> wrapped = key && !wide ? List.of(TextFit.ellipsize(e.label(), label, room))
                    : TextFit.wrap(e.label(), label, room, wide ? 2 : 1);
            for (String text : wrapped) {
                var lm = label.getLineMetrics(text, TextFit.FRC);
                rows.text.add(new TextLine(text, label, SlideStyle.INK, cx + symbolWidth + 4 * u,
                        centre + (lm.getAscent() - lm.getDescent()) / 2, TextFit.width(text, label)));
                centre += TextFit.lineHeight(label, 1.2);
            }
            double extra = centre - (y + rowH / 2) - TextFit.lineHeight(label, 1.2);
            pending = Math.max(pending, rowH + Math.max(0, extra));
            if (wide || column == 1) {
                y += pending;
                pending = 0;
                column = 0;
            } else {
                column = 1;
            }
        }
        y += pending;
        rows.bottom = y - box.getY();
        return rows;
    }

    private static TextLine line(String text, Font f, double x, double baseline) {
        return new TextLine(text, f, SlideStyle.ACCENT, x, baseline, TextFit.width(text, f));
    }
}
