package org.borderwatch.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.borderwatch.store.Store;
import org.borderwatch.ui.annotate.AnnotationFeature;

/**
 * The JavaFX application: one main window over the user's store — {@code --db PATH} when given,
 * otherwise {@link Store#defaultPath()} ({@code BORDERWATCH_DB} or the platform data directory).
 */
public final class BorderwatchApp extends Application {
    /** The store and the loads started before the toolkit, handed to {@link #start}. */
    private static volatile StoreAccess launchStore;
    private static volatile StartupLoads launchLoads;
    /** A file to offer for import once the window is up (opened from the file manager), or null. */
    private static volatile Path launchFile;
    private StoreAccess store;

    /**
     * Launches the window (blocks until it closes). The base map and the store's snapshot start
     * loading here, before the JavaFX toolkit, so they are ready about when the window is.
     */
    public static void launchApp(String[] args) {
        launchApp(args, null);
    }

    /**
     * As {@link #launchApp(String[])}, and once the window shows its first frame it offers to
     * import {@code file} (a bundle opened from the file manager) when that is not null.
     */
    public static void launchApp(String[] args, Path file) {
        launchFile = file;
        StartupTrace.mark("main");
        if (Boolean.getBoolean("borderwatch.exitAfterFirstFrame")) {
            exitIfNoFrameWithin(120);
        }
        launchStore = new StoreAccess(databasePath(List.of(args)));
        launchLoads = StartupLoads.start(launchStore);
        Application.launch(BorderwatchApp.class, args);
    }

    /**
     * For measuring and training runs that end after the first frame: ends the process with
     * status 3 if no frame came within {@code seconds}, so a build or a bench never waits forever.
     */
    private static void exitIfNoFrameWithin(int seconds) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(seconds * 1000L);
                System.err.println("borderwatch: no first frame within " + seconds + " s");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "first-frame-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** The database named by {@code --db PATH} or {@code --db=PATH}, else the default one. */
    static Path databasePath(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--db=")) {
                return Path.of(a.substring(5));
            }
            if (a.equals("--db") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
        }
        return Store.defaultPath();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit-up");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path db = databasePath(getParameters().getRaw());
        MainWindow window;
        if (launchLoads != null && launchStore.path().equals(db)) {
            store = launchStore;
            window = new MainWindow(UiPreferences.user(), store, new SystemBrowser(), launchLoads);
        } else {
            store = new StoreAccess(db);
            window = new MainWindow(UiPreferences.user(), store, new SystemBrowser());
        }
        launchLoads = null;
        StartupTrace.mark("window-built");
        window.show(stage);
        StartupTrace.mark("stage-shown");
        // The annotation tools open a store of their own and read it: that waits for the map's
        // first frame, so it does not compete with the map and the snapshot for the processor.
        afterFirstFrame(window, () -> {
            AnnotationFeature annotations = AnnotationFeature.install(window, db, UiPreferences.user());
            annotations.dateProperty().bind(window.timeline().dateProperty());
        });
        Path file = launchFile;
        launchFile = null;
        if (file != null) {
            window.afterFirstSituationFrame(() -> window.fileMenu().offerImport(file));
        }
        if (StartupTrace.enabled()) {
            afterFirstFrame(window, () -> StartupTrace.mark("first-map-frame"));
            window.afterFirstSituationFrame(() -> {
                StartupTrace.mark("first-frame");
                System.out.println("first-frame-ms " + StartupTrace.sinceJvmStart());
                if (Boolean.getBoolean("borderwatch.exitAfterFirstFrame")) {
                    javafx.application.Platform.exit();
                    System.exit(0);
                }
            });
        }
    }

    /** Runs {@code action} once, on the FX thread, after the map has shown its first frame. */
    private static void afterFirstFrame(MainWindow window, Runnable action) {
        javafx.beans.value.ChangeListener<Number> listener = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number frames) {
                o.removeListener(this);
                action.run();
            }
        };
        window.map().framesCommittedProperty().addListener(listener);
    }

    @Override
    public void stop() throws Exception {
        store.close();
    }
}
