package org.borderwatch.cli;

import java.nio.file.Path;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The {@code --db PATH} option every command shares (a picocli {@code @Mixin}). Without it the
 * database is {@code BORDERWATCH_DB} or the user's data directory ({@link Store#defaultPath()});
 * a database that does not exist yet is created and seeded from the bundled data.
 */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH",
            description = "Database file (default: $BORDERWATCH_DB, else the user's data directory).")
    private Path db;

    /** The database file the command works on. */
    public Path path() {
        return db != null ? db : Store.defaultPath();
    }

    /** Opens the database, creating and seeding it on first use. */
    public Store open() throws StoreException {
        return Store.openOrCreateSeeded(path());
    }
}
