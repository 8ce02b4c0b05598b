package org.borderwatch.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * A separate process for {@link NewStoreImportTest}: creates the seeded store at {@code args[0]}
 * and imports events into it until SQLite has written some of them into the database file (its
 * page cache spilled: the file grew while the transaction is open), prints {@code SPILLED} and
 * waits, still inside the transaction, to be killed.
 */
public final class NewStoreImportCrashProcess {
    private static final Source OUTLET = new Source("outlet", "Gazeta Podlaska", null, "via ACLED");
    /** About 2 kB of text per event, so that the page cache fills with a few tens of thousands. */
    private static final String LONG = "Residents gathered near the fence and the crossing. ".repeat(40);

    private NewStoreImportCrashProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        try (Store store = Store.openOrCreateSeeded(db)) {
            long created = Files.size(db);
            store.bulkImport(w -> {
                w.upsertSources(List.of(OUTLET));
                for (int batch = 0; batch < 200; batch++) {
                    List<Event> events = new ArrayList<>();
                    for (int i = batch * 1000; i < (batch + 1) * 1000; i++) {
                        events.add(BulkImportTest.event(i, "Protest " + i, LONG + i, 1));
                    }
                    w.putEvents(events);
                    if (Files.size(db) > created + (16 << 20)) {
                        System.out.println("SPILLED");
                        System.out.flush();
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                        throw new IllegalStateException("not killed");
                    }
                }
                throw new IllegalStateException("the file never grew during the import");
            });
        }
    }

    /** Runs the process on {@code db} until it has spilled, then kills it. */
    static void runAndKill(Path db) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NewStoreImportCrashProcess.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            if (!"SPILLED".equals(line)) {
                throw new IllegalStateException("the importing process ended before it wrote into the file: " + line);
            }
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }
}
