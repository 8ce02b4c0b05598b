package org.borderwatch.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.borderwatch.store.OpenOptions;
import org.borderwatch.store.Store;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.ui.annotate.AnnotationFeature;
import org.borderwatch.ui.team.ConnectDialog;
import org.borderwatch.ui.team.FxPasswordPrompt;
import org.borderwatch.ui.team.TeamAnnotations;

/**
 * The JavaFX application: one main window over the user's store — {@code --db PATH} when given,
 * otherwise {@link Store#defaultPath()} ({@code BORDERWATCH_DB} or the platform data directory).
 */
public final class BorderwatchApp extends Application {
    /** The store and the loads started before the toolkit, handed to {@link #start}. */
    private static volatile StoreAccess launchStore;
    /** A database file the user named that does not exist: {@link #start} asks before making it. */
    private static volatile Path ask;
    private static volatile StartupLoads launchLoads;
    /** A file to offer for import once the window is up (opened from the file manager), or null. */
    private static volatile Path launchFile;
    /** Asks for team store passwords; keeps them in memory for this session's other connections. */
    private static final FxPasswordPrompt PASSWORDS = new FxPasswordPrompt();
    /** What the opening of the window's database file tells the user. */
    private static final StoreNotices NOTICES = new StoreNotices();
    private final java.util.List<StoreAccess> stores = new java.util.ArrayList<>();

    /**
     * With {@code -Dborderwatch.reportStartup=true}: end the process once the map shows the events
     * of its window (the bench's measurement of start-up, and the class-data archive's training).
     */
    static final String EXIT_AFTER_EVENTS = "borderwatch.exitAfterEvents";

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
        if (Boolean.getBoolean("borderwatch.exitAfterFirstFrame") || Boolean.getBoolean(EXIT_AFTER_EVENTS)) {
            exitIfNoFrameWithin(120);
        }
        String address = databaseAddress(List.of(args));
        if (!ServerAddress.isServerAddress(address)) {
            // a team store may ask for a password, which needs the toolkit: it is opened by the window
            Path store = Path.of(address);
            if (askBeforeCreating(List.of(args), store)) {
                // a store the user named that is not there yet: the window asks first
                ask = store;
            } else {
                launchStore = new StoreAccess(store, fileOptions(List.of(args), false));
                launchLoads = StartupLoads.start(launchStore);
            }
        }
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

