package org.borderwatch.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.borderwatch.render.MapScene;
import org.borderwatch.services.HeapInUse;

/**
 * The window's own heap while browsing, for the {@code bench} command's child JVM: with
 * {@code -Dborderwatch.browseDays=N}, once the window's events are on the map, the date moves one
 * day at a time (forward, or back when fewer than N days are left), N times — each step as soon as
 * the map has shown the last day with its events, as a user scrubbing the timeline — and then one
 * line {@code browsing-heap-bytes B ms T} is printed: the heap in use right after a full collection
 * ({@link HeapInUse}: map, event cache, frame layers, everything the window holds) and how long the
 * N days took. Without the property nothing happens. FX thread only.
 */
final class BrowsingTrace {
    /** The system property with the number of days to browse. */
    static final String PROPERTY = "borderwatch.browseDays";

    private BrowsingTrace() {
    }

    /** The days to browse, or 0 when not asked to. */
    static int days() {
        return Integer.getInteger(PROPERTY, 0);
    }

    /**
     * Browses {@code days} days forward in {@code window} and then runs {@code done} (on the FX
     * thread) after printing the heap in use.
     */
    static void browse(MainWindow window, int days, Runnable done) {
        long start = System.nanoTime();
        int[] left = {days};
        // forward, or back from the last day of the record
        TimelineViewModel t = window.timeline();
        long step = t.clamp(t.date().plusDays(days)).equals(t.date().plusDays(days)) ? 1 : -1;
        ChangeListener<MapScene> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends MapScene> o, MapScene before, MapScene shown) {
                if (shown == null || shown.situation() == null || shown.situation() != window.situation().situation()
                        || !window.eventsLoadedProperty().get()) {
                    return;
                }
                if (left[0]-- > 0) {
                    t.stepDays(step);
                    return;
                }
                o.removeListener(this);
                long ms = (System.nanoTime() - start) / 1_000_000;
                long used = HeapInUse.afterFullCollection();
                System.out.println("browsing-heap-bytes " + used + " ms " + ms);
                System.out.flush();
                done.run();
            }
        };
        window.map().shownSceneProperty().addListener(listener);
        t.stepDays(step);
    }
}
