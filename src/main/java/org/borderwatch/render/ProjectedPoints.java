package org.borderwatch.render;

import java.util.Arrays;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * Projected positions (EPSG:3035 metres) of WGS84 points, remembered so that repainting tens of
 * thousands of events on every date change — and every slide of a deck, on whichever thread paints
 * it — does not project them again. One table of plain numbers (open addressing on the bits of
 * latitude and longitude: no object per point), dropped whole when it passes {@value #MAX_ENTRIES}
 * points, at most {@value #TABLE_BYTES} bytes. The positions are exactly those
 * {@link MapProjection#forward(double, double)} gives. Thread-safe: the table is held while a
 * list of points is projected ({@link #projectAll}), once per list, not once per point.
 */
final class ProjectedPoints {
    static final int MAX_ENTRIES = 131_072;
    private static final int MAX_SLOTS = MAX_ENTRIES * 2;
    /** Two longs and two doubles and a flag per slot, at the largest size. */
    static final int TABLE_BYTES = MAX_SLOTS * 33;
    private static final Table TABLE = new Table();

    private ProjectedPoints() {
    }

    /** The projected position of {@code p} as a new coordinate. */
    static Coordinate of(GeoPoint p) {
        double[] xy = new double[2];
        synchronized (TABLE) {
            TABLE.project(p.lat(), p.lon(), xy);
        }
        return new Coordinate(xy[0], xy[1]);
    }

    /**
     * Writes the easting and northing of each event's location into {@code xs} and {@code ys}
     * (at its index), {@link Double#NaN} for an event without one.
     */
    static void projectAll(List<Event> events, double[] xs, double[] ys) {
        double[] xy = new double[2];
        synchronized (TABLE) {
            for (int i = 0; i < events.size(); i++) {
                GeoPoint p = events.get(i).location();
                if (p == null) {
                    xs[i] = Double.NaN;
                    ys[i] = Double.NaN;
                } else {
                    TABLE.project(p.lat(), p.lon(), xy);
                    xs[i] = xy[0];
                    ys[i] = xy[1];
                }
            }
        }
    }

    /** The remembered projections. Not thread-safe: held by {@link ProjectedPoints}. */
    private static final class Table {
        private long[] keys = new long[2 * 4096];
        private double[] values = new double[2 * 4096];
        private boolean[] used = new boolean[4096];
        private int size;

        /** Writes the easting and northing of (lat, lon) into {@code out[0]} and {@code out[1]}. */
        void project(double lat, double lon, double[] out) {
            long a = Double.doubleToLongBits(lat);
            long b = Double.doubleToLongBits(lon);
            int mask = used.length - 1;
            int slot = hash(a, b) & mask;
            while (used[slot]) {
                if (keys[2 * slot] == a && keys[2 * slot + 1] == b) {
                    out[0] = values[2 * slot];
                    out[1] = values[2 * slot + 1];
                    return;
                }
                slot = (slot + 1) & mask;
            }
            Coordinate c = MapProjection.forward(lon, lat);
            out[0] = c.x;
            out[1] = c.y;
            if (size >= MAX_ENTRIES) {
                Arrays.fill(used, false);
                size = 0;
            } else if (2 * (size + 1) > used.length && used.length < MAX_SLOTS) {
                grow();
            }
            mask = used.length - 1;
            slot = hash(a, b) & mask;
            while (used[slot]) {
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[2 * slot] = a;
            keys[2 * slot + 1] = b;
            values[2 * slot] = c.x;
            values[2 * slot + 1] = c.y;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            double[] oldValues = values;
            boolean[] oldUsed = used;
            int slots = oldUsed.length * 2;
            keys = new long[2 * slots];
            values = new double[2 * slots];
            used = new boolean[slots];
            int mask = slots - 1;
            for (int i = 0; i < oldUsed.length; i++) {
                if (oldUsed[i]) {
                    int slot = hash(oldKeys[2 * i], oldKeys[2 * i + 1]) & mask;
                    while (used[slot]) {
                        slot = (slot + 1) & mask;
                    }
                    used[slot] = true;
                    keys[2 * slot] = oldKeys[2 * i];
                    keys[2 * slot + 1] = oldKeys[2 * i + 1];
                    values[2 * slot] = oldValues[2 * i];
                    values[2 * slot + 1] = oldValues[2 * i + 1];
                }
            }
        }

        private static int hash(long a, long b) {
            long h = a * 0x9E3779B97F4A7C15L + b;
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            return (int) h;
        }
    }
}
