package org.borderwatch;

import org.borderwatch.cli.Cli;
import org.borderwatch.store.Store;
import org.borderwatch.ui.BorderwatchApp;

/**
 * Entry point of {@code borderwatch.jar}: without arguments (or with only {@code --db PATH}) it
 * opens the window; with a file that is no command (a bundle opened from the file manager) it
 * opens the window and offers to import the file; with a command it runs headless and exits with
 * the command's code.
 */
public final class Borderwatch {
    private Borderwatch() {
    }

    /**
     * Java2D paints maps and slides into images only; the window is JavaFX's. Unless the user says
     * otherwise ({@code -Djava.awt.headless=false}), AWT runs headless, as the tests do: it would
     * otherwise open an X connection of its own at the first painting — a command then failed where
     * {@code DISPLAY} names a display that is gone (an old SSH session), and the window's first
     * painting, begun while JavaFX starts GTK, could stop both for good (the two connecting at once,
     * each waiting for the other in Xlib).
     */
    static void paintWithoutDisplay() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** {@code --db PATH} or {@code --db=PATH} alone: the window over that database. */
    static boolean isOnlyDatabaseOption(String[] args) {
        return args.length == 1 && args[0].startsWith("--db=") || args.length == 2 && args[0].equals("--db");
    }

    /**
     * The file to open when the arguments are one existing file that is not a command (with or
     * without {@code --db PATH} before it), else {@code null}.
     */
    static java.nio.file.Path fileToOpen(String[] args) {
        String last = args.length == 1 || args.length == 2 && args[0].startsWith("--db=")
                || args.length == 3 && args[0].equals("--db") ? args[args.length - 1] : null;
        if (last == null || last.startsWith("-") || Cli.commandNames().contains(last)) {
            return null;
        }
        try {
            java.nio.file.Path p = java.nio.file.Path.of(last);
            return java.nio.file.Files.isRegularFile(p) ? p.toAbsolutePath() : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    public static void main(String[] args) {
        paintWithoutDisplay();
        // SQLite's library loads beside the parsing of the command line or the setting up of the window
        Store.prepareEngine();
        java.nio.file.Path file = fileToOpen(args);
        if (args.length == 0 || isOnlyDatabaseOption(args)) {
            BorderwatchApp.launchApp(args, null);
        } else if (file != null) {
            BorderwatchApp.launchApp(java.util.Arrays.copyOf(args, args.length - 1), file);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
