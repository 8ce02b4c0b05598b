package org.borderwatch.slides;

import java.awt.geom.Rectangle2D;
import org.borderwatch.render.MapComposition;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.OverlayPlan;
import org.borderwatch.render.Viewport;

/**
 * One map frame of a slide: a border's panel (a slide of both borders has two, side by side, each
 * at its own scale with its own scale bar) with its one layout of labels and insets, worked out
 * once on the slide's canvas and painted from there on every surface.
 *
 * @param title       the panel's caption when a slide has several ("Finland–Russia"), else empty
 * @param extent      the area it shows
 * @param frame       its box on the canvas
 * @param composition its labels and insets, in the pixels of the scene's view
 * @param scene       what it shows ({@link Slide#panelScene} for its view, of the frame's size
 *                    (rounded), its style and title): the scene the composition was laid out for
 *                    and every surface paints
 * @param plan        the overlays of {@code scene} ({@link OverlayPlan#of}), worked out once for
 *                    the layout, the legend and the painting
 */
public record MapPanel(String title, SlideExtent extent, Rectangle2D frame, MapComposition composition, MapScene scene,
                       OverlayPlan plan) {
    public MapPanel {
        title = title == null ? "" : title;
        frame = new Rectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight());
    }

    /** Its view, of the frame's size (rounded): the scene's. */
    public Viewport view() {
        return scene.view();
    }

    /** The frame's box as the view covers it: at the frame's corner, the view's whole pixels. */
    public Rectangle2D viewBox() {
        return new Rectangle2D.Double(frame.getX(), frame.getY(), view().width(), view().height());
    }
}
