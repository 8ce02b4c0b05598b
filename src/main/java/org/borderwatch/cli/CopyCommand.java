package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.store.ImportException;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreCopy;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code copy --from STORE --to STORE [--annotations-only]}: moves a store's content between a
 * SQLite file and a team store (either way), with every annotation's history. All or nothing;
 * run again after an interruption, it adds nothing twice. A file named by {@code --to} that does
 * not exist yet is created empty (not seeded), and removed again if the copy fails.
 */
@Command(name = "copy",
        description = "Copy a whole store between SQLite and PostgreSQL, losslessly and all or nothing.")
public final class CopyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--from", paramLabel = "STORE", required = true,
            description = "The store to copy: a database file or postgresql://[user@]host[:port]/dbname.")
    private String from;

    @Option(names = "--to", paramLabel = "STORE", required = true,
            description = "The store to copy into: a database file (created empty when missing) or a team store.")
    private String to;

    @Option(names = "--annotations-only",
            description = "Copy only the annotations and their history (their linked events must be in the target).")
    private boolean annotationsOnly;

    @Override
    public Integer call() throws StoreException, ImportException, java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!ServerAddress.isServerAddress(from) && !Files.isRegularFile(Path.of(from))) {
            throw new StoreException(from + ": no such database file");
        }
        boolean created = !ServerAddress.isServerAddress(to) && !Files.exists(Path.of(to));
        boolean done = false;
        Path scratch = Files.createTempDirectory("borderwatch-copy");
        try (Store source = open(from); Store target = ServerAddress.isServerAddress(to) ? open(to) : Store.open(Path.of(to))) {
            StoreCopy.Result r = StoreCopy.copy(source, target, annotationsOnly, scratch);
            out.printf(Locale.ROOT, "Copied %s into %s in %.1f s:%n", source.location(), target.location(), r.seconds());
            for (String line : r.items().lines()) {
                out.println("  " + line);
            }
            out.println("  annotation histories: " + r.historiesCopied() + " copied with their revisions (new ones only)");
            done = true;
        } finally {
            Files.deleteIfExists(scratch);
            if (!done && created) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(Path.of(to + suffix));
                }
            }
        }
        return 0;
    }

    private static Store open(String address) throws StoreException {
        return ServerAddress.isServerAddress(address) ? Store.openOrCreateSeeded(address, StoreOptions.prompt())
                : Store.open(Path.of(address));
    }
}
