package org.borderwatch.bench;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.store.AnnotationConflictException;
import org.borderwatch.store.AnnotationRevision;
import org.borderwatch.store.ChangeFeed;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.TeamAdmin;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Simulated analysts editing a team store at once. Half are leads, half analysts, each a role of
 * its own on its own connection. Every analyst edits five annotations of their own; ten "hot"
 * annotations are edited by every lead, and leads also edit the analysts' annotations — so many
 * saves meet another's change. Each edit reads the annotation, thinks 20–120 ms (while others
 * may save), and saves. A second window (its own connection) listens to the change feed and
 * notes when each save is announced.
 *
 * <p>Afterwards the history is checked: every save that returned is a revision, in order, each
 * starting from the one before; every refused save was refused as a conflict; nothing else failed.
 */
final class TeamEditingRun {
    private static final GeometryFactory GF = new GeometryFactory();

    private final ServerAddress store;
    private final int people;
    private final int seconds;
    private final List<Double> saveMs = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> heardMs = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> savedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> heardAt = new ConcurrentHashMap<>();
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    TeamEditingRun(ServerAddress store, int people, int seconds) {
        this.store = store;
        this.people = people;
        this.seconds = seconds;
    }

    void measure(BenchTable table, PrintWriter out) throws Exception {
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            boolean lead = i % 2 == 0;
            String role = String.format(Locale.ROOT, "bwbench_%s%02d", lead ? "lead" : "analyst", i);
            TeamAdmin.addMember(store, PasswordPrompt.NONE, role, lead ? TeamAdmin.Role.LEAD : TeamAdmin.Role.ANALYST);
            roles.add(role);
        }
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> hot = new ArrayList<>();
        Map<String, List<String>> own = new ConcurrentHashMap<>();
        for (int i = 0; i < people; i++) {
            try (Store s = open(roles.get(i))) {
                String author = s.annotationRepository().authorName(roles.get(i));
                List<String> mine = new ArrayList<>();
                for (int k = 0; k < (i % 2 == 0 ? 1 : 5); k++) {
                    Annotation a = point(author, t0, i * 10 + k);
                    s.annotationRepository().commit(AnnotationEdit.create("Draw", a), author);
                    (i % 2 == 0 ? hot : mine).add(a.id());
                }
                own.put(roles.get(i), mine);
            }
        }
        List<String> analystsOwn = own.values().stream().flatMap(List::stream).toList();
        out.printf(Locale.ROOT, "editing: %d people (%d leads, %d analysts), %d hot annotations, %d analysts' own; %d s%n",
                people, (people + 1) / 2, people / 2, hot.size(), analystsOwn.size(), seconds);
        out.flush();

