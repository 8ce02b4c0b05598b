package org.borderwatch.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.borderwatch.render.MapScene;
import org.borderwatch.services.HeapInUse;

/**
 * The window's own date changes and heap while browsing, for the {@code bench} command's child
 * JVM: with {@code -Dborderwatch.browseDays=N}, once the window's events are on the map, the date
 * moves one day at a time (forward, or back when fewer than W + N days are left), first W times
 * ({@code -Dborderwatch.browseWarmUpDays=W}, default 0: the painting code compiled as after a
 * while in the window), then N times, each step as soon as the map has shown the last day with its
 * events, as a user scrubbing the timeline. Each of the N steps is timed from the date change to
 * the map showing that day with its events, and two lines are printed:
 * {@code browsing-steps-ms N p50 X p95 Y max Z}, and {@code browsing-heap-bytes B ms T}: the heap
 * in use right after a full collection ({@link HeapInUse}: map, event cache, frame layers,
 * everything the window holds) and how long the N days took. Without the property nothing
 * happens. FX thread only.
 */
final class BrowsingTrace {
    /** The system property with the number of days to browse. */
    static final String PROPERTY = "borderwatch.browseDays";
    /** The system property with the number of days to browse, untimed, before them. */
    static final String WARM_UP_PROPERTY = "borderwatch.browseWarmUpDays";

    private BrowsingTrace() {
    }

    /** The days to browse, or 0 when not asked to. */
    static int days() {
        return Integer.getInteger(PROPERTY, 0);
    }

    /** The days to browse untimed first, 0 unless asked for. */
    static int warmUpDays() {
        return Math.max(0, Integer.getInteger(WARM_UP_PROPERTY, 0));
    }

    /**
     * Browses {@code warmUp} days and then {@code days} timed days forward (or back) in
     * {@code window}, prints the two lines to {@code out} and then runs {@code done} (on the FX
     * thread).
     */
    static void browse(MainWindow window, int warmUp, int days, java.io.PrintStream out, Runnable done) {
        long[] start = {System.nanoTime()};
        long[] stepped = new long[1];
        double[] steps = new double[days];
        int[] left = {warmUp + days};
        // the situation of the day last shown: another frame of it (a repaint) is not the next day's
        Object[] last = {window.situation().situation()};
        // forward, or back from the last day of the record
        TimelineViewModel t = window.timeline();
        int all = warmUp + days;
        long step = t.clamp(t.date().plusDays(all)).equals(t.date().plusDays(all)) ? 1 : -1;
        ChangeListener<MapScene> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends MapScene> o, MapScene before, MapScene shown) {
                if (shown == null || shown.situation() == null || shown.situation() != window.situation().situation()
                        || !window.eventsLoadedProperty().get() || shown.situation() == last[0]) {
                    return;
                }
                last[0] = shown.situation();
                long now = System.nanoTime();
                // the step whose day this frame shows, counted from 0
                int shownStep = warmUp + days - left[0];
                if (shownStep >= warmUp) {
                    steps[shownStep - warmUp] = (now - stepped[0]) / 1e6;
                } else if (shownStep == warmUp - 1) {
                    start[0] = now;
                }
                if (--left[0] > 0) {
                    stepped[0] = System.nanoTime();
                    t.stepDays(step);
                    return;
                }
                o.removeListener(this);
                report(steps, (now - start[0]) / 1_000_000, done);
            }

            private void report(double[] timed, long ms, Runnable then) {
                double[] sorted = timed.clone();
                java.util.Arrays.sort(sorted);
                out.println(String.format(java.util.Locale.ROOT, "browsing-steps-ms %d p50 %.1f p95 %.1f max %.1f",
                        sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.95),
                        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]));
                long used = HeapInUse.afterFullCollection();
                out.println("browsing-heap-bytes " + used + " ms " + ms);
                out.flush();
                then.run();
            }
        };
        window.map().shownSceneProperty().addListener(listener);
        stepped[0] = System.nanoTime();
        t.stepDays(step);
    }

    /** The {@code q} quantile of {@code sorted} (nearest rank), NaN when empty. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
