package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
 * {@code import FILE [--format json]}: reads a Borderwatch bundle into the database. Everything
 * is checked before anything is written; on any problem nothing changes and the command names
 * the file and the JSON pointer (or line and column) with what was expected.
 */
@Command(name = "import",
        description = "Import a Borderwatch JSON bundle: all of it, or nothing with the reason.")
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
            description = "Format of FILE: json (a Borderwatch bundle; default).")
    private String format;

    public ImportCommand() {
        // picocli fills the fields
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equalsIgnoreCase("json")) {
            err.println("import: unsupported format '" + format + "' (expected json)");
            return 2;
        }
        ImportResult result;
        Path db = store.path();
        try (Store st = store.open()) {
            result = st.importBundle(file);
        } catch (ImportException e) {
            err.println("import: nothing was imported: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("import: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print("Imported " + file + " into " + db + (result.unchanged() ? " (nothing changed)" : "") + ":\n");
        for (String line : result.lines()) {
            out.print("  " + line + "\n");
        }
        out.flush();
        return 0;
    }
}
