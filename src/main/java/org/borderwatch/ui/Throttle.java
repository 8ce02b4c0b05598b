package org.borderwatch.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs an action at most once per interval on the JavaFX Application Thread: the first request
 * runs at once, requests during the interval are merged into one run at its end. Used where each
 * run costs more than a frame (re-filtering and re-sorting a long table) while the day changes
 * sixty times a second during playback.
 */
final class Throttle {
    private final PauseTransition timer;
    private final Runnable action;
    private boolean cooling;
    private boolean dirty;

    Throttle(Duration interval, Runnable action) {
        this.action = action;
        this.timer = new PauseTransition(interval);
        timer.setOnFinished(e -> {
            cooling = false;
            if (dirty) {
                dirty = false;
                fire();
            }
        });
    }

    void request() {
        if (cooling) {
            dirty = true;
        } else {
            fire();
        }
    }

    private void fire() {
        cooling = true;
        timer.playFromStart();
        action.run();
    }
}
