package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.files.InputFile;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.ImportCancelledException;
import org.borderwatch.interop.InputFormatException;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.services.AcledImportSupport;
import org.borderwatch.services.GeoImportSupport;
import org.borderwatch.services.ImportFormat;
import org.borderwatch.store.ImportException;
import org.borderwatch.store.ImportResult;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import FILE [--format json|acled|geojson|kml] [--skip-invalid]}: reads a file into the
 * database. Everything is checked before anything is written; on any problem nothing changes and
 * the command names the file and the place (JSON pointer, or line and column) with what was wrong.
 *
 * <p>The exit status says what was stored: 0 once the import has committed — work that follows
 * and may fail without losing anything (indexing the text for search, closing the store) is a
 * warning on standard error saying what happens next — and 1 when nothing was imported. While
 * another process writes the store (a second import), the command waits for it, saying so, up to
 * {@link #WAIT}.
 */
@Command(name = "import",
        description = "Import a Borderwatch bundle, an ACLED CSV export, GeoJSON or KML: all of it, or nothing with the reason.")
public final class ImportCommand implements Callable<Integer> {
    /** How long an import waits for another process that writes the store. */
    static final Duration WAIT = Duration.ofMinutes(30);

    @Mixin
    private StoreOptions store;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format of FILE: json (a Borderwatch bundle), acled (ACLED CSV), geojson or kml "
                    + "(default: by its extension: .json/.borderwatch, .csv, .geojson, .kml).")
    private String format;

    @Option(names = "--skip-invalid",
            description = "ACLED only: skip rows that cannot be read (they are listed) instead of importing nothing.")
    private boolean skipInvalid;

    public ImportCommand() {
        // picocli fills the fields
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ImportFormat fmt;
        try {
            fmt = format != null ? ImportFormat.named(format) : ImportFormat.of(file);
        } catch (IllegalArgumentException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
        try {
            InputFile.check(file);
        } catch (InputFile.NotReadableException e) {
            err.println("import: nothing was imported: " + e.getMessage());
            return 1;
        }
        Store st;
        try {
            st = store.openForWriting("import", err, WAIT);
        } catch (StoreException e) {
            err.println("import: nothing was imported: " + e.getMessage());
            return 1;
        }
        boolean committed = false;
        TerminalProgress progress = TerminalProgress.onTerminal();
        String name = file.getFileName().toString();
        try {
            if (fmt == ImportFormat.ACLED) {
                AcledImportResult r = AcledImportSupport.importFile(st, file,
                        AcledImportOptions.DEFAULTS.withSkipInvalid(skipInvalid).withProgress((rows, bytes, total) ->
                                progress.update(String.format(java.util.Locale.ROOT, "Reading %s: %,d rows", name, rows),
                                        bytes, total)));
                committed = true;
                progress.clear();
                out.print(r.summary() + "\n");
                for (var skipped : r.skipped()) {
                    out.print("  skipped " + skipped + "\n");
                }
                if (r.skippedCount() > r.skipped().size()) {
                    out.print("  … and " + (r.skippedCount() - r.skipped().size()) + " more skipped rows\n");
                }
                out.flush();
                completeSearchIndex(st, out, err);
                return 0;
            }
            ImportResult result = switch (fmt) {
                case GEOJSON -> GeoImportSupport.importGeoJson(st, file, progress::update);
                case KML -> GeoImportSupport.importKml(st, file, new KmlReader.ForeignDefaults(
                        System.getProperty("user.name", "unknown"), java.time.Instant.now(), "#FF7F0E"), progress::update);
                default -> GeoImportSupport.importBundle(st, file, progress::update);
            };
            committed = true;
            progress.clear();
            out.print("Imported " + file + " into " + st.location() + (result.unchanged() ? " (nothing changed)" : "") + ":\n");
            for (String line : result.lines()) {
                out.print("  " + line + "\n");
            }
            out.flush();
            return 0;
        } catch (ImportException | InputFormatException e) {
            progress.clear();
            err.println("import: nothing was imported: " + e.getMessage());
            return 1;
        } catch (ImportCancelledException e) {
            progress.clear();
            err.println("import: cancelled; nothing was imported");
            return 1;
        } catch (StoreException | java.io.IOException e) {
            progress.clear();
            err.println("import: nothing was imported: " + e.getMessage());
            return 1;
        } finally {
            close(st, committed, err);
        }
    }

    /** Indexes the text a large import left for later; a failure is a warning: the events are stored. */
    private static void completeSearchIndex(Store st, PrintWriter out, PrintWriter err) {
        if (!st.searchIndexBehind()) {
            return;
        }
        long t = System.nanoTime();
        try {
            st.completeSearchIndex();
            out.printf(Locale.ROOT, "  search index: the imported events indexed in %.1f s%n", (System.nanoTime() - t) / 1e9);
            out.flush();
        } catch (StoreException e) {
            err.println("import: warning: the events are stored, but indexing their text for search failed: "
                    + e.getMessage() + " Until it is done, search leaves them out; the next command that opens "
                    + "this store for writing, or a search, indexes them.");
        }
    }

    /** Closes the store; after a commit a failure to close loses nothing and is a warning. */
    private static void close(Store st, boolean committed, PrintWriter err) {
        try {
            st.close();
        } catch (StoreException e) {
            err.println("import: " + (committed ? "warning: the import is stored, but " : "") + e.getMessage());
        }
    }
}
