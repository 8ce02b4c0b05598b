package org.borderwatch.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps labels from colliding: a label is drawn only where its box (plus padding) overlaps no box
 * placed before it. Callers offer labels in priority order. One instance per painted frame; not
 * thread-safe.
 */
public final class LabelPlacer {
    private final List<Rectangle2D> placed = new ArrayList<>();
    private final double padding;

    public LabelPlacer(double padding) {
        this.padding = padding;
    }

    /** Reserves {@code box} if free and returns true; returns false (reserving nothing) otherwise. */
    public boolean tryPlace(Rectangle2D box) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - padding, box.getY() - padding,
                box.getWidth() + 2 * padding, box.getHeight() + 2 * padding);
        for (Rectangle2D r : placed) {
            if (r.intersects(padded)) {
                return false;
            }
        }
        placed.add(padded);
        return true;
    }

    /** Reserves {@code box} unconditionally (e.g. a symbol that labels must avoid). */
    public void block(Rectangle2D box) {
        placed.add(box);
    }

    /** The boxes reserved so far (for hit-testing and tests). */
    public List<Rectangle2D> placed() {
        return List.copyOf(placed);
    }
}
