package org.borderwatch.slides;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.MapStyle;

/**
 * The legend of a slide's side panel: how tall it wants to be for a width, and how it paints
 * into the box the layout gives it. The entries are those of the slide's map panels (and the key
 * of their numbered crossings), drawn in the maps' own style, so the legend explains exactly the
 * symbols and colours the maps show.
 */
public interface LegendBlock {
    /**
     * Height the legend needs at {@code width}, in canvas units, or 0 when it has nothing to show;
     * {@code unit} is the slide's layout scale (1 at 1920 × 1080).
     */
    double preferredHeight(List<LegendEntry> entries, MapStyle style, double width, double unit);

    /**
     * Height the legend takes in a column with {@code room} units for it: its preferred height when
     * that fits, else what a more compact arrangement needs, at most {@code room}.
     */
    default double heightIn(List<LegendEntry> entries, MapStyle style, double width, double unit, double room) {
        return Math.min(preferredHeight(entries, style, width, unit), room);
    }

    /** Height of the legend's densest arrangement: less room than this and something of it is cut off. */
    default double leastHeight(List<LegendEntry> entries, MapStyle style, double width, double unit) {
        return preferredHeight(entries, style, width, unit);
    }

    /** Paints the legend into {@code box} (canvas units). */
    void paint(Graphics2D g, List<LegendEntry> entries, MapStyle style, Rectangle2D box, double unit);
}
