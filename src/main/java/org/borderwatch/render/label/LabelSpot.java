package org.borderwatch.render.label;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Where the {@link LabelEngine} put a label. Units are pixels of the view, y down.
 *
 * @param key    the request's key
 * @param kind   beside its anchor, led off by a line, centred, or as its fallback badge
 * @param box    the label's (or badge's) box
 * @param anchor the point the label belongs to
 * @param leader  the leader line from near the anchor to the box's edge, or {@code null}
 * @param variant which shape of the label was placed: 0 its first, 1 … its alternates (0 for a badge)
 */
public record LabelSpot(String key, Kind kind, Rectangle2D box, Point2D anchor, Line2D leader, int variant) {
    /** How the label was placed. */
    public enum Kind {
        /** Beside its anchor. */
        BESIDE,
        /** Away from its anchor, joined to it by a leader line. */
        LED,
        /** Centred on one of its anchors. */
        CENTRED,
        /** The fallback badge beside its anchor (or led off), standing for a key entry. */
        BADGE
    }

    /** True when the spot is the fallback badge rather than the label itself. */
    public boolean badge() {
        return kind == Kind.BADGE;
    }
}
