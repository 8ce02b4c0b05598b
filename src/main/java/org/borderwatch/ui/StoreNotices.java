package org.borderwatch.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one-line notices of a store's opening — its integrity check failed, another process holds
 * its write lock — shown in a window's status bar. The store may open, and speak, before the
 * window exists: what comes before is kept and shown when the window is {@linkplain #showIn given}.
 * Notices come from any thread.
 */
final class StoreNotices implements Consumer<String> {
    private final List<String> early = new ArrayList<>();
    private MainWindow window;

    @Override
    public synchronized void accept(String text) {
        if (window == null) {
            early.add(text);
        } else {
            show(window, text);
        }
    }

    /** Shows what came before, and from now on every notice, in {@code w}'s status bar. */
    synchronized void showIn(MainWindow w) {
        window = w;
        early.forEach(text -> show(w, text));
        early.clear();
    }

    private static void show(MainWindow w, String text) {
        Platform.runLater(() -> w.showStatus(text));
    }
}
