package org.borderwatch.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's background threads: one pool for work (SQL, files, import, export) and one
 * single painting thread for map frames, both daemon and below normal priority so the JavaFX
 * Application Thread always wins.
 */
public final class Background {
    private static final ExecutorService WORK = Executors.newFixedThreadPool(2, factory("borderwatch-work"));
    private static final ExecutorService PAINT = Executors.newSingleThreadExecutor(factory("borderwatch-paint"));

    private Background() {
    }

    /** Pool for SQL, file and import/export tasks. */
    public static ExecutorService work() {
        return WORK;
    }

    /**
     * Runs {@code task} on the work pool; the future completes with its result, or exceptionally
     * with a {@link java.util.concurrent.CompletionException} around what it threw.
     */
    public static <T> java.util.concurrent.CompletableFuture<T> supply(java.util.concurrent.Callable<T> task) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, WORK);
    }

    /** The single thread that paints map frames (frames are coalesced, so one is enough). */
    public static ExecutorService paint() {
        return PAINT;
    }

    private static ThreadFactory factory(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }
}
