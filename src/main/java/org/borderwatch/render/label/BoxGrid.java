package org.borderwatch.render.label;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reserved boxes in a uniform grid of {@value #CELL}-pixel cells, so a test looks only at the
 * boxes in the cells it touches: placing thousands of labels stays linear. Boxes are kept as
 * given; each cell keeps the edges of its boxes as numbers, so the test of a label candidate — run
 * thousands of times per frame of the window — compares numbers in one array, not rectangles
 * through their getters. A box tests as {@link Rectangle2D#intersects(Rectangle2D)} does: an empty
 * box (no width or height) meets nothing. Not thread-safe.
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
    private Cell[] cellBoxes = new Cell[64];
    private int cells;

    /** Adds {@code box}. */
    public void add(Rectangle2D box) {
        int index = boxes.size();
        boxes.add(box);
        if (box.isEmpty()) {
            // meets nothing, as Rectangle2D.intersects and intersectsLine have it
            return;
        }
        double minX = box.getX();
        double minY = box.getY();
        double maxX = minX + box.getWidth();
        double maxY = minY + box.getHeight();
        int x0 = cell(minX);
        int x1 = cell(maxX);
        int y0 = cell(minY);
        int y1 = cell(maxY);
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
            // a huge box (larger than most screens): clamp to a sane range of cells
            x0 = Math.max(x0, -64);
            y0 = Math.max(y0, -64);
            x1 = Math.min(x1, x0 + 128);
            y1 = Math.min(y1, y0 + 128);
        }
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                cell(key(x, y), true).add(minX, minY, maxX, maxY, index);
            }
        }
    }

    /** True when {@code r} meets (overlaps, not just touches) a box of the grid. */
    public boolean intersects(Rectangle2D r) {
        double rx = r.getX();
        double ry = r.getY();
        double rw = r.getWidth();
        double rh = r.getHeight();
        if (!(rw > 0) || !(rh > 0)) {
            return false;
        }
        double rMaxX = rx + rw;
        double rMaxY = ry + rh;
        int x0 = cell(rx);
        int x1 = cell(rMaxX);
        int y0 = cell(ry);
        int y1 = cell(rMaxY);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                Cell in = cell(key(x, y), false);
                if (in == null) {
                    continue;
                }
                double[] e = in.edges;
                for (int i = 0, n = 4 * in.size; i < n; i += 4) {
                    // Rectangle2D.intersects, with the box's far edges summed once when it was added
                    if (rMaxX > e[i] && rMaxY > e[i + 1] && rx < e[i + 2] && ry < e[i + 3]) {
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
                Cell in = cell(key(x, y), false);
                for (int i = 0, n = in == null ? 0 : in.size; i < n; i++) {
                    if (boxes.get(in.ids[i]).intersectsLine(line)) {
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

    /** The cell {@code key}: {@code null} when it has no box and {@code make} is false. */
    private Cell cell(long key, boolean make) {
        int mask = cellKeys.length - 1;
        int h = hash(key) & mask;
        while (cellBoxes[h] != null) {
            if (cellKeys[h] == key) {
                return cellBoxes[h];
            }
            h = (h + 1) & mask;
        }
        if (!make) {
            return null;
        }
        if (2 * (cells + 1) > cellKeys.length) {
            grow();
            return cell(key, true);
        }
        Cell cell = new Cell();
        cellKeys[h] = key;
        cellBoxes[h] = cell;
        cells++;
        return cell;
    }

    private void grow() {
        long[] keys = cellKeys;
        Cell[] lists = cellBoxes;
        cellKeys = new long[keys.length * 2];
        cellBoxes = new Cell[keys.length * 2];
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

    /** The boxes of one cell: their edges (min x, min y, max x, max y) and their indexes in {@code boxes}. */
    private static final class Cell {
        double[] edges = new double[16];
        int[] ids = new int[4];
        int size;

        void add(double minX, double minY, double maxX, double maxY, int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                edges = Arrays.copyOf(edges, size * 8);
            }
            int i = 4 * size;
            edges[i] = minX;
            edges[i + 1] = minY;
            edges[i + 2] = maxX;
            edges[i + 3] = maxY;
            ids[size++] = id;
        }
    }
}
