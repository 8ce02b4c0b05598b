package org.borderwatch.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One line of progress for a long command at a terminal — "Converting all.geojson 42%" —
 * rewritten in place as the work goes on, and wiped before the command prints its result. Only
 * when a person watches: with its output in a file or a pipe (or in a test) nothing is printed,
 * so what scripts read stays as it was. What the line names (a file) is escaped as
 * {@link TerminalText} escapes it. One thread.
 */
final class TerminalProgress {
    private final PrintStream out;
    private final boolean shown;
    private String last = "";

    TerminalProgress(PrintStream out, boolean shown) {
        this.out = out;
        this.shown = shown;
    }

    /** Progress on standard error, shown when the program runs at a terminal. */
    static TerminalProgress onTerminal() {
        return new TerminalProgress(System.err, System.console() != null);
    }

    /** Shows {@code message} with {@code done} of {@code total} as a percentage (none when the total is unknown). */
    void update(String message, long done, long total) {
        if (!shown) {
            return;
        }
        String line = TerminalText.escape(message)
                + (total > 0 ? String.format(Locale.ROOT, " %d%%", Math.min(100, done * 100 / total)) : "");
        if (line.equals(last)) {
            return;
        }
        // spaces over what the longer line before left
        out.print("\r" + line + " ".repeat(Math.max(0, last.length() - line.length())));
        out.flush();
        last = line;
    }

    /** Wipes the line, so that what the command prints next starts on a clean one. */
    void clear() {
        if (shown && !last.isEmpty()) {
            out.print("\r" + " ".repeat(last.length()) + "\r");
            out.flush();
            last = "";
        }
    }
}
