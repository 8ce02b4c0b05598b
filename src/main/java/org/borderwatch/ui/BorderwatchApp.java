package org.borderwatch.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
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
    private StoreAccess store;

    /** Launches the window (blocks until it closes). */
    public static void launchApp(String[] args) {
        Application.launch(BorderwatchApp.class, args);
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path db = databasePath(getParameters().getRaw());
        store = new StoreAccess(db);
        MainWindow window = new MainWindow(UiPreferences.user(), store, url -> getHostServices().showDocument(url));
        window.show(stage);
        AnnotationFeature annotations = AnnotationFeature.install(window, db, UiPreferences.user());
        annotations.dateProperty().bind(window.timeline().dateProperty());
        if (Boolean.getBoolean("borderwatch.reportStartup")) {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            window.map().framesCommittedProperty().addListener((o, a, b) -> {
                if (b.longValue() == 1) {
                    System.out.println("first-frame-ms " + (System.currentTimeMillis() - jvmStart));
                    if (Boolean.getBoolean("borderwatch.exitAfterFirstFrame")) {
                        javafx.application.Platform.exit();
                        System.exit(0);
                    }
                }
            });
        }
    }

    @Override
    public void stop() throws Exception {
        store.close();
    }
}
