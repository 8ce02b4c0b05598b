package org.borderwatch;

import org.borderwatch.cli.Cli;
import org.borderwatch.ui.BorderwatchApp;

/**
 * Entry point of {@code borderwatch.jar}: without arguments (or with only {@code --db PATH}) it
 * opens the window; with a command it runs headless and exits with the command's code.
 */
public final class Borderwatch {
    private Borderwatch() {
    }

    /** {@code --db PATH} or {@code --db=PATH} alone: the window over that database. */
    static boolean isOnlyDatabaseOption(String[] args) {
        return args.length == 1 && args[0].startsWith("--db=") || args.length == 2 && args[0].equals("--db");
    }

    public static void main(String[] args) {
        if (args.length == 0 || isOnlyDatabaseOption(args)) {
            BorderwatchApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
