package org.borderwatch.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy clustering of points in screen space, in O(n): a point that no cluster has taken yet
 * starts a cluster and takes every free point within {@code radius} pixels of it. Points are
 * bucketed in a grid of cells {@code radius} wide, so a seed looks at its own cell and the eight
 * around it, and taken points are dropped from their cell as they go; since seeds lie at least
 * {@code radius} apart, each cell is looked at by a bounded number of seeds.
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
        Map<Long, Cell> grid = new HashMap<>(Math.max(16, n / 2));
        for (int i = 0; i < n; i++) {
            grid.computeIfAbsent(key(Math.floor(xs[i] / radius), Math.floor(ys[i] / radius)), k -> new Cell()).add(i);
        }
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
                    Cell cell = grid.get(key(cx + dx, cy + dy));
                    if (cell == null) {
                        continue;
                    }
                    int w = 0;
                    for (int k = 0; k < cell.size; k++) {
                        int p = cell.items[k];
                        if (taken[p]) {
                            continue;
                        }
                        double ddx = xs[p] - xs[seed];
                        double ddy = ys[p] - ys[seed];
                        if (ddx * ddx + ddy * ddy <= r2) {
                            taken[p] = true;
                            groupOf[p] = group;
                            sizes[group]++;
                        } else {
                            cell.items[w++] = p;
                        }
                    }
                    cell.size = w;
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

    private static long key(double cx, double cy) {
        return ((long) cx << 32) ^ ((long) cy & 0xFFFF_FFFFL);
    }

    /** The free points of one grid cell (compacted as points are taken). */
    private static final class Cell {
        int[] items = new int[4];
        int size;

        void add(int i) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = i;
        }
    }
}
