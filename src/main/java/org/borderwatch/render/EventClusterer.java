package org.borderwatch.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy clustering of points in screen space, in O(n): a point that no cluster has taken yet
 * starts a cluster and takes every free point within {@code radius} pixels of it. Points are
 * bucketed in a grid of cells {@code radius} wide (plain arrays, no object per point or cell), so
 * a seed looks at its own cell and the eight around it, and taken points are dropped from their
 * cell as they go; since seeds lie at least {@code radius} apart, each cell is looked at by a
 * bounded number of seeds.
 *
 * <p>Seeds are taken in input order, so the same input always clusters the same way; callers pass
 * points oldest first so that a growing window keeps its clusters. Not thread-safe (one instance
 * per call; {@link #cluster} is the whole API).
 */
public final class EventClusterer {
    private EventClusterer() {
    }

    /**
     * Groups points {@code 0 … n−1} given by their screen coordinates.
     *
     * @param xs     screen x of each point, pixels
     * @param ys     screen y of each point, pixels
     * @param n      how many points (the arrays may be longer)
     * @param radius the clustering radius in pixels (&gt; 0)
     * @return the groups as point indices, each in input order, groups in order of their first point;
     *         a lone point is a group of one
     */
    public static List<int[]> cluster(double[] xs, double[] ys, int n, double radius) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("clustering radius must be positive, not " + radius);
        }
        Grid grid = new Grid(xs, ys, n, radius);
        boolean[] taken = new boolean[n];
        int[] groupOf = new int[n];
        int[] sizes = new int[n];
        int groupCount = 0;
        double r2 = radius * radius;
        for (int seed = 0; seed < n; seed++) {
            if (taken[seed]) {
                continue;
            }
            int group = groupCount++;
            long cx = (long) Math.floor(xs[seed] / radius);
            long cy = (long) Math.floor(ys[seed] / radius);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    int cell = grid.cell(cx + dx, cy + dy);
                    if (cell < 0) {
                        continue;
                    }
                    // walk the cell's free points, unlinking those the seed takes
                    int prev = -1;
                    for (int p = grid.first[cell]; p >= 0; p = grid.next[p]) {
                        double ddx = xs[p] - xs[seed];
                        double ddy = ys[p] - ys[seed];
                        if (ddx * ddx + ddy * ddy <= r2) {
                            taken[p] = true;
                            groupOf[p] = group;
                            sizes[group]++;
                            if (prev < 0) {
                                grid.first[cell] = grid.next[p];
                            } else {
                                grid.next[prev] = grid.next[p];
                            }
                        } else {
                            prev = p;
                        }
                    }
                }
            }
        }
        // members in input order: one more pass instead of sorting each group
        List<int[]> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            groups.add(new int[sizes[g]]);
        }
        int[] filled = new int[groupCount];
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            groups.get(g)[filled[g]++] = i;
        }
        return groups;
    }

    /**
     * The points in square cells {@code radius} wide: an open-addressing table from a cell's column
     * and row to the cell, and each cell's free points as a linked list in plain arrays (no object
     * per point or cell).
     */
    private static final class Grid {
        private final long[] keys;
        private final int[] slot;
        final int[] first;
        final int[] next;
        private final int mask;

        Grid(double[] xs, double[] ys, int n, double radius) {
            // fewer cells than points: the table is at most half full
            int slots = Integer.highestOneBit(Math.max(8, n)) * 2;
            keys = new long[slots];
            slot = new int[slots];
            java.util.Arrays.fill(slot, -1);
            mask = slots - 1;
            first = new int[n];
            next = new int[n];
            java.util.Arrays.fill(next, -1);
            int[] last = new int[n];
            int cells = 0;
            for (int i = 0; i < n; i++) {
                long key = key((long) Math.floor(xs[i] / radius), (long) Math.floor(ys[i] / radius));
                int h = hash(key) & mask;
                while (slot[h] >= 0 && keys[h] != key) {
                    h = (h + 1) & mask;
                }
                if (slot[h] < 0) {
                    slot[h] = cells;
                    keys[h] = key;
                    first[cells] = i;
                    last[cells++] = i;
                } else {
                    int c = slot[h];
                    next[last[c]] = i;
                    last[c] = i;
                }
            }
        }

        /** The cell at column {@code cx}, row {@code cy}, or −1 when it holds no point. */
        int cell(long cx, long cy) {
            long key = key(cx, cy);
            int h = hash(key) & mask;
            while (slot[h] >= 0) {
                if (keys[h] == key) {
                    return slot[h];
                }
                h = (h + 1) & mask;
            }
            return -1;
        }

        /**
         * Column and row in one number. Columns or rows beyond 32 bits (points billions of cells
         * away) may share a key: their cell then holds the points of both, which stays correct, as
         * every point's distance to the seed is checked.
         */
        private static long key(long cx, long cy) {
            return cx << 32 ^ cy & 0xFFFF_FFFFL;
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32);
        }
    }
}
