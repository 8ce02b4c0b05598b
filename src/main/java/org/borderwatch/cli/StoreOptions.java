package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.borderwatch.store.OpenOptions;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.borderwatch.store.StoreNotFoundException;
import picocli.CommandLine.Option;

/**
 * The {@code --db PATH} and {@code --create} options every command shares (a picocli
 * {@code @Mixin}). Without {@code --db} the database is {@code BORDERWATCH_DB} or the user's data
 * folder ({@link Store#defaultPath()}).
 *
 * <p>A store is made only when the user asked for one: in the user's data folder (no
 * {@code --db}, no {@code BORDERWATCH_DB}) the first command creates and seeds it, folder and
 * all, as a first start should; a path the user named must exist, or be named with
 * {@code --create}, and its folder must exist — so a mistyped path is an error, not a new empty
 * store. Commands that only read open the store for reading: they never wait for an import that
 * runs meanwhile, and leave no file behind.
 */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file (default: $BORDERWATCH_DB, else the user's data directory).")
    private Path db;

    @Option(names = "--create",
            description = "Make a new store (seeded with the bundled data) at the --db path or $BORDERWATCH_DB when "
                    + "there is none; its folder must exist. The user's data folder needs no --create.")
    private boolean create;

    /** The database file the command works on. */
    public Path path() {
        return db != null ? db : Store.defaultPath();
    }

    /** Whether the store is the user's own in the data folder (no {@code --db}, no {@code BORDERWATCH_DB}). */
    boolean defaultLocation() {
        String env = System.getenv("BORDERWATCH_DB");
        return db == null && (env == null || env.isBlank());
    }

    /** Opens the store for reading; {@code err} (may be null) hears notices, prefixed with {@code command}. */
    public Store openForReading(String command, PrintWriter err) throws StoreException {
        return open(OpenOptions.reading(), command, err);
    }

    /** Opens the store for writing, waiting up to {@code wait} for another process that writes it. */
    public Store openForWriting(String command, PrintWriter err, Duration wait) throws StoreException {
        return open(OpenOptions.writing().waitingFor(wait), command, err);
    }

    private Store open(OpenOptions base, String command, PrintWriter err) throws StoreException {
        boolean mine = defaultLocation();
        OpenOptions o = base.creating(create || mine, mine).telling(text -> {
            if (err != null) {
                err.println(command + ": " + text);
                err.flush();
            }
        });
        try {
            return Store.openOrCreateSeeded(path(), o);
        } catch (StoreNotFoundException e) {
            throw new StoreException(e.getMessage() + " To make a new store there, run the command again with --create.", e);
        }
    }
}
