package org.borderwatch.cli;

import java.io.Console;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;

/**
 * Asks for a server password on the terminal, without echo. Without a terminal (a script, a
 * pipe) it asks nothing, and the connection fails with a message that names ~/.pgpass and
 * PGPASSWORD.
 */
final class ConsolePasswordPrompt implements PasswordPrompt {
    static final ConsolePasswordPrompt INSTANCE = new ConsolePasswordPrompt();

    private ConsolePasswordPrompt() {
    }

    @Override
    public char[] passwordFor(ServerAddress address) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return console.readPassword("Password for %s: ", address);
    }
}
