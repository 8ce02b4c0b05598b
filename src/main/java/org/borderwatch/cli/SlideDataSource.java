package org.borderwatch.cli;

import org.borderwatch.slides.SlideData;

/**
 * Where the {@code render} and {@code slides} commands get their data: the situation snapshot,
 * the annotations and the base map. The default reads the store ({@link StoreSlideData}); tests
 * pass a source of their own.
 */
@FunctionalInterface
public interface SlideDataSource {
    /** Loads the data from the store at {@code db}: a file or a server address ({@link StoreOptions#address()}). */
    SlideData load(String db) throws Exception;
}
