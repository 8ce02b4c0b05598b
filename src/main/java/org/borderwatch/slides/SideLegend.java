package org.borderwatch.slides;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.LegendPainter;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;

/**
 * The legend of the slide's side panel: a "LEGEND" heading, then each group of symbols the map
 * shows (border, crossings, statuses, closures, events, annotations) under its own small heading,
 * two entries to a row. The entries and symbols are the map's own ({@link LegendPainter#entries},
 * {@link LegendPainter#paintSymbol}), so the legend explains exactly what is drawn, at the size
 * it is drawn. Stateless.
 */
public final class SideLegend implements LegendBlock {
    /** The heading above the legend. */
    public static final String HEADING = "LEGEND";

    /** The map's legend entries and, after them, the key of the crossings it numbers. */
    static List<LegendEntry> entries(MapScene scene) {
        List<LegendEntry> entries = new ArrayList<>(LegendPainter.entries(scene));
        entries.addAll(LegendPainter.keyEntries(new MapPainter().layoutLabels(scene).badges()));
        return entries;
    }

    @Override
    public double preferredHeight(MapScene scene, double width, double unit) {
        List<LegendEntry> entries = entries(scene);
        if (entries.isEmpty()) {
            return 0;
        }
        return layout(entries, new Rectangle2D.Double(0, 0, width, 0), unit).bottom;
    }

    @Override
    public void paint(Graphics2D g, MapScene scene, Rectangle2D box, double unit) {
        List<LegendEntry> entries = entries(scene);
        if (entries.isEmpty()) {
            return;
        }
        Rows rows = layout(entries, box, unit);
        for (TextLine t : rows.text) {
            g.setFont(t.font());
            g.setColor(t.color());
            g.drawString(t.text(), (float) t.x(), (float) t.baseline());
        }
        for (Symbol s : rows.symbols) {
            LegendPainter.paintSymbol(g, scene.style(), s.entry, s.cx, s.cy);
        }
    }

    private record Symbol(LegendEntry entry, double cx, double cy) {
    }

    private static final class Rows {
        final List<TextLine> text = new ArrayList<>();
        final List<Symbol> symbols = new ArrayList<>();
        double bottom;
    }

    /** Places heading, group headings and two columns of entries from the top of {@code box}. */
    private static Rows layout(List<LegendEntry> entries, Rectangle2D box, double u) {
        Rows rows = new Rows();
        Font heading = SlideFonts.font(true, 17 * u);
        Font group = SlideFonts.font(true, 13.5 * u);
        Font label = SlideFonts.font(false, 15 * u);
        double x = box.getX();
        double columnWidth = box.getWidth() / 2;
        double symbolWidth = 44 * u;
        double rowHeight = 27 * u;
        double y = box.getY() + TextFit.ascent(heading);
        rows.text.add(line(HEADING, heading, x, y));
        y += 6 * u;
        double labelRoom = columnWidth - symbolWidth - 8 * u;
        int i = 0;
        while (i < entries.size()) {
            LegendEntry.Section section = entries.get(i).section();
            int end = i;
            boolean twoColumns = true;
            while (end < entries.size() && entries.get(end).section() == section) {
                twoColumns &= TextFit.width(entries.get(end).label(), label) <= labelRoom;
                end++;
            }
            y += 12 * u + TextFit.ascent(group);
            String title = section.title().toUpperCase(java.util.Locale.ROOT);
            rows.text.add(new TextLine(title, group, SlideStyle.MUTED, x, y, TextFit.width(title, group)));
            y += 4 * u;
            int columns = twoColumns ? 2 : 1;
            for (int k = i; k < end; k++) {
                int column = (k - i) % columns;
                double cx = x + column * columnWidth;
                double centre = y + rowHeight / 2;
                LegendEntry e = entries.get(k);
                rows.symbols.add(new Symbol(e, cx + symbolWidth / 2, centre));
                double room = (columns == 2 ? columnWidth : box.getWidth()) - symbolWidth - 8 * u;
                String text = TextFit.ellipsize(e.label(), label, room);
                var lm = label.getLineMetrics(text, TextFit.FRC);
                rows.text.add(new TextLine(text, label, SlideStyle.INK, cx + symbolWidth + 4 * u,
                        centre + (lm.getAscent() - lm.getDescent()) / 2, TextFit.width(text, label)));
                if (column == columns - 1 || k == end - 1) {
                    y += rowHeight;
                }
            }
            i = end;
        }
        rows.bottom = y - box.getY();
        return rows;
    }

    private static TextLine line(String text, Font f, double x, double baseline) {
        return new TextLine(text, f, SlideStyle.ACCENT, x, baseline, TextFit.width(text, f));
    }
}
