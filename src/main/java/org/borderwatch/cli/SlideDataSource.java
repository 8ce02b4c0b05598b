package org.borderwatch.cli;

import java.time.LocalDate;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlideSpec;

/**
 * Where the {@code render} and {@code slides} commands get their data: the crossings and
 * intervals, the events by window, the annotations and the base map. The default reads the store
 * ({@link StoreSlideData}), which stays open while the slides are composed so that each slide
 * reads its own window; tests pass a source of their own.
 */
@FunctionalInterface
public interface SlideDataSource {
    /**
     * Opens the data of the store the options name (for reading: {@link StoreOptions#openForReading});
     * the caller closes it once the slides are written.
     */
    Opened open(StoreOptions store) throws Exception;

    /**
     * {@link #open(StoreOptions)} for slides from {@code first}'s day to {@code last} only: the data
     * need hold only the annotations shown on those days (the store reads no others), and may read
     * the events of {@code first} while it loads the rest. The default opens everything.
     */
    default Opened open(StoreOptions store, SlideSpec first, LocalDate last) throws Exception {
        return open(store);
    }

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
