package org.borderwatch.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreCopy;
import org.borderwatch.store.TeamAdmin;

/**
 * The windowed reads of the store interface on a large store, on both engines side by side: a
 * generated store (seed data, ACLED-style events, 5,000 annotations) built in SQLite, copied to a
 * team store, then each read timed on each. The goal: the server within 1.5× of the embedded store.
 */
final class TeamWindowComparison {
    private static final int RUNS = 30;

    private final ServerAddress admin;
    private final Path dir;
    private final int events;

    TeamWindowComparison(ServerAddress admin, Path dir, int events) {
        this.admin = admin;
        this.dir = dir.resolve("large");
        this.events = events;
    }

    /** One read, as both engines answer it. */
    @FunctionalInterface
    private interface Read {
        void on(Store s, int run) throws Exception;
    }

    void measure(BenchTable table, PrintWriter out) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        long t = System.nanoTime();
        BenchStore.Built built = BenchStore.build(dir, events, 5_000);
        out.printf(Locale.ROOT, "windows: built a SQLite store of %,d events in %.0f s%n", built.added(), (System.nanoTime() - t) / 1e9);
        out.flush();
        String name = "bw_bench_large_" + ProcessHandle.current().pid();
        ServerAddress server = TeamAdmin.createDatabase(admin, PasswordPrompt.NONE, name);
        try {
            Store.initializeServer(server, PasswordPrompt.NONE, false).close();
            try (Store sqlite = Store.open(dir.resolve("bench.db"));
                 Store pg = Store.openOrCreateSeeded(server.toString(), PasswordPrompt.NONE)) {
                StoreCopy.Result copied = StoreCopy.copy(sqlite, pg, false, dir.resolve("scratch"));
                long n = sqlite.counts().events();
                double rate = n / copied.seconds();
                table.add(new BenchTable.Row(String.format(Locale.ROOT, "copy the %,d-event store to the server", n), rate,
                        Double.NaN, "events/s", "≥ 20,000", rate >= 20_000, Double.NaN));
                out.printf(Locale.ROOT, "windows: copied to the server in %.0f s; measuring both engines%n", copied.seconds());
                out.flush();
                LocalDate first = LocalDate.of(2021, 1, 1);
                GeoBox podlasie = new GeoBox(22.5, 52.0, 24.5, 54.0);
                compare(table, sqlite, pg, "status of every crossing (crossings and intervals)", 1.5,
                        (s, i) -> s.loadStatusData());
                compare(table, sqlite, pg, "events of one day, whole map", 1.5,
                        (s, i) -> s.events(EventQuery.between(day(first, i), day(first, i))));
                compare(table, sqlite, pg, "events of a week in the Podlasie map extent", 1.5,
                        (s, i) -> s.events(EventQuery.between(day(first, i), day(first, i).plusDays(6)).within(podlasie)));
                compare(table, sqlite, pg, "histogram of the whole span (per-day counts)", 1.5, (s, i) -> s.eventDays());
                compare(table, sqlite, pg, "event list: count a year, read its first page", 1.5, (s, i) -> {
                    EventQuery year = EventQuery.between(day(first, i), day(first, i).plusDays(364));
                    s.countEvents(year);
                    s.eventPage(year, EventOrder.NEWEST_FIRST, 0, 100);
                });
                List<String> words = List.of("kuznica", "bialystok protest", "vaalimaa", "terespol", "border guard",
                        "lapland", "migrants forest");
                compare(table, sqlite, pg, "search (events, 20 hits)", 1.5,
                        (s, i) -> s.search(words.get(i % words.size()), 20));
            }
        } finally {
            TeamAdmin.dropDatabase(admin, PasswordPrompt.NONE, name);
        }
    }

    private static LocalDate day(LocalDate first, int run) {
        return first.plusDays(new Random(run).nextInt(1_800));
    }

    private static void compare(BenchTable table, Store sqlite, Store pg, String what, double factor, Read read)
            throws Exception {
        BenchStats.Timing lite = BenchStats.time(3, RUNS, counter(sqlite, read));
        BenchStats.Timing server = BenchStats.time(3, RUNS, counter(pg, read));
        table.add(new BenchTable.Row("SQLite:     " + what, lite.median(), lite.p95(), "ms", "", true, Double.NaN));
        double goal = Math.max(lite.p95() * factor, 1.0);
        table.add(new BenchTable.Row(String.format(Locale.ROOT, "PostgreSQL: %s (%.2f× SQLite p95)", what,
                server.p95() / lite.p95()), server.median(), server.p95(), "ms",
                String.format(Locale.ROOT, "p95 ≤ %.1f× SQLite", factor), server.p95() <= goal, Double.NaN));
    }

    private static BenchStats.Op counter(Store s, Read read) {
        int[] run = {0};
        return () -> read.on(s, run[0]++);
    }
}
