package org.borderwatch.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition that reads the scene graph, evaluating it on the JavaFX Application
 * Thread: a lookup made from the test thread while the window changes its children can read a
 * list in the middle of its change and fail with an index out of bounds.
 */
public final class FxWait {
    private FxWait() {
    }

    /** Polls {@code condition} on the FX thread until it is true, for at most {@code timeout}. */
    public static void waitFor(long timeout, TimeUnit unit, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(timeout, unit, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
