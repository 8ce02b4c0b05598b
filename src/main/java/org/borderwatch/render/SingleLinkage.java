package org.borderwatch.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Groups points by single linkage: two points closer than a distance are in one group, and so,
 * transitively, are their neighbours. O(n²), for the few dozen crossings of a view. Groups keep
 * their members in input order and come out in the order of their first member.
 */
final class SingleLinkage {
    private SingleLinkage() {
    }

    static <T> List<List<T>> groups(List<T> items, ToDoubleFunction<T> x, ToDoubleFunction<T> y, double within) {
        int n = items.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            T a = items.get(i);
            for (int j = i + 1; j < n; j++) {
                T b = items.get(j);
                if (Math.hypot(x.applyAsDouble(a) - x.applyAsDouble(b), y.applyAsDouble(a) - y.applyAsDouble(b)) < within) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
