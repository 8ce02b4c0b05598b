package org.borderwatch;

import org.borderwatch.cli.Cli;
import org.borderwatch.ui.BorderwatchApp;

/**
 * Entry point of {@code borderwatch.jar}: without arguments it opens the window; with a command it
 * runs headless and exits with the command's code.
 */
public final class Borderwatch {
    private Borderwatch() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            BorderwatchApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
