package org.borderwatch.slides;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The daemon threads slide writing hands part of its work to, beside the calling thread. */
final class HelperThreads {
    private HelperThreads() {
    }

    /** As many daemon threads named {@code name} as are asked for at once; idle ones end after a minute. */
    static ExecutorService named(String name) {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
