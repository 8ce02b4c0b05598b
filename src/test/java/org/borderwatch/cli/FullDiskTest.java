package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.files.SmallDisk;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.store.Counts;
import org.borderwatch.store.OpenOptions;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk is named as such, and the exit status says what was stored: 1 when nothing was,
 * 0 with a warning when the import committed and only the search index had to wait.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Writer outTarget, String... args) {
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(outTarget), new PrintWriter(err)).execute(args);
        return new Run(exit, outTarget.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(new StringWriter(), args);
    }

    private static Counts counts(Path db) throws Exception {
        try (Store s = Store.openOrCreateSeeded(db, OpenOptions.reading())) {
            return s.counts();
        }
    }

    @Test
    void aFullDiskIsNamedAndTheExitStatusSaysWhatWasStored() throws Exception {
        Path big = dir.resolve("acled-20000.csv");
        new AcledSampleGenerator(5, AcledLayout.CURRENT).write(big, 20_000);
        Path small = dir.resolve("acled-2500.csv");
        new AcledSampleGenerator(6, AcledLayout.CURRENT).write(small, 2_500);
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "64m")) {
            Path db = disk.path().resolve("store.db");
            assertEquals(0, run("status", "--db", db.toString(), "--create", "--date", "2023-11-30").exit());
            Counts seeded = counts(db);

            // the import commits; the disk fills before its text is indexed for search
            Path[] filler = new Path[1];
            StringWriter printed = new StringWriter();
            Writer fillsTheDiskOnFirstLine = new Writer() {
                @Override
                public void write(char[] c, int off, int len) throws java.io.IOException {
                    if (filler[0] == null) {
                        filler[0] = disk.fill();
                    }
                    printed.write(c, off, len);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }

                @Override
                public String toString() {
                    return printed.toString();
                }
            };
            Run committed = run(fillsTheDiskOnFirstLine, "import", big.toString(), "--format", "acled", "--db", db.toString());
            assertEquals(0, committed.exit(), committed.err());
            assertTrue(committed.out().contains("20000 events added") || committed.out().contains("20,000"), committed.out());
            assertTrue(committed.err().contains("warning: the events are stored, but indexing their text for search failed")
                    && committed.err().contains("the disk is full") && committed.err().contains("free on"), committed.err());
            assertEquals(seeded.events() + 20_000, counts(db).events(), "committed: every event is there");

            // with the disk full, nothing more can be stored, and the command says why
            Run refused = run("import", small.toString(), "--format", "acled", "--db", db.toString());
            assertEquals(1, refused.exit());
            assertTrue(refused.err().startsWith("import: nothing was imported: ") && refused.err().contains("the disk is full"),
                    refused.err());
            assertEquals(seeded.events() + 20_000, counts(db).events());

            Path export = disk.path().resolve("out.json");
            Run noRoom = run("export", "--db", db.toString(), "--out", export.toString());
            assertEquals(1, noRoom.exit());
            assertTrue(noRoom.err().contains("Cannot write " + export) && noRoom.err().contains("the disk is full"), noRoom.err());
            try (var files = Files.list(disk.path())) {
                List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
                assertFalse(names.stream().anyMatch(n -> n.endsWith(".bwtmp")), "no temporary file left: " + names);
                assertFalse(names.contains("out.json"));
            }

            // space again: the search index is completed, and search finds the imported events
            Files.delete(filler[0]);
            Run search = run("search", "--db", db.toString(), "--json", "--limit", "5", "protest");
            assertEquals(0, search.exit(), search.err());
            assertTrue(search.out().contains("acled:"), search.out());
        }
    }
}
