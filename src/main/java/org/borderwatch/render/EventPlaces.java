package org.borderwatch.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventChunk;
import org.borderwatch.domain.LongIndex;

/**
 * Where the events of a chunk stand on the screen: the tip of each one's pin, on its own place or
 * on the top of the crossing symbol it belongs to (by its crossing id, or placed within snapping
 * distance of the symbol). Worked out once per {@link EventChunk} and remembered while the chunk
 * lives — the projected positions (EPSG:3035 metres) for good, the screen positions for one
 * {@link Layout} (view and crossings placed in it) at a time — so that a date change, which keeps
 * the view and the window's held days, places only the day that came into the window. Plain
 * arrays of numbers per chunk, no object per event.
 *
 * <p>Thread-safe: chunks are remembered in a synchronized weak map (an entry goes when its chunk
 * is no longer held), and each chunk's screen positions are replaced whole.
 */
final class EventPlaces {
    private static final Map<EventChunk, Remembered> REMEMBERED = Collections.synchronizedMap(new WeakHashMap<>());

    private EventPlaces() {
    }

    /**
     * Screen positions of one chunk's events in one layout, pixels ({@link Double#NaN} for an event
     * without a location), with each event's category (its ordinal) and id, so that clustering and
     * counting need not visit the events themselves. The arrays are shared: read them only.
     */
    record Screen(Layout layout, double[] x, double[] y, byte[] categories, String[] ids) {
    }

    /** What is worked out for a chunk: its projected positions, and its screen positions in the last layout. */
    private static final class Remembered {
        final double[] px;
        final double[] py;
        final byte[] categories;
        final String[] ids;
        volatile Screen screen;

        Remembered(List<Event> events) {
            px = new double[events.size()];
            py = new double[events.size()];
            ProjectedPoints.projectAll(events, px, py);
            categories = new byte[events.size()];
            ids = new String[events.size()];
            for (int i = 0; i < ids.length; i++) {
                Event e = events.get(i);
                categories[i] = (byte) e.category().ordinal();
                ids[i] = e.id();
            }
        }
    }

    /**
     * The screen positions of {@code chunk}'s events in {@code layout}, remembered for the chunk
     * when {@code remember} (a chunk of the window's cache), else worked out for this call only.
     */
    static Screen of(EventChunk chunk, Layout layout, boolean remember) {
        Remembered r = remember ? REMEMBERED.get(chunk) : null;
        if (r == null) {
            r = new Remembered(chunk.events());
            if (remember) {
                REMEMBERED.put(chunk, r);
            }
        }
        Screen s = r.screen;
        if (s == null || !s.layout().equals(layout)) {
            s = layout.place(chunk.events(), r);
            r.screen = s;
        }
        return s;
    }

    /** How many chunks are remembered (for tests: they go with their chunks). */
    static int remembered() {
        synchronized (REMEMBERED) {
            return REMEMBERED.size();
        }
    }

    /**
     * The view and the crossings placed in it: everything a pin's screen position depends on
     * besides its event. Equal layouts place every event at the same pixel.
     */
    static final class Layout {
        private final Viewport view;
        private final double snap2;
        private final String[] ids;
        private final double[] symbols;
        private final List<CrossingPainter.Placed> crossings;
        private Map<String, CrossingPainter.Placed> byId;
        private CrossingGrid near;

        /**
         * @param view      the view
         * @param snap      how near (pixels) an event's place must be to a crossing symbol to stand on it
         * @param crossings the crossings placed in the view
         */
        Layout(Viewport view, double snap, List<CrossingPainter.Placed> crossings) {
            this.view = view;
            this.snap2 = snap * snap;
            this.crossings = crossings;
            this.ids = new String[crossings.size()];
            this.symbols = new double[3 * crossings.size()];
            for (int i = 0; i < ids.length; i++) {
                CrossingPainter.Placed p = crossings.get(i);
                ids[i] = p.crossing().id();
                symbols[3 * i] = p.x();
                symbols[3 * i + 1] = p.y();
                symbols[3 * i + 2] = p.radius();
            }
        }

