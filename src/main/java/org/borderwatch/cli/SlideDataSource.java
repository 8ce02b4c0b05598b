package org.borderwatch.cli;

import java.nio.file.Path;
import org.borderwatch.slides.SlideData;

/**
 * Where the {@code render} and {@code slides} commands get their data: the situation snapshot,
 * the annotations and the base map. The default reads the store ({@link StoreSlideData}); tests
 * pass a source of their own.
 */
@FunctionalInterface
public interface SlideDataSource {
    /** Loads the data from the database file {@code db} ({@link StoreOptions#path()}). */
    SlideData load(Path db) throws Exception;
}
