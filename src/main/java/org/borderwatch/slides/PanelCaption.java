package org.borderwatch.slides;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.TextDrawing;

/**
 * The caption of a map panel when a slide has several ("Finland–Russia"): a dark tab in the
 * panel's top-left corner, in the map's pixels, which the panel's labels keep clear of.
 */
final class PanelCaption {
    private static final Color TAB = new Color(0x1B2430);

    private PanelCaption() {
    }

    private static Font font(MapStyle s) {
        return s.font(Font.BOLD, s.textSizes().crossing() * 0.85);
    }

    /** The tab's box in the panel's pixels. */
    static Rectangle2D box(MapStyle s, String caption) {
        Font f = font(s);
        Rectangle2D b = TextDrawing.measure(caption, f);
        double pad = 8 * s.scale() / SlideStyle.MAP_ENLARGEMENT;
        return new Rectangle2D.Double(0, 0, b.getWidth() + 2 * pad, b.getHeight() + pad);
    }

    /** Paints the tab; {@code g} is in the panel's pixels. */
    static void paint(Graphics2D g, MapStyle s, String caption) {
        Rectangle2D box = box(s, caption);
        g.setColor(TAB);
        g.fill(box);
        Font f = font(s);
        Rectangle2D b = TextDrawing.measure(caption, f);
        double baseline = box.getCenterY() - (b.getY() + b.getHeight() / 2);
        TextDrawing.draw(g, caption, f, box.getX() + (box.getWidth() - b.getWidth()) / 2, baseline, Color.WHITE, null, 0);
    }
}
