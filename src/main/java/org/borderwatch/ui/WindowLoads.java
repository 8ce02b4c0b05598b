package org.borderwatch.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.SituationData;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.services.EventWindowCache;

/**
 * The window's background loads, in the order its first frame wants them: the base map and the
 * store's crossings and intervals together ({@link StartupLoads}, possibly started before the
 * window), then — once the window calls {@link #loadEvents()}, after that first frame — how many
 * events each day has ({@link EventDays}, from the counts the store keeps: milliseconds whatever
 * the number of events). The events themselves are read window by window afterwards
 * ({@link EventWindowCache}). Results and errors are handed to the window's callbacks on the FX
 * thread; nothing here touches the store or a file on the FX thread.
 */
final class WindowLoads {
    /** What the window does with each result (all called on the FX thread). */
    interface Listener {
        void mapLoaded(BaseMap map);

        void mapFailed(String message);

        /** The store's crossings, intervals and sources, without events. */
        void statusLoaded(SituationData status);

        /** Crossings and intervals with the events per day (first load, or a reload after an import). */
        void dataLoaded(SituationData status, EventDays days);

        void dataFailed(String message);
    }

    private final StoreAccess store;
    private final Callable<BaseMap> mapLoader;
    private StartupLoads started;
    private Listener listener;
    private boolean eventsRequested;

    /**
     * @param store     the user's store
     * @param mapLoader reads the base map (on a background thread) when {@code started} is null
     * @param started   loads already under way, taken over once; or null
     */
    WindowLoads(StoreAccess store, Callable<BaseMap> mapLoader, StartupLoads started) {
        this.store = store;
        this.mapLoader = mapLoader;
        this.started = started;
    }

    /** Starts (or takes over) the map and the status loads. FX thread. */
    void start(Listener listener) {
        StartupLoads loads = started != null ? started : new StartupLoads(Background.supply(mapLoader), Background.supply(() -> {
            store.store();
            return store.loadStatus();
        }));
        started = null;
        loads.map().whenComplete((map, error) -> Platform.runLater(() -> {
            if (error != null) {
                listener.mapFailed(rootMessage(error));
            } else {
                listener.mapLoaded(map);
            }
        }));
        loads.status().whenComplete((status, error) -> Platform.runLater(() -> {
            if (error != null) {
                listener.dataFailed(rootMessage(error));
            } else {
                listener.statusLoaded(status);
            }
        }));
        this.listener = listener;
    }

    /** Reads the events per day the first time it is called (later calls do nothing). FX thread. */
    void loadEvents() {
        if (!eventsRequested) {
            eventsRequested = true;
            reload();
        }
    }

    /** Reads the crossings, intervals and events per day again (e.g. after an import). FX thread. */
    void reload() {
        eventsRequested = true;
        Listener l = listener;
        Background.supply(() -> {
            Loaded d = new Loaded(store.loadStatus(), store.eventDays());
            StartupTrace.mark("event-days-loaded");
            return d;
        }).whenComplete((loaded, error) -> Platform.runLater(() -> {
            if (error != null) {
                l.dataFailed(rootMessage(error));
            } else {
                l.dataLoaded(loaded.status(), loaded.days());
            }
        }));
    }

    /** What {@link #reload} reads. */
    private record Loaded(SituationData status, EventDays days) {
    }

    /** The message of the error that caused {@code t}, without the wrappers of the futures. */
    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && (c instanceof CompletionException || c instanceof java.io.UncheckedIOException)) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
