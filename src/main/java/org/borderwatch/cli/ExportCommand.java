package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderwatch.services.ExportFormat;
import org.borderwatch.services.ExportFormats;
import org.borderwatch.store.Counts;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --format json --out FILE}: writes everything the database holds as a Borderwatch
 * bundle. The output is sorted, so exporting the same content twice gives the same bytes.
 */
@Command(name = "export",
        description = "Export crossings, intervals, events, sources and annotations: a Borderwatch JSON bundle, GeoJSON, KML or KMZ.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    private StoreOptions store;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format (default: by --out's extension, else json): json (a Borderwatch bundle), geojson (RFC 7946), kml (KML 2.2 with time spans) or kmz (KML with the slides' symbols as icons, nothing from the network).")
    private String format;

    @Option(names = "--date", paramLabel = "DATE", converter = DateOption.class,
            description = "GeoJSON: the day whose crossing status is written (default: today).")
    private java.time.LocalDate date;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    private Path out;

    public ExportCommand() {
        // picocli fills the fields
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt;
        try {
            fmt = format != null ? ExportFormat.parse(format) : ExportFormat.forFile(out);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
        String line;
        try (Store st = store.openForReading("export", err)) {
            line = ExportFormats.export(st, fmt, out, date != null ? date : java.time.LocalDate.now());
            if (fmt == ExportFormat.JSON) {
                Counts counts = st.counts();
                line = "Exported " + counts.sources() + " sources, " + counts.crossings() + " crossings, "
                        + counts.intervals() + " intervals, " + counts.events() + " events and "
                        + counts.annotations() + " annotations to " + out;
            }
        } catch (StoreException | java.io.IOException e) {
            err.println("export: " + e.getMessage());
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(line + "\n");
        o.flush();
        return 0;
    }
}
