package org.borderwatch.slides;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.render.MapScene;

/**
 * The legend of a slide's side panel: how tall it wants to be for a width, and how it paints
 * into the box the layout gives it. The scene is the slide's map scene, so the legend explains
 * exactly the symbols and colours the map shows.
 */
public interface LegendBlock {
    /**
     * Height the legend needs at {@code width}, in canvas units, or 0 when it has nothing to show;
     * {@code unit} is the slide's layout scale (1 at 1920 × 1080).
     */
    double preferredHeight(MapScene scene, double width, double unit);

    /** Paints the legend into {@code box} (canvas units). */
    void paint(Graphics2D g, MapScene scene, Rectangle2D box, double unit);
}
