package org.borderwatch.render;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What painting a frame's overlays produced, for the caller that shows the frame: the hit index
 * (what lies under a pointer), the legend entries of what was shown (for a side panel), the
 * legend box when one was painted, and the frame's labels (whose numbered badges make its key).
 * Immutable; safe to hand to another thread.
 *
 * @param hits         pickable targets, in the painted frame's pixels
 * @param legend       legend entries of the symbols in the frame (empty without overlays)
 * @param legendBounds the painted legend's box, or {@code null} when no legend was painted
 * @param labels       the labels painted
 */
public record OverlayResult(HitIndex hits, List<LegendEntry> legend, Rectangle2D legendBounds, MapLabels labels) {
    public OverlayResult {
        hits = hits == null ? HitIndex.empty() : hits.freeze();
        legend = legend == null ? List.of() : List.copyOf(legend);
        legendBounds = legendBounds == null ? null : (Rectangle2D) legendBounds.clone();
        labels = labels == null ? MapLabels.NONE : labels;
    }

    /** Nothing painted. */
    public static final OverlayResult EMPTY = new OverlayResult(HitIndex.empty(), List.of(), null, MapLabels.NONE);

    /** The same result with the legend box set. */
    public OverlayResult withLegendBounds(Rectangle2D box) {
        return new OverlayResult(hits, legend, box, labels);
    }
}
