package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.function.Consumer;

/**
 * A transparent image of one cached overlay layer, with a record of which {@value #TILE}-pixel
 * tiles hold anything, so that laying it over a frame costs in proportion to what it covers (the
 * annotations of a region fill a small part of a full-screen view) rather than to the screen.
 * Only the box of the tiles that hold something is kept in memory. Pixels are premultiplied ARGB.
 * Immutable once made; paint it from one thread at a time.
 */
public final class LayerImage {
    static final int TILE = 64;

    private final BufferedImage image;
    /** Where the kept image's top-left pixel lies in the layer, pixels. */
    private final int originX;
    private final int originY;
    private final int width;
    private final int height;
    private final int cols;
    private final int rows;
    private final boolean[] used;
    private final int usedCount;

    private LayerImage(BufferedImage image, int originX, int originY, int width, int height, boolean[] used, int cols,
                       int rows) {
        this.image = image;
        this.originX = originX;
        this.originY = originY;
        this.width = width;
        this.height = height;
        this.used = used;
        this.cols = cols;
        this.rows = rows;
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        this.usedCount = n;
    }

    /**
     * Paints a layer of {@code width} × {@code height} pixels with {@code painter} (given a graphics
     * prepared as {@link MapPainter#prepare} does) and notes the tiles it touched.
     */
    public static LayerImage paint(int width, int height, Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            MapPainter.prepare(g);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        int cols = (width + TILE - 1) / TILE;
        int rows = (height + TILE - 1) / TILE;
        boolean[] used = new boolean[cols * rows];
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            int row = y / TILE * cols;
            int off = y * width;
            for (int tx = 0; tx < cols; tx++) {
                if (used[row + tx]) {
                    continue;
                }
                int end = Math.min(width, (tx + 1) * TILE);
                for (int x = tx * TILE; x < end; x++) {
                    if (px[off + x] != 0) {
                        used[row + tx] = true;
                        break;
                    }
                }
            }
        }
        int c0 = cols;
        int c1 = -1;
        int r0 = rows;
        int r1 = -1;
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                c0 = Math.min(c0, i % cols);
                c1 = Math.max(c1, i % cols);
                r0 = Math.min(r0, i / cols);
                r1 = Math.max(r1, i / cols);
            }
        }
        if (c1 < 0) {
            return new LayerImage(null, 0, 0, width, height, used, cols, rows);
        }
        int x0 = c0 * TILE;
        int y0 = r0 * TILE;
        int kw = Math.min(width, (c1 + 1) * TILE) - x0;
        int kh = Math.min(height, (r1 + 1) * TILE) - y0;
        BufferedImage kept = img;
        if (kw < width || kh < height) {
            kept = new BufferedImage(kw, kh, BufferedImage.TYPE_INT_ARGB_PRE);
            int[] dst = ((DataBufferInt) kept.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < kh; y++) {
                System.arraycopy(px, (y0 + y) * width + x0, dst, y * kw, kw);
            }
        }
        return new LayerImage(kept, x0, y0, width, height, used, cols, rows);
    }

    /** Lays the layer over {@code g} (source-over), tile runs that hold something only. */
    public void paintOnto(Graphics2D g) {
        if (usedCount == 0) {
            return;
        }
        int w = width;
        int h = height;
        for (int ty = 0; ty < rows; ty++) {
            int tx = 0;
            while (tx < cols) {
                if (!used[ty * cols + tx]) {
                    tx++;
                    continue;
                }
                int start = tx;
                while (tx < cols && used[ty * cols + tx]) {
                    tx++;
                }
                int x0 = start * TILE;
                int x1 = Math.min(w, tx * TILE);
                int y0 = ty * TILE;
                int y1 = Math.min(h, y0 + TILE);
                g.drawImage(image, x0, y0, x1, y1, x0 - originX, y0 - originY, x1 - originX, y1 - originY, null);
            }
        }
    }

    /** Whether anything was painted. */
    public boolean isEmpty() {
        return usedCount == 0;
    }

    /** Share of the tiles that hold something, 0…1. */
    public double coverage() {
        return used.length == 0 ? 0 : (double) usedCount / used.length;
    }

    /** Bytes of pixels held. */
    public long bytes() {
        return image == null ? 0 : 4L * image.getWidth() * image.getHeight();
    }
}
