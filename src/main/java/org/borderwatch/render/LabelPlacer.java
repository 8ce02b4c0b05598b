package org.borderwatch.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps labels from colliding: a label is drawn only where its box (plus padding) overlaps no box
 * placed before it. Callers offer labels in priority order. Boxes are kept in a uniform grid of
 * {@value #CELL}-pixel cells, so a test looks only at the boxes in the cells it touches: placing
 * thousands of labels stays linear. One instance per painted frame; not thread-safe.
 */
public final class LabelPlacer {
    static final int CELL = 64;

    private final List<Rectangle2D> placed = new ArrayList<>();
    private final Map<Long, List<Rectangle2D>> grid = new HashMap<>();
    private final double padding;

    public LabelPlacer(double padding) {
        this.padding = padding;
    }

    /** Reserves {@code box} if free and returns true; returns false (reserving nothing) otherwise. */
    public boolean tryPlace(Rectangle2D box) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - padding, box.getY() - padding,
                box.getWidth() + 2 * padding, box.getHeight() + 2 * padding);
        if (collides(padded)) {
            return false;
        }
        add(padded);
        return true;
    }

    /** Reserves {@code box} unconditionally (e.g. a symbol that labels must avoid). */
    public void block(Rectangle2D box) {
        add(box);
    }

    /** The boxes reserved so far (for hit-testing and tests). */
    public List<Rectangle2D> placed() {
        return List.copyOf(placed);
    }

    private boolean collides(Rectangle2D r) {
        int x0 = cell(r.getMinX());
        int x1 = cell(r.getMaxX());
        int y0 = cell(r.getMinY());
        int y1 = cell(r.getMaxY());
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                List<Rectangle2D> in = grid.get(key(x, y));
                if (in != null) {
                    for (Rectangle2D other : in) {
                        if (other.intersects(r)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private void add(Rectangle2D r) {
        placed.add(r);
        int x0 = cell(r.getMinX());
        int x1 = cell(r.getMaxX());
        int y0 = cell(r.getMinY());
        int y1 = cell(r.getMaxY());
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > 4096) {
            // a huge box (larger than most screens): clamp to a sane range of cells
            x0 = Math.max(x0, -64);
            y0 = Math.max(y0, -64);
            x1 = Math.min(x1, x0 + 128);
            y1 = Math.min(y1, y0 + 128);
        }
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                grid.computeIfAbsent(key(x, y), k -> new ArrayList<>(4)).add(r);
            }
        }
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xffffffffL);
    }
}
