package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.borderwatch.interop.SampleSituation;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Titles from imported files reach the terminal escaped, and the store keeps them as they were. */
class TerminalOutputTest {
    /** Escape (colour), bell, carriage return, a C1 CSI, a right-to-left override, DEL. */
    private static final String HOSTILE = "\u001B[31mRED\u0007 beep\rover \u009B2J \u202Eevil\u202C\u007F";

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(0, exit, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void searchShowsControlAndBidiCharactersEscapedAndTheStoreKeepsThem() throws Exception {
        Path db = dir.resolve("hostile.db");
        SituationData d = SampleSituation.data();
        Event sample = d.events().get(0);
        Event hostile = new Event("hostile-1", sample.date(), sample.datePrecision(), "Barrier " + HOSTILE,
                "Summary " + HOSTILE, sample.category(), sample.border(), sample.crossingId(), sample.location(),
                sample.place(), sample.sourceIds(), sample.tags(), sample.attributes());
        try (Store store = Store.open(db)) {
            SampleStore.fill(store, new SituationData(d.crossings(), d.allIntervals(), List.of(hostile),
                    List.copyOf(d.sources().values())), List.of(), true);
        }
        String table = run("search", "barrier", "--db", db.toString())[0];
        assertNoRawControls(table);
        assertTrue(table.contains("\\u001B[31mRED\\u0007 beep\\u000Dover \\u009B2J \\u202Eevil\\u202C\\u007F"), table);
        assertEquals(2, table.split("\n").length, "one header and one row: the title's CR does not start a line");

        String json = run("search", "barrier", "--json", "--db", db.toString())[0];
        assertNoRawControls(json);
        JsonNode hits = new ObjectMapper().readTree(json);
        assertEquals("Barrier " + HOSTILE, hits.get(0).get("title").asText(), "the JSON still says exactly what is stored");

        ByteArrayOutputStream bundle = new ByteArrayOutputStream();
        try (Store store = Store.open(db)) {
            store.exportBundle(bundle);
        }
        JsonNode stored = new ObjectMapper().readTree(bundle.toByteArray());
        assertEquals("Summary " + HOSTILE, stored.get("events").get(0).get("summary").asText(), "stored text is kept as given");
    }

    private static void assertNoRawControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertTrue(!TerminalText.unsafe(c), String.format("raw U+%04X at %d in: %s", (int) c, i, s));
        }
    }
}
