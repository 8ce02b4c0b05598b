package org.borderwatch.store;

/**
 * Asks the person at the keyboard for a database password when neither {@code ~/.pgpass} nor
 * {@code PGPASSWORD} gives one and the server asks for it. The command line reads it from the
 * console without echo; the window shows a password field. The store keeps it in memory for
 * the connections it opens and never writes it anywhere.
 */
@FunctionalInterface
public interface PasswordPrompt {
    /** Never asks: a connection that needs a password fails with a message that says where to put one. */
    PasswordPrompt NONE = address -> null;

    /**
     * The password of {@code address}'s role, or {@code null} when the person declined.
     * Called on the connecting (background) thread; an implementation that shows a window hands
     * over to the UI thread and waits.
     */
    char[] passwordFor(ServerAddress address);
}
