package org.borderwatch.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreCopy;
import org.borderwatch.store.TeamAdmin;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench-team --server postgresql://admin@host:port/postgres}: the team store's figures on a
 * server where the given role may create databases and roles (a throwaway cluster: the bench
 * makes a database of its own and drops it at the end):
 * <ol>
 *   <li>analysts (threads, each with its own connection and role) editing annotations at once,
 *       many the same ones: lost updates, conflicts, deadlocks that reached a user, save times;</li>
 *   <li>how soon a second window hears of each change;</li>
 *   <li>the copy of a SQLite store to the server, events per second;</li>
 *   <li>with a large store on both engines, the windowed reads of the store interface, side by side.</li>
 * </ol>
 * Never part of the tests: timings depend on the machine and how busy it is.
 */
@Command(name = "bench-team", mixinStandardHelpOptions = true,
        description = "Measure the team store on a PostgreSQL server: concurrent editing, live changes, copy, "
                + "windowed reads beside SQLite.")
public final class TeamBenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "ADDRESS",
            description = "an administrator's address on the server, e.g. postgresql://postgres@127.0.0.1:5432/postgres")
    String server;

    @Option(names = "--analysts", defaultValue = "20", description = "simulated analysts (default: ${DEFAULT-VALUE})")
    int analysts;

    @Option(names = "--seconds", defaultValue = "60", description = "length of the editing run (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--copy-events", defaultValue = "200000",
            description = "events of the SQLite store copied to the server (default: ${DEFAULT-VALUE}; 0: skip)")
    int copyEvents;

    @Option(names = "--events", defaultValue = "1000000",
            description = "events of the store whose windowed reads are compared (default: ${DEFAULT-VALUE}; 0: skip)")
    int events;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ServerAddress admin = ServerAddress.parse(server);
        String db = "bw_bench_" + ProcessHandle.current().pid();
        out.printf(Locale.ROOT, "Borderwatch team-store bench: %d cores, Java %s, server %s (database %s)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), admin, db);
        out.flush();
        ServerAddress store = TeamAdmin.createDatabase(admin, PasswordPrompt.NONE, db);
        Path dir = Files.createTempDirectory("borderwatch-team-bench");
        BenchTable table = new BenchTable();
        try {
            Store.initializeServer(store, PasswordPrompt.NONE, true).close();
            new TeamEditingRun(store, analysts, seconds).measure(table, out);
            if (copyEvents > 0) {
                copy(store, dir, table, out);
            }
            if (events > 0) {
                new TeamWindowComparison(admin, dir, events).measure(table, out);
            }
        } finally {
            TeamAdmin.dropDatabase(admin, PasswordPrompt.NONE, db);
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        table.print(out);
        return 0;
    }

    /** The copy of a generated SQLite store into an empty team store. */
    private void copy(ServerAddress store, Path dir, BenchTable table, PrintWriter out) throws Exception {
        Path sqlite = dir.resolve("copy");
        Files.createDirectories(sqlite);
        BenchStore.Built built = BenchStore.build(sqlite, copyEvents, 1_000);
        out.printf(Locale.ROOT, "copy: built a SQLite store of %,d generated events and 1,000 annotations%n", built.added());
        out.flush();
        String name = store.database() + "_copy";
        ServerAddress target = TeamAdmin.createDatabase(store.database("postgres"), PasswordPrompt.NONE, name);
        try {
            Store.initializeServer(target, PasswordPrompt.NONE, false).close();
            try (Store from = Store.open(sqlite.resolve("bench.db"));
                 Store to = Store.openOrCreateSeeded(target.toString(), PasswordPrompt.NONE)) {
                long total = from.counts().events();
                StoreCopy.Result r = StoreCopy.copy(from, to, false, dir.resolve("scratch"));
                double rate = total / r.seconds();
                table.add(new BenchTable.Row(String.format(Locale.ROOT, "copy a %,d-event SQLite store to the server "
                        + "(events/s, whole copy incl. export and check)", total), rate, Double.NaN, "events/s", "≥ 20,000",
                        rate >= 20_000, Double.NaN));
                out.printf(Locale.ROOT, "copy: %,d events in %.1f s%n", total, r.seconds());
            }
        } finally {
            TeamAdmin.dropDatabase(store.database("postgres"), PasswordPrompt.NONE, name);
        }
    }

    /** Percentile {@code p} (0–100, nearest rank) of {@code values}, or NaN when empty. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1)));
    }
}
