package org.borderwatch.render;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Objects;

/**
 * The closures drawn on the border lines, painted into a {@link LayerImage} and laid over each
 * frame as long as the view, the style and the closure drawing stay the same: closures change a
 * few times a year, so scrubbing through the dates repaints them only where a crossing's status
 * changed. Laying the layer over the base gives the picture {@link BorderClosurePainter} paints
 * in place (to within a level of rounding per channel).
 *
 * <p>One painting thread only; not thread-safe.
 */
public final class ClosureLayer {
    private final BorderClosurePainter painter = new BorderClosurePainter();
    private LayerImage image;
    private Viewport view;
    private MapStyle style;
    private List<BorderClosurePainter.BorderClosure> plan;
    private long paints;

    /** Lays the closures of {@code plan} (made for {@code scene}) over {@code g}, painting them first if they changed. */
    void paint(Graphics2D g, MapScene scene, List<BorderClosurePainter.BorderClosure> closures) {
        if (closures.stream().allMatch(c -> c.mode() == BorderClosurePainter.Mode.NONE)) {
            return;
        }
        Viewport v = scene.view();
        if (image == null || image.width() != v.width() || image.height() != v.height()) {
            image = new LayerImage(v.width(), v.height());
            plan = null;
        }
        if (!v.equals(view) || !Objects.equals(style, scene.style()) || !closures.equals(plan)) {
            image.clear();
            Graphics2D lg = image.graphics();
            try {
                painter.paint(lg, scene, closures);
            } finally {
                lg.dispose();
            }
            image.rescan();
            view = v;
            style = scene.style();
            plan = List.copyOf(closures);
            paints++;
        }
        image.paintOnto(g);
    }

    /** How often the closures were painted. */
    public long paints() {
        return paints;
    }

    /** Bytes of pixels held. */
    public long bytes() {
        return image == null ? 0 : image.bytes();
    }
}