        /** Places {@code events}, whose projected positions and kinds {@code r} holds. */
        private Screen place(List<Event> events, Remembered r) {
            double[] px = r.px;
            double[] py = r.py;
            if (byId == null) {
                Map<String, CrossingPainter.Placed> m = new HashMap<>();
                for (CrossingPainter.Placed p : crossings) {
                    m.put(p.crossing().id(), p);
                }
                byId = m;
                near = new CrossingGrid(crossings, Math.sqrt(snap2));
            }
            int n = events.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            double mpp = view.metresPerPixel();
            double ox = view.width() / 2.0 - view.centerX() / mpp;
            double oy = view.height() / 2.0 + view.centerY() / mpp;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(px[i])) {
                    xs[i] = Double.NaN;
                    ys[i] = Double.NaN;
                    continue;
                }
                double x = ox + px[i] / mpp;
                double y = oy - py[i] / mpp;
                String crossingId = events.get(i).crossingId();
                CrossingPainter.Placed at = crossingId == null ? null : byId.get(crossingId);
                if (at == null && !crossings.isEmpty()) {
                    at = near.nearest(x, y, snap2);
                }
                if (at != null) {
                    x = at.x();
                    y = at.y() - at.radius() * 1.25;
                }
                xs[i] = x;
                ys[i] = y;
            }
            return new Screen(this, xs, ys, r.categories, r.ids);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Layout l && view.equals(l.view) && snap2 == l.snap2 && Arrays.equals(ids, l.ids)
                    && Arrays.equals(symbols, l.symbols);
        }

        @Override
        public int hashCode() {
            return view.hashCode() * 31 + Arrays.hashCode(symbols);
        }
    }

    /**
     * The placed crossings in square cells as wide as the snapping distance, so that finding the
     * crossing an event snaps to looks at the crossings of nine cells instead of every crossing —
     * for each of the tens of thousands of events a window may hold.
     */
    static final class CrossingGrid {
        private final List<CrossingPainter.Placed> crossings;
        private final double cell;
        /** The cells that hold crossings, numbered ({@link LongIndex}), and each one's crossings. */
        private final LongIndex cells;
        private final int[][] members;

        CrossingGrid(List<CrossingPainter.Placed> crossings, double cell) {
            this.crossings = crossings;
            this.cell = cell > 0 ? cell : 1;
            cells = new LongIndex(crossings.size());
            List<List<Integer>> lists = new ArrayList<>();
            for (int i = 0; i < crossings.size(); i++) {
                CrossingPainter.Placed p = crossings.get(i);
                int c = cells.add(key(col(p.x()), col(p.y())));
                if (c == lists.size()) {
                    lists.add(new ArrayList<>());
                }
                lists.get(c).add(i);
            }
            members = lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }

        private long col(double v) {
            return (long) Math.floor(v / cell);
        }

        private static long key(long cx, long cy) {
            return cx * 0x9E3779B97F4A7C15L + cy;
        }

        /**
         * The crossing nearest to (x, y) within √{@code max2} pixels ({@code max2} at most the cell
         * squared), or {@code null}; of equally near ones, the last in the list.
         */
        CrossingPainter.Placed nearest(double x, double y, double max2) {
            long cx = col(x);
            long cy = col(y);
            int best = -1;
            double bestD = max2;
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    int c = cells.indexOf(key(i, j));
                    if (c < 0) {
                        continue;
                    }
                    for (int k : members[c]) {
                        CrossingPainter.Placed p = crossings.get(k);
                        double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
                        if (d < bestD || d == bestD && k > best) {
                            bestD = d;
                            best = k;
                        }
                    }
                }
            }
            return best < 0 ? null : crossings.get(best);
        }
    }
}
