package org.borderwatch.store;

/**
 * The store could not do what was asked: the database was refused at open (newer schema, not a
 * Borderwatch database, corrupt), or a read or write failed. The message is one sentence meant
 * for the user and names the database file.
 */
public class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
