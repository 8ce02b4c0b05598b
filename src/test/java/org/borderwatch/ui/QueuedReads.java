package org.borderwatch.ui;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/** A background executor for tests without a stage: what it is given runs when the test says. */
final class QueuedReads implements Executor {
    private final ArrayDeque<Runnable> queued = new ArrayDeque<>();

    @Override
    public void execute(Runnable read) {
        queued.add(read);
    }

    /** Runs what is queued, and what that queues, until nothing is left. */
    void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    /** Whether nothing waits. */
    boolean isEmpty() {
        return queued.isEmpty();
    }
}
