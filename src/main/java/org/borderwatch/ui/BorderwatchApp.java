package org.borderwatch.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.stage.Stage;
import org.borderwatch.store.Store;
import org.borderwatch.ui.annotate.AnnotationFeature;

/** The JavaFX application: one main window. */
public final class BorderwatchApp extends Application {

    /** Launches the window (blocks until it closes). */
    public static void launchApp(String[] args) {
        Application.launch(BorderwatchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(UiPreferences.user());
        window.show(stage);
        AnnotationFeature.install(window, Store.defaultPath(), UiPreferences.user());
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
}
