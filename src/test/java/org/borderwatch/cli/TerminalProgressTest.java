package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress line at a terminal: rewritten in place, escaped, wiped; nothing without a terminal. */
class TerminalProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLineIsRewrittenInPlaceOnlyWhenWhatItSaysChangesAndWipedAtTheEnd() {
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        p.update("Checking all.geojson", 0, 4_000);
        p.update("Checking all.geojson", 30, 4_000);
        p.update("Checking all.geojson", 40, 4_000);
        p.update("Writing", 4_000, 4_000);
        p.clear();
        assertEquals("\rChecking all.geojson 0%\rChecking all.geojson 1%\rWriting 100%" + " ".repeat(11)
                + "\r" + " ".repeat(12) + "\r", printed());
    }

    @Test
    void aFileNameCannotSteerTheTerminal() {
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        p.update("Checking \u001b]0;owned\u0007.kml", 1, 2);
        assertEquals("\rChecking \\u001B]0;owned\\u0007.kml 50%", printed());
    }

    @Test
    void withoutATerminalNothingIsPrinted() {
        TerminalProgress p = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        p.update("Checking all.geojson", 1, 2);
        p.clear();
        assertEquals("", printed());
    }
}