    /**
     * The store named by {@code --db STORE} or {@code --db=STORE} — a file or a team store's
     * {@code postgresql://} address — else {@code BORDERWATCH_DB} when it is a server address,
     * else the default database file.
     */
    static String databaseAddress(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--db=")) {
                return a.substring(5);
            }
            if (a.equals("--db") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
        }
        String env = System.getenv("BORDERWATCH_DB");
        if (env != null && ServerAddress.isServerAddress(env)) {
            return env.strip();
        }
        return Store.defaultPath().toString();
    }

    /** Whether the database file is the user's own in the data folder (no {@code --db}, no {@code BORDERWATCH_DB}). */
    private static boolean defaultFile(List<String> args) {
        String env = System.getenv("BORDERWATCH_DB");
        return args.stream().noneMatch(a -> a.equals("--db") || a.startsWith("--db=")) && (env == null || env.isBlank());
    }

    /** Whether {@code file} is a store the user named that is not there yet (missing, or 0 bytes). */
    private static boolean askBeforeCreating(List<String> args, Path file) {
        if (defaultFile(args)) {
            return false;
        }
        try {
            return !java.nio.file.Files.exists(file) || java.nio.file.Files.size(file) == 0;
        } catch (java.io.IOException e) {
            return false; // the opening reports what is wrong with it
        }
    }

    /**
     * How the window opens a database file: the one in the data folder is made (with its folder)
     * on first start; one the user named only when {@code created} (the user said so when asked).
     */
    private static OpenOptions fileOptions(List<String> args, boolean created) {
        boolean mine = defaultFile(args);
        // the map does not wait for the integrity check of a large store; nothing is written before it passed
        return OpenOptions.writing().creating(mine || created, mine).checkingBeside().telling(NOTICES);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit-up");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        String db = databaseAddress(getParameters().getRaw());
        MainWindow window;
        StoreAccess store;
        Path named = ask;
        ask = null;
        if (named != null && !NewStoreQuestion.ask(stage, named)) {
            javafx.application.Platform.exit();
            return;
        }
        if (launchLoads != null && launchStore.path() != null && launchStore.path().toString().equals(db)) {
            store = launchStore;
            window = new MainWindow(UiPreferences.user(), store, new SystemBrowser(), launchLoads);
        } else if (!ServerAddress.isServerAddress(db)) {
            store = new StoreAccess(Path.of(db), fileOptions(getParameters().getRaw(), named != null));
            window = new MainWindow(UiPreferences.user(), store, new SystemBrowser());
        } else {
            store = new StoreAccess(db, PASSWORDS);
            window = new MainWindow(UiPreferences.user(), store, new SystemBrowser());
        }
        launchLoads = null;
        if (!ServerAddress.isServerAddress(db)) {
            NOTICES.showIn(window);
        }
        StartupTrace.mark("window-built");
        open(window, store, stage, db);
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
            window.afterEventsShown(() -> {
                StartupTrace.mark("events-shown");
                System.out.println("events-shown-ms " + StartupTrace.sinceJvmStart());
                Runnable exit = () -> {
                    if (Boolean.getBoolean(EXIT_AFTER_EVENTS)) {
                        javafx.application.Platform.exit();
                        System.exit(0);
                    }
                };
                if (BrowsingTrace.days() > 0) {
                    BrowsingTrace.browse(window, BrowsingTrace.warmUpDays(), BrowsingTrace.days(), System.out, exit);
                } else {
                    exit.run();
                }
            });
        }
    }

    /**
     * Shows {@code window} over {@code store} on {@code stage}, with the annotation tools (on their
     * own connection to {@code address}) once the map shows its first frame, the live changes and
     * conflict views of a shared store, and the "Connect to team store…" entry.
     */
    private void open(MainWindow window, StoreAccess store, Stage stage, String address) {
        stores.add(store);
        window.show(stage);
        if (ServerAddress.isServerAddress(address)) {
            stage.setTitle("Borderwatch — " + store.location());
        }
        StartupTrace.mark("stage-shown");
        // the integrity check of a large store waits until the map and its events are on screen
        window.afterEventsShown(store::startBackgroundChecks);
        ConnectDialog.addTo(window, UiPreferences.user(), this::openTeamWindow);
        // The annotation tools open a store of their own and read every annotation (thousands in
        // an analyst's store): that waits until the map shows its events — or, should their read
        // fail, a few seconds after the first frame — so that it competes with neither the first
        // frame nor the first read of the window's events for the processor.
        boolean[] installed = new boolean[1];
        Runnable tools = () -> {
            if (installed[0]) {
                return;
            }
            installed[0] = true;
            AnnotationFeature[] annotations = new AnnotationFeature[1];
            annotations[0] = AnnotationFeature.install(window, address, PASSWORDS, UiPreferences.user(),
                    opened -> TeamAnnotations.follow(opened, annotations[0].session(), window));
            annotations[0].dateProperty().bind(window.timeline().dateProperty());
        };
        window.afterEventsShown(tools);
        afterFirstFrame(window, () -> {
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(ANNOTATIONS_AT_THE_LATEST);
            wait.setOnFinished(e -> tools.run());
            wait.play();
        });
    }

    /** How long after the first frame the annotation tools start at the latest, the window's events shown or not. */
    private static final javafx.util.Duration ANNOTATIONS_AT_THE_LATEST = javafx.util.Duration.seconds(3);

    /** A second window, over the team store at {@code address}. */
    private void openTeamWindow(String address) {
        StoreAccess store = new StoreAccess(address, PASSWORDS);
        MainWindow window = new MainWindow(UiPreferences.user(), store, new SystemBrowser());
        Stage stage = new Stage();
        stage.setOnHidden(e -> {
            try {
                store.close();
            } catch (org.borderwatch.store.StoreException x) {
                System.err.println(x.getMessage());
            }
        });
        open(window, store, stage, address);
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
        PASSWORDS.forget();
        for (StoreAccess s : stores) {
            s.close();
        }
    }
}
