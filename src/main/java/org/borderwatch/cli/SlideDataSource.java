package org.borderwatch.cli;

import org.borderwatch.slides.SlideData;

/**
 * Where the {@code render} and {@code slides} commands get their data: the crossings and
 * intervals, the events by window, the annotations and the base map. The default reads the store
 * ({@link StoreSlideData}), which stays open while the slides are composed so that each slide
 * reads its own window; tests pass a source of their own.
 */
@FunctionalInterface
public interface SlideDataSource {
    /**
     * Opens the data of the store at {@code db} — a database file or a server address
     * ({@link StoreOptions#address()}); the caller closes it once the slides are written.
     */
    Opened open(String db) throws Exception;

    /**
     * Slide data and what to release once the slides are written.
     *
     * @param data    the data
     * @param release closes what the data reads from (the store), or does nothing
     */
    record Opened(SlideData data, AutoCloseable release) implements AutoCloseable {
        /** Data that holds nothing open. */
        public static Opened of(SlideData data) {
            return new Opened(data, () -> { });
        }

        @Override
        public void close() throws Exception {
            release.close();
        }
    }
}
