package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The integrity check ({@code PRAGMA quick_check}: every page and b-tree read and checked) of a
 * store opened for writing. By default it runs before the store opens ({@link StoreOpener}); an
 * opening that asks for it ({@link OpenOptions#checkingBeside()}) — the window — runs it here
 * instead, on a thread of its own beside the reads, so that the map of a large store shows at once:
 * the check of a 1.3 GB store reads every page, some 2.5 s of a processor. It starts when the
 * window's first view is on screen ({@link Store#startBackgroundChecks()}), at the first write,
 * or at the latest {@link #START_AT_THE_LATEST_MS} after the opening.
 *
 * <p>Nothing is written until the check has passed: every write transaction on a connection
 * the opener registered waits for it ({@link #beforeWriting}), and is refused with the check's
 * finding if it failed — the file is then left exactly as it was, as an opening that checks first
 * would leave it. Reads go on meanwhile; the user hears of a failure through the opening's
 * notices.
 *
 * <p>One check per file while the file is open in this process: a second connection to it (the
 * annotation tools' own, the upkeep's) neither repeats nor waits for it at opening.
 */
final class IntegrityCheck {
    /**
     * How long a check left to run beside an opening waits for the word to start
     * ({@link #go}) — the window gives it once its first view is on screen, so that the check
     * does not compete with it for the processor — before it starts anyway.
     */
    static final long START_AT_THE_LATEST_MS = 10_000;

    /**
     * A check: started by {@link #go}, by a write, or at the latest after {@link #START_AT_THE_LATEST_MS};
     * or a file known sound without one ({@link #knownSound}), {@code listed} when only
     * {@link CheckedStores} said so.
     */
    private record Check(CompletableFuture<String> outcome, CountDownLatch go, boolean listed) {
    }

    /** By the file's real path, while it is open here. */
    private static final Map<Path, Check> CHECKS = new HashMap<>();

    private IntegrityCheck() {
    }

    /**
     * Registers the check of {@code abs} (known by {@code key}) beside the opening; it runs on a
     * thread of its own once started; {@code options} hear a failure.
     */
    static void start(Path abs, Path key, OpenOptions options) {
        Check check = new Check(new CompletableFuture<>(), new CountDownLatch(1), false);
        synchronized (CHECKS) {
            if (CHECKS.putIfAbsent(key, check) != null) {
                return;
            }
        }
        Thread t = new Thread(() -> {
            try {
                check.go().await(START_AT_THE_LATEST_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String problem = run(abs);
            try {
                if (problem != null) {
                    options.notice(problem); // before a waiting write hears it: the user is told first
                }
            } finally {
                check.outcome().complete(problem);
            }
        }, "store-check " + abs.getFileName());
        t.setDaemon(true);
        t.start();
    }

    /**
     * Takes {@code key}'s file as checked while it is open here, without reading it: this process
     * made it, or {@code listed}: {@link CheckedStores} has it as left sound.
     */
    static void knownSound(Path key, boolean listed) {
        CountDownLatch started = new CountDownLatch(0);
        synchronized (CHECKS) {
            CHECKS.putIfAbsent(key, new Check(CompletableFuture.completedFuture(null), started, listed));
        }
    }

    /**
     * Whether {@code key}'s file is known sound in this process: its check passed, this process
     * made it, or it was listed as left sound and still is (another process's check of it since
     * that found it corrupt took it off the list).
     */
    static boolean soundHere(Path key) {
        Check check = check(key);
        if (check == null || !check.outcome().isDone() || check.outcome().isCompletedExceptionally()
                || check.outcome().getNow("") != null) {
            return false;
        }
        return !check.listed() || CheckedStores.user().listed(key);
    }

    /** Whether {@code key}'s file, open here, was taken as sound from {@link CheckedStores} rather than checked. */
    static boolean listedHere(Path key) {
        Check check = check(key);
        return check != null && check.listed();
    }

    /** The check of {@code key}'s file in this process, or null. */
    private static Check check(Path key) {
        synchronized (CHECKS) {
            return CHECKS.get(key);
        }
    }

    /** Lets the check of {@code key}'s file start now, if one waits. */
    static void go(Path key) {
        Check check = check(key);
        if (check != null) {
            check.go().countDown();
        }
    }

    /** Whether {@code key}'s file is checked, or being checked, in this process. */
    static boolean coveredHere(Path key) {
        return check(key) != null;
    }

    /** Forgets the check of {@code key} once the file is no longer open here. */
    static void forget(Path key) {
        synchronized (CHECKS) {
            CHECKS.remove(key);
        }
    }

    /**
     * Waits for the check of {@code key}'s file, if one runs beside its opening.
     *
     * @throws SQLException naming what the check found, when it failed: nothing may be written
     */
    static void beforeWriting(Path key) throws SQLException {
        String problem = finding(key);
        if (problem != null) {
            throw new SQLException(problem);
        }
    }

    /** What the check of {@code key}'s file found, without waiting: null when it passed, runs still, or there is none. */
    static String findingIfDone(Path key) {
        Check check = check(key);
        return check != null && check.outcome().isDone() ? finding(key) : null;
    }

    /** What the check of {@code key}'s file found, waiting for it: null when it passed (or there is none). */
    static String finding(Path key) {
        Check check = check(key);
        if (check == null) {
            return null;
        }
        check.go().countDown();
        try {
            return check.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the integrity check of the store was interrupted; nothing was written";
        } catch (ExecutionException e) {
            return "the integrity check of the store failed (" + e.getCause() + "); nothing was written";
        }
    }

    /**
     * Checks the file through a read-only connection of its own (one consistent snapshot, whatever
     * other processes write meanwhile); returns null when it is sound, else what is wrong.
     */
    static String run(Path abs) {
        try (Connection c = StoreOpener.connect(abs, true); Statement st = c.createStatement()) {
            String first = quickCheck(st); // one statement: one read transaction, one snapshot
            return "ok".equalsIgnoreCase(first) ? null : corrupt(abs, first);
        } catch (SQLException e) {
            return corrupt(abs, StoreProblems.describe(abs, e));
        }
    }

    /** The first line {@code PRAGMA quick_check} answers: "ok" for a sound file. */
    static String quickCheck(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    static String corrupt(Path abs, String finding) {
        return abs + " is corrupt (integrity check: " + finding + "); it was left unchanged.";
    }
}
