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
import org.borderwatch.services.ImportFormat;
import org.borderwatch.store.ImportResult;
import org.borderwatch.store.Store;

/**
 * Imports one file into the window's store, the format chosen by the file's extension
 * ({@link ImportFormat#of}). Each import is one transaction: a failure or a cancel
 * leaves the store as it was. Run on {@link Background#work()}; the value is a one-paragraph
 * summary of what changed. ACLED imports report progress in bytes read and stop when cancelled.
 */
public final class ImportTask extends Task<String> {
    private final StoreAccess store;
    private final Path file;
    private final ImportFormat format;

    /**
     * @throws IllegalArgumentException when the extension names no known format
     */
    public ImportTask(StoreAccess store, Path file) {
        this.store = store;
        this.file = file;
        this.format = ImportFormat.of(file);
        updateTitle("Importing " + file.getFileName());
    }

    /** The format this task reads. */
    public ImportFormat format() {
        return format;
    }

    @Override
    protected String call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException(file + ": no such file");
        }
        updateMessage("Importing " + file.getFileName() + "…");
        Store st = store.store();
        if (format == ImportFormat.ACLED) {
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
