package org.borderwatch.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Situation;

/**
 * Where each line of a legend goes: a title block, then the sections (a heading and its rows) in
 * columns that are only as tall as the frame allows, and the whole box in a corner clear of the
 * decorations. Built per paint; not thread-safe.
 */
final class LegendLayout {
    /**
     * One line: a heading or title ({@code entry == null}) or an entry row.
     *
     * @param x        left edge of the line (the symbol column for a row), pixels
     * @param baseline text baseline, pixels
     * @param centreY  vertical centre of the line (where the symbol goes), pixels
     */
    record Item(LegendEntry entry, String text, Font font, double x, double baseline, double centreY) {
    }

    final List<Item> items = new ArrayList<>();
    final Rectangle2D box;
    final double symbolWidth;

    LegendLayout(MapScene scene, List<LegendEntry> entries, LegendPainter.Corner corner) {
        MapStyle s = scene.style();
        Viewport v = scene.view();
        double k = s.scale();
        double pad = 10 * k;
        double plainRowH = 19 * k;
        double eventRowH = 24 * k;
        double headerH = 18 * k;
        double sectionGap = 5 * k;
        double colGap = 18 * k;
        double margin = 12 * k;
        symbolWidth = 30 * k;
        Font titleFont = s.font(Font.BOLD, 13);
        Font subFont = s.font(Font.PLAIN, 10.5);
        Font headerFont = s.font(Font.BOLD, 10);
        Font rowFont = s.font(Font.PLAIN, 11);

        List<Item> local = new ArrayList<>();
        Situation sit = scene.situation();
        String title = sit == null ? "Legend" : LegendPainter.title(sit);
        double y = 0;
        double width = TextDrawing.measure(title, titleFont).getWidth();
        y += 15 * k;
        local.add(new Item(null, title, titleFont, 0, y, y));
        if (sit != null) {
            String sub = LegendPainter.subtitle(sit);
            y += 15 * k;
            local.add(new Item(null, sub, subFont, 0, y, y));
            width = Math.max(width, TextDrawing.measure(sub, subFont).getWidth());
        }
        double top = y + 6 * k;

        double maxHeight = v.height() - 2 * margin - 56 * k;
        double available = Math.max(4 * plainRowH, maxHeight - 2 * pad - top);
        double colX = 0;
        double colW = 0;
        double cy = 0;
        double tallest = 0;
        LegendEntry.Section section = null;
        for (LegendEntry e : entries) {
            double rowH = e.section() == LegendEntry.Section.EVENT ? eventRowH : plainRowH;
            if (e.section() != section) {
                double need = (cy > 0 ? sectionGap : 0) + headerH + rowH;
                if (cy > 0 && cy + need > available) {
                    colX += colW + colGap;
                    colW = 0;
                    cy = 0;
                }
                cy += cy > 0 ? sectionGap : 0;
                section = e.section();
                String head = section.title().toUpperCase(java.util.Locale.ROOT);
                local.add(new Item(null, head, headerFont, colX, top + cy + headerH - 5 * k, top + cy + headerH / 2));
                colW = Math.max(colW, TextDrawing.measure(head, headerFont).getWidth());
                cy += headerH;
            } else if (cy + rowH > available) {
                colX += colW + colGap;
                colW = 0;
                cy = 0;
            }
            double centre = top + cy + rowH / 2;
            local.add(new Item(e, e.label(), rowFont, colX, centre + 4 * k, centre));
            colW = Math.max(colW, symbolWidth + TextDrawing.measure(e.label(), rowFont).getWidth());
            cy += rowH;
            tallest = Math.max(tallest, cy);
        }
        double contentW = colX + colW;
        double w = Math.max(width, contentW) + 2 * pad;
        double h = top + tallest + 2 * pad - (entries.isEmpty() ? 4 * k : 0);
        MapOptions o = scene.options();
        double x0;
        double y0;
        switch (corner) {
            case TOP_RIGHT -> {
                x0 = v.width() - w - margin;
                y0 = margin + (o.northArrow() ? 80 * k : 0);
            }
            case BOTTOM_LEFT -> {
                x0 = margin;
                y0 = v.height() - h - margin - (o.scaleBar() ? 52 * k : 0);
            }
            case BOTTOM_RIGHT -> {
                x0 = v.width() - w - margin;
                y0 = v.height() - h - margin - (o.attribution() ? 16 * k : 0);
            }
            default -> {
                x0 = margin;
                y0 = margin;
            }
        }
        box = new Rectangle2D.Double(x0, y0, w, h);
        for (Item it : local) {
            items.add(new Item(it.entry(), it.text(), it.font(), x0 + pad + it.x(), y0 + pad + it.baseline(),
                    y0 + pad + it.centreY()));
        }
    }
}
