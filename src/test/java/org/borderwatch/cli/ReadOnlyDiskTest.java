package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.borderwatch.files.SmallDisk;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store on a read-only disk can be read (its pending log too) and says why it cannot be written. */
class ReadOnlyDiskTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void remountReadOnly(Path mount) throws Exception {
        Process p = new ProcessBuilder("mount", "-o", "remount,ro", mount.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, new String(p.getInputStream().readAllBytes()));
    }

    private static List<String> names(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aStoreOnAReadOnlyDiskIsReadAndAnImportSaysWhyItCannotWrite() throws Exception {
        Path bundle = dir.resolve("one.json");
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "16m")) {
            Path db = disk.path().resolve("store.db");
            Store.openOrCreateSeeded(db).close();
            // a session that ended without closing: its last transaction is only in the log
            Path crashed = dir.resolve("crashed.db");
            try (Store s = Store.open(db)) {
                s.exportBundle(bundle);
                s.annotationRepository().importAll(List.of(org.borderwatch.domain.AnnotationBuilder.create(
                        "a-ro", org.borderwatch.domain.AnnotationKind.POINT,
                        new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(27.8, 60.6)),
                        "analyst", java.time.Instant.parse("2024-01-01T00:00:00Z"), "#D62728").title("Only in the log").build()),
                        "analyst");
                Files.copy(db, crashed);
                Files.copy(db.resolveSibling("store.db-wal"), dir.resolve("crashed.db-wal"));
            }
            Files.copy(crashed, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dir.resolve("crashed.db-wal"), db.resolveSibling("store.db-wal"));
            remountReadOnly(disk.path());
            byte[] before = Files.readAllBytes(db);
            List<String> files = names(disk.path());

            Run status = run("status", "--db", db.toString(), "--date", "2023-11-30");
            assertEquals(0, status.exit(), status.err());
            assertTrue(status.out().contains("Vaalimaa"), status.out());
            Run search = run("search", "--db", db.toString(), "--json", "vaalimaa");
            assertEquals(0, search.exit(), search.err());

            Run imported = run("import", "--db", db.toString(), bundle.toString());
            assertEquals(1, imported.exit());
            assertTrue(imported.err().startsWith("import: nothing was imported: ")
                    && imported.err().contains("read-only"), imported.err());
            assertArrayEquals(before, Files.readAllBytes(db));
            assertEquals(files, names(disk.path()));
        }
    }
}
