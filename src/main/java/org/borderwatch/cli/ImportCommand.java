package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderwatch.interop.AcledImportOptions;
import org.borderwatch.interop.AcledImportResult;
import org.borderwatch.interop.ImportCancelledException;
import org.borderwatch.interop.InputFormatException;
import org.borderwatch.interop.KmlReader;
import org.borderwatch.services.AcledImportSupport;
import org.borderwatch.services.GeoImportSupport;
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
 */
@Command(name = "import",
        description = "Import a Borderwatch bundle, an ACLED CSV export, GeoJSON or KML: all of it, or nothing with the reason.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    private StoreOptions store;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Format of FILE: json (a Borderwatch bundle; default), acled (ACLED CSV), geojson or kml.")
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
        String fmt = format.toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("json", "acled", "geojson", "kml").contains(fmt)) {
            err.println("import: unsupported format '" + format + "' (expected json, acled, geojson or kml)");
            return 2;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            err.println("import: " + file + ": no such file");
            return 1;
        }
        try (Store st = store.open()) {
            String db = st.location();
            if (fmt.equals("acled")) {
                AcledImportResult r = AcledImportSupport.importFile(st, file,
                        AcledImportOptions.DEFAULTS.withSkipInvalid(skipInvalid));
                out.print(r.summary() + "\n");
                for (var skipped : r.skipped()) {
                    out.print("  skipped " + skipped + "\n");
                }
                if (r.skippedCount() > r.skipped().size()) {
                    out.print("  … and " + (r.skippedCount() - r.skipped().size()) + " more skipped rows\n");
                }
                if (st.searchIndexBehind()) {
                    out.flush();
                    long t = System.nanoTime();
                    st.completeSearchIndex();
                    out.printf(java.util.Locale.ROOT, "  search index: the imported events indexed in %.1f s%n",
                            (System.nanoTime() - t) / 1e9);
                }
                out.flush();
                return 0;
            }
            ImportResult result = switch (fmt) {
                case "geojson" -> GeoImportSupport.importGeoJson(st, file);
                case "kml" -> GeoImportSupport.importKml(st, file, new KmlReader.ForeignDefaults(
                        System.getProperty("user.name", "unknown"), java.time.Instant.now(), "#FF7F0E"));
                default -> st.importBundle(file);
            };
            out.print("Imported " + file + " into " + db + (result.unchanged() ? " (nothing changed)" : "") + ":\n");
            for (String line : result.lines()) {
                out.print("  " + line + "\n");
            }
            out.flush();
            return 0;
        } catch (ImportException | InputFormatException e) {
            err.println("import: nothing was imported: " + e.getMessage());
            return 1;
        } catch (ImportCancelledException e) {
            err.println("import: cancelled; nothing was imported");
            return 1;
        } catch (StoreException | java.io.IOException e) {
            err.println("import: " + e.getMessage());
            return 1;
        }
    }
}
