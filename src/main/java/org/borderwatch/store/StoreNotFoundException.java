package org.borderwatch.store;

import java.nio.file.Path;

/**
 * There is no store where one was asked for — the file is missing, empty (0 bytes), or an empty
 * SQLite database — and the opening did not ask for a new one ({@link OpenOptions#create}).
 * Nothing was created or changed. A caller that may create one (the command line with
 * {@code --create}, the window after asking) tries again with {@code create}.
 */
public class StoreNotFoundException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** What is there instead of a store. */
    public enum Found {
        /** No file. */
        NOTHING,
        /** A file of 0 bytes. */
        EMPTY_FILE,
        /** An SQLite database without any table and without Borderwatch's mark. */
        EMPTY_DATABASE
    }

    private final transient Path path;
    private final Found found;

    StoreNotFoundException(Path path, Found found) {
        super(switch (found) {
            case NOTHING -> "There is no store at " + path + "; nothing was created.";
            case EMPTY_FILE -> path + " is an empty file (0 bytes), not a Borderwatch store; it was left unchanged.";
            case EMPTY_DATABASE -> path + " is an empty SQLite database, not a Borderwatch store; it was left unchanged.";
        });
        this.path = path;
        this.found = found;
    }

    /** Where the store was looked for. */
    public Path path() {
        return path;
    }

    /** What is there instead. */
    public Found found() {
        return found;
    }
}
