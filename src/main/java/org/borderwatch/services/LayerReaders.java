package org.borderwatch.services;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.render.UserLayer;

/**
 * The layer readers by file extension, for {@code render --layer F}. A file with no reader is
 * refused with a one-line reason naming the extensions that can be read. Thread-safe.
 */
public final class LayerReaders {
    private static final Map<String, LayerReader> BY_EXTENSION = new ConcurrentHashMap<>();

    static {
        register("gpkg", new GeoPackageLayerReader());
    }

    private LayerReaders() {
    }

    /** Makes {@code reader} read files ending in {@code .extension} (e.g. {@code gpkg}). */
    public static void register(String extension, LayerReader reader) {
        BY_EXTENSION.put(extension.toLowerCase(Locale.ROOT), reader);
    }

    /** Reads {@code file} with the reader registered for its extension. */
    public static UserLayer read(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        LayerReader reader = BY_EXTENSION.get(ext);
        if (reader == null) {
            String known = String.join(", .", new TreeMap<>(BY_EXTENSION).keySet());
            throw new IOException(file + ": no layer reader for '." + ext + "' files in this build"
                    + (known.isEmpty() ? "" : " (readable: ." + known + ")"));
        }
        return reader.read(file);
    }
}
