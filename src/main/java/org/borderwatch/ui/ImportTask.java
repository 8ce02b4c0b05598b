package org.borderwatch.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javafx.concurrent.Task;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.services.AcledImportSupport;
import org.borderwatch.services.GeoImportSupport;
import org.borderwatch.store.ImportResult;
import org.borderwatch.store.Store;

/**
 * Imports one file into the window's store, the format chosen by the file's extension: {@code .json}
 * or {@code .borderwatch} a Borderwatch bundle, {@code .csv} an ACLED export, {@code .geojson} a GeoJSON feature
 * collection, {@code .kml} a KML file. Each import is one transaction: a failure or a cancel
 * leaves the store as it was. Run on {@link Background#work()}; the value is a one-paragraph
 * summary of what changed. ACLED imports report progress in bytes read and stop when cancelled.
 */
public final class ImportTask extends Task<String> {
    /** The formats, by file extension. */
    public enum Format { BUNDLE, ACLED, GEOJSON, KML }

    private final StoreAccess store;
    private final Path file;
    private final Format format;

    /**
     * @throws IllegalArgumentException when the extension names no known format
     */
    public ImportTask(StoreAccess store, Path file) {
        this.store = store;
        this.file = file;
        this.format = formatOf(file);
        updateTitle("Importing " + file.getFileName());
    }

    /** The format of {@code file} by its extension. */
    public static Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".geojson")) {
            return Format.GEOJSON;
        }
        if (name.endsWith(".json") || name.endsWith(".borderwatch")) {
            return Format.BUNDLE;
        }
        if (name.endsWith(".csv")) {
            return Format.ACLED;
        }
        if (name.endsWith(".kml")) {
            return Format.KML;
        }
        throw new IllegalArgumentException(file.getFileName()
                + ": unknown format (expected a .borderwatch or .json bundle, .csv ACLED export, .geojson or .kml)");
    }

    /** The format this task reads. */
    public Format format() {
        return format;
    }

    @Override
    protected String call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException(file + ": no such file");
        }
        updateMessage("Importing " + file.getFileName() + "…");
        Store st = store.store();
        if (format == Format.ACLED) {
            AcledImportResult r = AcledImportSupport.importFile(st, file, AcledImportOptions.DEFAULTS
                    .withProgress((rows, bytes, total) -> {
                        updateProgress(bytes, Math.max(total, bytes));
                        updateMessage(String.format(Locale.ROOT, "%,d rows read", rows));
                    })
                    .withCancellation(this::isCancelled));
            return st.searchIndexBehind()
                    ? r.summary() + "\nThe events are being indexed for search in the background (a few seconds); "
                            + "a search made meanwhile waits for it."
                    : r.summary();
        }
        ImportResult result = switch (format) {
            case GEOJSON -> GeoImportSupport.importGeoJson(st, file);
            case KML -> GeoImportSupport.importKml(st, file, new KmlReader.ForeignDefaults(
                    System.getProperty("user.name", "unknown"), Instant.now(), "#FF7F0E"));
            default -> st.importBundle(file);
        };
        updateProgress(1, 1);
        return result.unchanged() ? "Nothing changed: everything in " + file.getFileName() + " was already stored."
                : String.join("\n", result.lines());
    }
}
