package org.borderwatch.render.label;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Reserved boxes in a uniform grid of {@value #CELL}-pixel cells, so a test looks only at the
 * boxes in the cells it touches: placing thousands of labels stays linear. Boxes are kept as
 * given. Not thread-safe.
 */
public final class BoxGrid {
    /** Cell size in pixels. */
    public static final int CELL = 64;
    /** Most cells one box is entered in; larger boxes are clamped to this many around their corner. */
    private static final int MAX_CELLS = 4096;

    private final List<Rectangle2D> boxes = new ArrayList<>();
    /**
     * The cells that hold boxes: an open-addressing table from a cell's column and row to its boxes
     * (a lookup makes no object, where a map keyed by {@code Long} made one per cell looked at).
     */
    private long[] cellKeys = new long[64];
    private Object[] cellBoxes = new Object[64];
    private int cells;

    /** Adds {@code box}. */
    public void add(Rectangle2D box) {
        boxes.add(box);
        int x0 = cell(box.getMinX());
        int x1 = cell(box.getMaxX());
        int y0 = cell(box.getMinY());
        int y1 = cell(box.getMaxY());
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
            // a huge box (larger than most screens): clamp to a sane range of cells
            x0 = Math.max(x0, -64);
            y0 = Math.max(y0, -64);
            x1 = Math.min(x1, x0 + 128);
            y1 = Math.min(y1, y0 + 128);
        }
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                boxesOf(key(x, y), true).add(box);
            }
        }
    }

    /** True when {@code r} meets (overlaps, not just touches) a box of the grid. */
    public boolean intersects(Rectangle2D r) {
        int x0 = cell(r.getMinX());
        int x1 = cell(r.getMaxX());
        int y0 = cell(r.getMinY());
        int y1 = cell(r.getMaxY());
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                List<Rectangle2D> in = boxesOf(key(x, y), false);
                // by index: the window's client compiler does not elide an iterator, and this loop
                // runs for every label candidate of every frame (the largest allocation while scrubbing)
                for (int i = 0, n = in == null ? 0 : in.size(); i < n; i++) {
                    if (in.get(i).intersects(r)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when the segment {@code line} passes through a box of the grid. */
    public boolean intersects(Line2D line) {
        int x0 = cell(Math.min(line.getX1(), line.getX2()));
        int x1 = cell(Math.max(line.getX1(), line.getX2()));
        int y0 = cell(Math.min(line.getY1(), line.getY2()));
        int y1 = cell(Math.max(line.getY1(), line.getY2()));
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                List<Rectangle2D> in = boxesOf(key(x, y), false);
                for (int i = 0, n = in == null ? 0 : in.size(); i < n; i++) {
                    if (in.get(i).intersectsLine(line)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Every box, in the order added. */
    public List<Rectangle2D> boxes() {
        return List.copyOf(boxes);
    }

    /** The boxes of the cell {@code key}: {@code null} when it has none and {@code make} is false. */
    @SuppressWarnings("unchecked")
    private List<Rectangle2D> boxesOf(long key, boolean make) {
        int mask = cellKeys.length - 1;
        int h = hash(key) & mask;
        while (cellBoxes[h] != null) {
            if (cellKeys[h] == key) {
                return (List<Rectangle2D>) cellBoxes[h];
            }
            h = (h + 1) & mask;
        }
        if (!make) {
            return null;
        }
        if (2 * (cells + 1) > cellKeys.length) {
            grow();
            return boxesOf(key, true);
        }
        List<Rectangle2D> list = new ArrayList<>(4);
        cellKeys[h] = key;
        cellBoxes[h] = list;
        cells++;
        return list;
    }

    private void grow() {
        long[] keys = cellKeys;
        Object[] lists = cellBoxes;
        cellKeys = new long[keys.length * 2];
        cellBoxes = new Object[keys.length * 2];
        int mask = cellKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (lists[i] != null) {
                int h = hash(keys[i]) & mask;
                while (cellBoxes[h] != null) {
                    h = (h + 1) & mask;
                }
                cellKeys[h] = keys[i];
                cellBoxes[h] = lists[i];
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xffffffffL);
    }
}
