package org.borderwatch.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.render.label.BoxGrid;

/**
 * Boxes a frame's labels must keep clear of, and the simple first-free test for text that belongs
 * to no label layout (annotation text placed by its analyst): a box is taken only where it (plus
 * padding) overlaps no box reserved before it. The base map reserves its graticule labels and the
 * decorations their corners here; the frame's {@link MapLabels} layout treats every box as an
 * obstacle. Boxes are kept in a {@link BoxGrid}, so tests stay linear. One instance per painted
 * frame; not thread-safe.
 */
public final class LabelPlacer {
    private final BoxGrid grid = new BoxGrid();
    private final double padding;

    public LabelPlacer(double padding) {
        this.padding = padding;
    }

    /** Reserves {@code box} if free and returns true; returns false (reserving nothing) otherwise. */
    public boolean tryPlace(Rectangle2D box) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - padding, box.getY() - padding,
                box.getWidth() + 2 * padding, box.getHeight() + 2 * padding);
        if (grid.intersects(padded)) {
            return false;
        }
        grid.add(padded);
        return true;
    }

    /** Reserves {@code box} unconditionally (e.g. a symbol that labels must avoid). */
    public void block(Rectangle2D box) {
        grid.add(box);
    }

    /** The boxes reserved so far, in order. */
    public List<Rectangle2D> placed() {
        return grid.boxes();
    }

    /** The padding kept around each box taken by {@link #tryPlace}, pixels. */
    public double padding() {
        return padding;
    }
}
