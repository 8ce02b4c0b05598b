package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        description = "Export sources, crossings, intervals, events and annotations as a Borderwatch JSON bundle.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    private StoreOptions store;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: json (a Borderwatch bundle; default).")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    private Path out;

    public ExportCommand() {
        // picocli fills the fields
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equalsIgnoreCase("json")) {
            err.println("export: unsupported format '" + format + "' (expected json)");
            return 2;
        }
        Counts counts;
        try (Store st = store.open()) {
            st.exportBundle(out);
            counts = st.counts();
        } catch (StoreException e) {
            err.println("export: " + e.getMessage());
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print("Exported " + counts.sources() + " sources, " + counts.crossings() + " crossings, " + counts.intervals()
                + " intervals, " + counts.events() + " events and " + counts.annotations() + " annotations to " + out + "\n");
        o.flush();
        return 0;
    }
}
