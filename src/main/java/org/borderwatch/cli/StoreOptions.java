package org.borderwatch.cli;

import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every command shares (a picocli {@code @Mixin}): a database file, or a
 * team store on a server ({@code postgresql://[user@]host[:port]/dbname}). Without it the store is
 * {@code BORDERWATCH_DB} (a file or a server address) or the file in the user's data directory
 * ({@link Store#defaultPath()}); a file that does not exist yet is created and seeded from the
 * bundled data. A server password comes from {@code ~/.pgpass} or {@code PGPASSWORD}, else it is
 * asked for on the console.
 */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "STORE",
            description = "Database file, or a team store postgresql://[user@]host[:port]/dbname "
                    + "(default: $BORDERWATCH_DB, else the user's data directory).")
    private String db;

    /** The store the command works on: a file path or a server address, as written. */
    public String address() {
        if (db != null && !db.isBlank()) {
            return db;
        }
        String env = System.getenv("BORDERWATCH_DB");
        if (env != null && ServerAddress.isServerAddress(env)) {
            return env.strip();
        }
        return Store.defaultPath().toString();
    }

    /** Opens the store, creating and seeding a database file on first use. */
    public Store open() throws StoreException {
        return Store.openOrCreateSeeded(address(), ConsolePasswordPrompt.INSTANCE);
    }

    /** The password prompt of the command line. */
    static PasswordPrompt prompt() {
        return ConsolePasswordPrompt.INSTANCE;
    }
}
