package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A transparent, screen-sized image of one cached overlay layer, cut in {@value #TILE}-pixel tiles
 * with a record of which tiles hold anything: laying it over a frame costs in proportion to what it
 * covers (the annotations of a region fill a small part of a full-screen view) rather than to the
 * screen, and a part of it can be cleared and painted again tile by tile. Pixels are premultiplied
 * ARGB. One painting thread only; not thread-safe.
 */
final class LayerImage {
    static final int TILE = 64;

    private final BufferedImage image;
    private final int[] pixels;
    private final int width;
    private final int height;
    private final int cols;
    private final int rows;
    private final boolean[] used;

    /** An empty layer of {@code width} × {@code height} pixels. */
    LayerImage(int width, int height) {
        this.width = width;
        this.height = height;
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.cols = (width + TILE - 1) / TILE;
        this.rows = (height + TILE - 1) / TILE;
        this.used = new boolean[cols * rows];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    /** A graphics on the layer, prepared as {@link MapPainter#prepare} does; dispose it after use. */
    Graphics2D graphics() {
        Graphics2D g = image.createGraphics();
        MapPainter.prepare(g);
        return g;
    }

    /** Makes the whole layer transparent. */
    void clear() {
        Arrays.fill(pixels, 0);
        Arrays.fill(used, false);
    }

    /** The pixel rectangle of tiles [c0, c1) × [r0, r1), cut to the layer. */
    Rectangle tiles(int c0, int r0, int c1, int r1) {
        int x0 = c0 * TILE;
        int y0 = r0 * TILE;
        return new Rectangle(x0, y0, Math.min(width, c1 * TILE) - x0, Math.min(height, r1 * TILE) - y0);
    }

    /**
     * The marked tiles as disjoint rectangles: runs of marked tiles along each row of tiles.
     *
     * @param marked one flag per tile, row by row ({@link #cols} × {@link #rows})
     */
    List<Rectangle> runs(boolean[] marked) {
        List<Rectangle> out = new ArrayList<>();
        for (int ty = 0; ty < rows; ty++) {
            int tx = 0;
            while (tx < cols) {
                if (!marked[ty * cols + tx]) {
                    tx++;
                    continue;
                }
                int start = tx;
                while (tx < cols && marked[ty * cols + tx]) {
                    tx++;
                }
                out.add(tiles(start, ty, tx, ty + 1));
            }
        }
        return out;
    }

    /** Makes the pixels of {@code r} transparent. */
    void clear(Rectangle r) {
        for (int y = r.y; y < r.y + r.height; y++) {
            Arrays.fill(pixels, y * width + r.x, y * width + r.x + r.width, 0);
        }
    }

    /** Notes again which tiles meeting {@code r} (tile-aligned) hold anything. */
    void rescan(Rectangle r) {
        int c0 = r.x / TILE;
        int c1 = (r.x + r.width + TILE - 1) / TILE;
        int r0 = r.y / TILE;
        int r1 = (r.y + r.height + TILE - 1) / TILE;
        for (int ty = r0; ty < r1; ty++) {
            for (int tx = c0; tx < c1; tx++) {
                used[ty * cols + tx] = holdsAnything(tx, ty);
            }
        }
    }

    /** Notes again which tiles hold anything, all of them. */
    void rescan() {
        rescan(new Rectangle(0, 0, width, height));
    }

    private boolean holdsAnything(int tx, int ty) {
        int x0 = tx * TILE;
        int x1 = Math.min(width, x0 + TILE);
        int y1 = Math.min(height, (ty + 1) * TILE);
        for (int y = ty * TILE; y < y1; y++) {
            int off = y * width;
            for (int x = x0; x < x1; x++) {
                if (pixels[off + x] != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lays the layer over {@code g} (source-over), only the runs of tiles that hold something. */
    void paintOnto(Graphics2D g) {
        for (Rectangle r : runs(used)) {
            g.drawImage(image, r.x, r.y, r.x + r.width, r.y + r.height, r.x, r.y, r.x + r.width, r.y + r.height, null);
        }
    }

    /** Bytes of pixels held. */
    long bytes() {
        return 4L * width * height;
    }
}
