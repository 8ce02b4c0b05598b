package org.borderwatch.render;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.LongIndex;

/**
 * Greedy clustering of points in screen space, in O(n): a point that no cluster has taken yet
 * starts a cluster and takes every free point within {@code radius} pixels of it. Points are
 * bucketed in a grid of cells {@code radius} wide (plain arrays, no object per point or cell), so
 * a seed looks at its own cell and the eight around it, and taken points are dropped from their
 * cell as they go; since seeds lie at least {@code radius} apart, each cell is looked at by a
 * bounded number of seeds.
 *
 * <p>Seeds are taken in input order, so the same input always clusters the same way; callers pass
 * points oldest first so that a growing window keeps its clusters. Thread-safe: each thread
 * clusters with working arrays of its own, kept for its next call.
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
        Grid grid = WORK.get();
        int groupCount = grid.group(xs, ys, n, radius);
        int[] groupOf = grid.groupOf;
        int[] sizes = grid.sizes;
        // members in input order: one more pass instead of sorting each group
        List<int[]> groups = new ArrayList<>(groupCount);
        for (int g = 0; g < groupCount; g++) {
            groups.add(new int[sizes[g]]);
            sizes[g] = 0;
        }
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            groups.get(g)[sizes[g]++] = i;
        }
        return groups;
    }

    /**
     * {@link #cluster} without making the groups: point {@code i}'s group goes into
     * {@code groupOf[i]} (groups numbered in order of their first point, as {@link #cluster} lists
     * them) — for a caller that repaints every frame and wants no array per group.
     *
     * @param groupOf receives each point's group; at least {@code n} long
     * @return how many groups
     */
    public static int assign(double[] xs, double[] ys, int n, double radius, int[] groupOf) {
        if (!(radius > 0)) {
            throw new IllegalArgumentException("clustering radius must be positive, not " + radius);
        }
        Grid grid = WORK.get();
        int count = grid.group(xs, ys, n, radius);
        System.arraycopy(grid.groupOf, 0, groupOf, 0, n);
        return count;
    }

    /**
     * Each thread's grid, its arrays kept from call to call (grown when a call has more points): a
     * map repainting tens of thousands of events every frame would otherwise allocate them anew
     * each time, and the collections that follow would pause frames.
     */
    private static final ThreadLocal<Grid> WORK = ThreadLocal.withInitial(Grid::new);

    /**
     * The points in square cells {@code radius} wide: an open-addressing table from a cell's column
     * and row to the cell, and each cell's free points as a linked list in plain arrays (no object
     * per point or cell); with each point's group and each group's size, for {@link #cluster}.
     */
    private static final class Grid {
        /** The cells that hold points, numbered by their column and row ({@link #key}). */
        private final LongIndex cells = new LongIndex(1 << 12);
        int[] first = new int[0];
        int[] next = new int[0];
        private int[] last = new int[0];
        int[] groupOf = new int[0];
        int[] sizes = new int[0];

        /** Buckets points {@code 0 … n−1}; every point starts free (group −1). */
        void fill(double[] xs, double[] ys, int n, double radius) {
            if (first.length < n) {
                int size = Math.max(n, first.length * 3 / 2);
                first = new int[size];
                next = new int[size];
                last = new int[size];
                groupOf = new int[size];
                sizes = new int[size];
            }
            java.util.Arrays.fill(next, 0, n, -1);
            java.util.Arrays.fill(groupOf, 0, n, -1);
            cells.clear();
            for (int i = 0; i < n; i++) {
                int before = cells.size();
                int c = cells.add(key((long) Math.floor(xs[i] / radius), (long) Math.floor(ys[i] / radius)));
                if (c == before) {
                    first[c] = i;
                } else {
                    next[last[c]] = i;
                }
                last[c] = i;
            }
        }

        /** Buckets points {@code 0 … n−1} and groups them ({@link #cluster}); returns how many groups, each point's in {@link #groupOf}. */
        int group(double[] xs, double[] ys, int n, double radius) {
            fill(xs, ys, n, radius);
            // taken points get their group; free ones stay −1
            int[] groupOf = this.groupOf;
            int[] sizes = this.sizes;
            int groupCount = 0;
            double r2 = radius * radius;
            for (int seed = 0; seed < n; seed++) {
                if (groupOf[seed] >= 0) {
                    continue;
                }
                int group = groupCount++;
                sizes[group] = 0;
                long cx = (long) Math.floor(xs[seed] / radius);
                long cy = (long) Math.floor(ys[seed] / radius);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        int cell = cell(cx + dx, cy + dy);
                        if (cell < 0) {
                            continue;
                        }
                        // walk the cell's free points, unlinking those the seed takes
                        int prev = -1;
                        for (int p = first[cell]; p >= 0; p = next[p]) {
                            double ddx = xs[p] - xs[seed];
                            double ddy = ys[p] - ys[seed];
                            if (ddx * ddx + ddy * ddy <= r2) {
                                groupOf[p] = group;
                                sizes[group]++;
                                if (prev < 0) {
                                    first[cell] = next[p];
                                } else {
                                    next[prev] = next[p];
                                }
                            } else {
                                prev = p;
                            }
                        }
                    }
                }
            }
            return groupCount;
        }

        /** The cell at column {@code cx}, row {@code cy}, or −1 when it holds no point. */
        int cell(long cx, long cy) {
            return cells.indexOf(key(cx, cy));
        }

        /**
         * Column and row in one number. Columns or rows beyond 32 bits (points billions of cells
         * away) may share a key: their cell then holds the points of both, which stays correct, as
         * every point's distance to the seed is checked.
         */
        private static long key(long cx, long cy) {
            return cx << 32 ^ cy & 0xFFFF_FFFFL;
        }
    }
}