        try (Store window = open(roles.get(1))) {
            ChangeFeed feed = window.changeFeed().orElseThrow();
            try (AutoCloseable listening = feed.subscribe(this::heard)) {
                Thread.sleep(500);
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < people; i++) {
                    String role = roles.get(i);
                    List<String> targets = i % 2 == 0 ? mix(hot, analystsOwn) : own.get(role);
                    int seed = i;
                    threads.add(new Thread(() -> edit(role, targets, until, seed), "analyst-" + i));
                }
                threads.forEach(Thread::start);
                for (Thread t : threads) {
                    t.join();
                }
                Thread.sleep(2_500); // the last announcements arrive
            }
        }
        for (Map.Entry<String, Long> s : savedAt.entrySet()) {
            Long heard = heardAt.get(s.getKey());
            heardMs.add(heard == null ? Double.POSITIVE_INFINITY : Math.max(0, (heard - s.getValue()) / 1e6));
        }
        int lost = check(hot, analystsOwn, roles.get(0), out);
        double p95 = TeamBenchCommand.percentile(saveMs, 95);
        table.add(new BenchTable.Row(String.format(Locale.ROOT, "%d analysts editing %d s: saves (ms each)", people, seconds),
                TeamBenchCommand.percentile(saveMs, 50), p95, "ms", "p95 ≤ 50 ms", p95 <= 50, Double.NaN));
        table.add(new BenchTable.Row("  saves committed / refused as conflicts", saved.get(), conflicts.get(), "saves",
                "", true, Double.NaN));
        table.add(new BenchTable.Row("  lost updates (saved but not in the history)", lost, Double.NaN, "saves", "0", lost == 0,
                Double.NaN));
        table.add(new BenchTable.Row("  other failures reaching a user (deadlocks …)", failures.size(), Double.NaN, "saves",
                "0", failures.isEmpty(), Double.NaN));
        double heard95 = TeamBenchCommand.percentile(heardMs, 95);
        table.add(new BenchTable.Row("a second window hears of each save (ms after it was made)",
                TeamBenchCommand.percentile(heardMs, 50), heard95, "ms", "p95 ≤ 2,000 ms", heard95 <= 2_000, Double.NaN));
        for (String f : failures.stream().limit(5).toList()) {
            table.note("failure: " + f);
        }
    }

    private Store open(String role) throws Exception {
        return Store.openOrCreateSeeded(store.as(role).toString(), PasswordPrompt.NONE);
    }

    private static List<String> mix(List<String> hot, List<String> others) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            out.addAll(hot); // 70 % of a lead's edits go to the hot ones
        }
        for (int i = 0; i < 3 * hot.size(); i++) {
            out.add(others.get(i % others.size()));
        }
        return out;
    }

    private void heard(ChangeFeed.Change c) {
        if (c.title() != null) {
            heardAt.putIfAbsent(c.title(), System.nanoTime());
        }
    }

    private void edit(String role, List<String> targets, long until, int seed) {
        Random r = new Random(seed);
        int n = 0;
        try (Store s = open(role)) {
            String author = s.annotationRepository().authorName(role);
            while (System.nanoTime() < until) {
                String id = targets.get(r.nextInt(targets.size()));
                Annotation seen = s.annotationRepository().find(id).orElseThrow();
                Thread.sleep(20 + r.nextInt(100));
                String title = role + " #" + n++;
                Annotation mine = AnnotationBuilder.from(seen).title(title).author(author)
                        .modified(later(seen.modified())).build();
                long t = System.nanoTime();
                try {
                    s.annotationRepository().commit(AnnotationEdit.update("Edit", seen, mine), author);
                    saveMs.add((System.nanoTime() - t) / 1e6);
                    savedAt.put(title, t);
                    saved.incrementAndGet();
                } catch (AnnotationConflictException e) {
                    saveMs.add((System.nanoTime() - t) / 1e6);
                    if (e.stored() == null || e.stored().equals(seen)) {
                        failures.add(role + ": a conflict without another version: " + e.getMessage());
                    }
                    conflicts.incrementAndGet();
                }
            }
        } catch (Exception e) {
            failures.add(role + ": " + e);
        }
    }

    private static Instant later(Instant t) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return now.isAfter(t) ? now : t.plusMillis(1);
    }

    /** Checks every annotation's history; returns how many committed saves it lacks. */
    private int check(List<String> hot, List<String> others, String role, PrintWriter out) throws Exception {
        int revisions = 0;
        List<String> inHistory = new ArrayList<>();
        try (Store s = open(role)) {
            List<String> all = new ArrayList<>(hot);
            all.addAll(others);
            for (String id : all) {
                List<AnnotationRevision> h = s.annotationRepository().history(id);
                for (int i = 0; i < h.size(); i++) {
                    if (h.get(i).revision() != i + 1 || i > 0 && !h.get(i - 1).current().equals(h.get(i).previous())) {
                        failures.add("annotation " + id + ": revision " + (i + 1) + " does not follow the one before");
                    }
                    if (i > 0) {
                        inHistory.add(h.get(i).current().title());
                    }
                }
                revisions += h.size() - 1;
            }
        }
        int missing = 0;
        java.util.Set<String> found = new java.util.HashSet<>(inHistory);
        for (String title : savedAt.keySet()) {
            if (!found.contains(title)) {
                missing++;
            }
        }
        out.printf(Locale.ROOT, "editing: %,d saves committed, %,d refused as conflicts, %,d revisions in the history%n",
                saved.get(), conflicts.get(), revisions);
        return missing + Math.max(0, saved.get() - revisions);
    }

    private static Annotation point(String author, Instant at, int k) {
        double lat = 53.0 + (k % 10) * 0.05;
        double lon = 23.3 + (k / 10) * 0.03;
        return AnnotationBuilder.create(java.util.UUID.randomUUID().toString(), AnnotationKind.POINT,
                GF.createPoint(new Coordinate(lon, lat)), author, at, "#1E88E5").title("Site " + k).build();
    }
}
