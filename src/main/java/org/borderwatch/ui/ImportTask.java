package org.borderwatch.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.ImportCancelledException;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.services.AcledImportSupport;
import org.borderwatch.services.GeoImportSupport;
import org.borderwatch.services.ImportFormat;
import org.borderwatch.services.PassProgress;
import org.borderwatch.store.ImportResult;
import org.borderwatch.store.Store;

/**
 * Imports one file into the window's store, the format chosen by the file's extension
 * ({@link ImportFormat#of}). Each import is one transaction: a failure or a cancel
 * leaves the store as it was. Run on {@link Background#work()}; the value is a one-paragraph
 * summary of what changed. Every format reports progress in bytes read (over all the passes it
 * reads its file in) and says what it does.
 *
 * <p>Cancelling is asked for ({@link #requestCancel}), not imposed: the importing thread stops
 * at its next read and rolls back, and only then is the task cancelled. A request that comes
 * after the last read, while the transaction commits, is too late: the task succeeds and says
 * what it imported — a task cancelled from outside would claim that nothing changed while the
 * commit went on.
 */
public final class ImportTask extends Task<String> {
    private final StoreAccess store;
    private final Path file;
    private final ImportFormat format;
    private volatile boolean cancelRequested;

    /**
     * @throws IllegalArgumentException when the extension names no known format
     */
    public ImportTask(StoreAccess store, Path file) {
        this.store = store;
        this.file = file;
        this.format = ImportFormat.of(file);
        updateTitle("Importing " + file.getFileName());
    }

    /** Asks the import to stop at its next read; nothing is written then. Any thread. */
    public void requestCancel() {
        cancelRequested = true;
        updateMessage("Cancelling…");
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
        try {
            return importFile(store.store());
        } catch (CancellationException | ImportCancelledException e) {
            // stopped before the commit: the store is as it was
            cancel(false);
            return null;
        }
    }

    private String importFile(Store st) throws Exception {
        if (format == ImportFormat.ACLED) {
            AcledImportResult r = AcledImportSupport.importFile(st, file, AcledImportOptions.DEFAULTS
                    .withProgress((rows, bytes, total) -> {
                        updateProgress(bytes, Math.max(total, bytes));
                        if (!cancelRequested) {
                            // "Cancelling…" stays until the import has stopped
                            updateMessage(String.format(Locale.ROOT, "%,d rows read", rows));
                        }
                    })
                    .withCancellation(() -> cancelRequested));
            return st.searchIndexBehind()
                    ? r.summary() + "\nThe events are being indexed for search in the background (a few seconds); "
                            + "a search made meanwhile waits for it."
                    : r.summary();
        }
        PassProgress progress = (message, done, total) -> {
            if (cancelRequested) {
                throw new CancellationException("import of " + file.getFileName() + " cancelled");
            }
            updateProgress(done, total);
            updateMessage(message);
        };
        ImportResult result = switch (format) {
            case GEOJSON -> GeoImportSupport.importGeoJson(st, file, progress);
            case KML -> GeoImportSupport.importKml(st, file, new KmlReader.ForeignDefaults(
                    System.getProperty("user.name", "unknown"), Instant.now(), "#FF7F0E"), progress);
            default -> GeoImportSupport.importBundle(st, file, progress);
        };
        updateProgress(1, 1);
        return result.unchanged() ? "Nothing changed: everything in " + file.getFileName() + " was already stored."
                : String.join("\n", result.lines());
    }
}
