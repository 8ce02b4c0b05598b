package org.borderwatch.services;

import java.io.IOException;
import java.nio.file.Path;
import org.borderwatch.render.UserLayer;

/**
 * Reads a layer file given with {@code render --layer F} into a {@link UserLayer} projected to
 * EPSG:3035. Readers are registered by file extension in {@link LayerReaders}.
 */
@FunctionalInterface
public interface LayerReader {
    /** Reads {@code file}; errors name the file and the place in it. */
    UserLayer read(Path file) throws IOException;
}
