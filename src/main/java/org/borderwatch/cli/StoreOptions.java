package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.borderwatch.store.OpenOptions;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.borderwatch.store.StoreNotFoundException;
import picocli.CommandLine.Option;

/**
 * The {@code --db} and {@code --create} options every command shares (a picocli {@code @Mixin}):
 * a database file, or a team store on a server ({@code postgresql://[user@]host[:port]/dbname}).
 * Without {@code --db} the store is {@code BORDERWATCH_DB} (a file or a server address) or the file
 * in the user's data directory ({@link Store#defaultPath()}). A server password comes from
 * {@code ~/.pgpass} or {@code PGPASSWORD}, else it is asked for on the console.
 *
 * <p>A database file is made only when the user asked for one: in the user's data folder (no
 * {@code --db}, no {@code BORDERWATCH_DB}) the first command creates and seeds it, folder and
 * all, as a first start should; a file the user named must exist, or be named with
 * {@code --create}, and its folder must exist — so a mistyped path is an error, not a new empty
 * store. Commands that only read open a file for reading: they never wait for an import that
 * runs meanwhile, and leave no file behind.
 */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "STORE",
            description = "Database file, or a team store postgresql://[user@]host[:port]/dbname "
                    + "(default: $BORDERWATCH_DB, else the user's data directory).")
    private String db;

    @Option(names = "--create",
            description = "Make a new database file (seeded with the bundled data) at the --db path or $BORDERWATCH_DB "
                    + "when there is none; its folder must exist. The user's data folder needs no --create.")
    private boolean create;

    /** The store the command works on: a file path or a server address, as written. */
    public String address() {
        if (db != null && !db.isBlank()) {
            return db;
        }
        String env = System.getenv("BORDERWATCH_DB");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return Store.defaultPath().toString();
    }

    /** Whether the store is the user's own file in the data folder (no {@code --db}, no {@code BORDERWATCH_DB}). */
    boolean defaultLocation() {
        String env = System.getenv("BORDERWATCH_DB");
        return (db == null || db.isBlank()) && (env == null || env.isBlank());
    }

    /** Opens the store for reading; {@code err} (may be null) hears notices, prefixed with {@code command}. */
    public Store openForReading(String command, PrintWriter err) throws StoreException {
        return open(OpenOptions.reading(), command, err);
    }

    /** Opens the store for writing, waiting up to {@code wait} for another process that writes a database file. */
    public Store openForWriting(String command, PrintWriter err, Duration wait) throws StoreException {
        return open(OpenOptions.writing().waitingFor(wait), command, err);
    }

    private Store open(OpenOptions base, String command, PrintWriter err) throws StoreException {
        String address = address();
        if (ServerAddress.isServerAddress(address)) {
            return Store.openOrCreateSeeded(address, prompt());
        }
        boolean mine = defaultLocation();
        OpenOptions o = base.creating(create || mine, mine).telling(text -> {
            if (err != null) {
                err.println(command + ": " + text);
                err.flush();
            }
        });
        try {
            return Store.openOrCreateSeeded(Path.of(address), o);
        } catch (StoreNotFoundException e) {
            throw new StoreException(e.getMessage() + " To make a new store there, run the command again with --create.", e);
        }
    }

    /** The password prompt of the command line. */
    static PasswordPrompt prompt() {
        return ConsolePasswordPrompt.INSTANCE;
    }
}
