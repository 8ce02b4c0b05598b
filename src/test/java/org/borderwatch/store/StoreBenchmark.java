package org.borderwatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.TimeWindow;

/**
 * Measures the store on synthetic data (not a test: run its {@code main}). Prints the time of a
 * bulk upsert, opening with the integrity check, loading the situation snapshot, the situation
 * query itself, searches, and a bundle export and re-import.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.borderwatch.store.StoreBenchmark [events]</pre>
 */
public final class StoreBenchmark {
    private static final String[] WORDS = {"protest", "border", "guard", "fence", "migrants", "crossing", "Kuźnica",
        "Białystok", "Terespol", "Bobrowniki", "Hajnówka", "police", "soldiers", "barrier", "asylum", "detained",
        "Vaalimaa", "Niirala", "Imatra", "Lappeenranta", "drone", "balloon", "smugglers", "forest", "river"};

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("bw-bench");
        try {
            run(dir, n);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void run(Path dir, int n) throws Exception {
        Path db = dir.resolve("bench.db");
        List<Event> events = synthetic(n);
        try (Store store = Store.open(db)) {
            store.importBundle(TestBundles.write(dir, "sample.json", TestBundles.SAMPLE));
            store.upsertSources(List.of(new Source("acled", "ACLED data export", null, "ACLED")));
            long t = start();
            ImportCounts c = store.upsertEvents(events);
            report("upsertEvents, " + n + " new events (one transaction)", t, n);
            System.out.println("    " + c);
            t = start();
            c = store.upsertEvents(events);
            report("upsertEvents, the same " + n + " again (all unchanged)", t, n);
        }
        System.out.printf("database file: %.1f MB%n", Files.size(db) / 1e6);
        long t = start();
        Store store = Store.open(db);
        report("open (header check, integrity_check, migrations)", t, 0);
        try (store) {
            SituationData data = null;
            for (int round = 1; round <= 3; round++) {
                t = start();
                data = store.loadSituationData();
                report("loadSituationData, " + data.events().size() + " events (round " + round + ")", t, 0);
            }
            LocalDate d = LocalDate.of(2023, 11, 26);
            for (int round = 0; round < 1000; round++) {
                SituationAt.compute(data, d.plusDays(round % 600), TimeWindow.lastDays(30));
            }
            t = start();
            int found = 0;
            for (int round = 0; round < 1000; round++) {
                Situation s = SituationAt.compute(data, d.plusDays(round % 600), TimeWindow.lastDays(30));
                found += s.events().size();
            }
            reportEach("SituationAt.compute, 30-day window (mean of 1000 dates)", t, 1000);
            System.out.println("    mean events in window: " + found / 1000);
            t = start();
            Situation all = SituationAt.compute(data, LocalDate.of(2025, 11, 30), TimeWindow.since(LocalDate.of(2021, 8, 1)));
            report("SituationAt.compute, cumulative since 2021-08-01 (" + all.events().size() + " events)", t, 0);
            for (String q : new String[] {"kuznica", "bialystok protest", "gua", "fence drone forest", "\"unbalanced AND OR ("}) {
                store.search(q, 50);
                t = start();
                int hits = 0;
                for (int round = 0; round < 20; round++) {
                    hits = store.search(q, 50).size();
                }
                reportEach("search '" + q + "' (limit 50, " + hits + " hits; mean of 20)", t, 20);
            }
            Path out = dir.resolve("export.json");
            t = start();
            store.exportBundle(out);
            report(String.format("export bundle (%.1f MB)", Files.size(out) / 1e6), t, 0);
            try (Store fresh = Store.open(dir.resolve("fresh.db"))) {
                t = start();
                ImportResult r = fresh.importBundle(out);
                report("import that bundle into an empty database (check + write)", t, r.events().total());
                t = start();
                fresh.importBundle(out);
                report("import it again (all unchanged)", t, r.events().total());
            }
        }
    }

    static List<Event> synthetic(int n) {
        Random r = new Random(42);
        List<Event> events = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2021, 8, 1);
        for (int i = 0; i < n; i++) {
            String a = WORDS[r.nextInt(WORDS.length)];
            String b = WORDS[r.nextInt(WORDS.length)];
            String c = WORDS[r.nextInt(WORDS.length)];
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("event_type", "Protests");
            attributes.put("fatalities", String.valueOf(r.nextInt(3)));
            attributes.put("geo_precision", String.valueOf(1 + r.nextInt(3)));
            boolean fi = r.nextBoolean();
            events.add(new Event("acled:" + i, start.plusDays(r.nextInt(1580)), DatePrecision.DAY,
                    a + " near " + b, "Synthetic " + a + " " + b + " " + c + " event number " + i + ".",
                    Category.values()[r.nextInt(Category.values().length)], fi ? Border.FI_RU : Border.PL_BY, null,
                    fi ? new GeoPoint(60 + r.nextDouble() * 8, 27 + r.nextDouble() * 3)
                            : new GeoPoint(51.5 + r.nextDouble() * 2.5, 23 + r.nextDouble() * 1.2),
                    b, List.of("acled"), List.of(a.toLowerCase()), attributes));
        }
        return events;
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static long cpuMark = THREADS.getCurrentThreadCpuTime();

    /** Wall time since {@code startNanos}, and this thread's CPU time (Java and SQLite) since the last report. */
    private static void report(String what, long startNanos, int items) {
        double ms = (System.nanoTime() - startNanos) / 1e6;
        double cpu = cpu();
        System.out.printf("%-74s %9.1f ms wall %9.1f ms cpu%s%n", what, ms, cpu,
                items > 0 ? String.format("  (%,.0f items/s by cpu)", items / (cpu / 1000)) : "");
    }

    private static void reportEach(String what, long startNanos, int rounds) {
        double ms = (System.nanoTime() - startNanos) / 1e6 / rounds;
        System.out.printf("%-74s %9.3f ms wall %9.3f ms cpu%n", what, ms, cpu() / rounds);
    }

    private static double cpu() {
        long now = THREADS.getCurrentThreadCpuTime();
        double ms = (now - cpuMark) / 1e6;
        cpuMark = now;
        return ms;
    }

    /** Starts a measurement: the wall clock now, and the CPU clock reset. */
    private static long start() {
        cpu();
        return System.nanoTime();
    }
}
