package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.SituationDiff;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.HitTarget;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;
import org.borderwatch.services.EventWindowCache;

/**
 * The main window: toolbar with the view presets and zoom; the legend at the left; the map with
 * the timeline bar under it; at the right the event list, "what changed" and the details of the
 * selection; a status bar with the position under the cursor and the current scale.
 *
 * <p>Loading ({@link WindowLoads}): the window shows at once; the base map and the store's
 * crossings and status intervals load in the background (already under way before the window
 * exists when it is given {@link StartupLoads}), and the map's first frame shows the crossings
 * with their status on the day — or the map alone if the store fails or takes longer than
 * {@link #SITUATION_PATIENCE}. Only then are the events read, so they do not compete with the
 * first frame; they appear on the map, the timeline and the list when they are in
 * ({@link #eventsLoadedProperty()}).
 */
public final class MainWindow {
    private static final MapStyle STYLE = MapStyle.DEFAULT;
    /** How long the first frame waits for the situation once the map is in. */
    static final javafx.util.Duration SITUATION_PATIENCE = javafx.util.Duration.seconds(3);
    private final UiPreferences prefs;
    private final StoreAccess store;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();
    private final WindowBars bars;
    private final StackPane center = new StackPane(map);
    private final TimelineViewModel timeline;
    private final SituationViewModel situation;
    private final TimelineBar timelineBar;
    private final SidePanel side;
    private final LegendPane legend = new LegendPane(STYLE);
    private final PanelLayout panels;
    private final javafx.scene.control.TabPane sideTabs;
    private final WindowMenus menus;
    private final WindowLoads loads;
    private final javafx.beans.property.ReadOnlyBooleanWrapper eventsLoaded = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /**
     * Events the window holds in memory at most (about 1 KB each): the windows around the day
     * shown. A window of more shows its newest half of this.
     */
    static final int EVENTS_HELD = 60_000;
    /** True once the first frame may show the map without a situation (it failed or is late). */
    private boolean situationLate;
    private MapPicking picking;
    private final MapNavigation navigation = new MapNavigation(map);
    private BaseMap baseMap;
    private MapScene template;
    private final FileMenu fileMenu;
    private final javafx.collections.ObservableList<org.borderwatch.render.UserLayer> userLayers =
            javafx.collections.FXCollections.observableArrayList();

    /**
     * @param prefs   what the window remembers (size, view, date)
     * @param store   the user's store, opened in the background
     * @param openUrl opens a source's address in the system browser
     */
    public MainWindow(UiPreferences prefs, StoreAccess store, UrlOpener openUrl) {
        this(prefs, store, openUrl, BaseMap::loadBundled);
    }

    /**
     * As {@link #MainWindow(UiPreferences, StoreAccess, UrlOpener)} with the map and the first
     * snapshot of {@code store} taken from {@code loads}, which are already running.
     */
    public MainWindow(UiPreferences prefs, StoreAccess store, UrlOpener openUrl, StartupLoads loads) {
        this(prefs, store, openUrl, BaseMap::loadBundled, loads);
    }

    /**
     * As {@link #MainWindow(UiPreferences, StoreAccess, UrlOpener)} with the base map read by
     * {@code mapLoader} (called on a background thread).
     */
    public MainWindow(UiPreferences prefs, StoreAccess store, UrlOpener openUrl, Callable<BaseMap> mapLoader) {
        this(prefs, store, openUrl, mapLoader, null);
    }

    private MainWindow(UiPreferences prefs, StoreAccess store, UrlOpener openUrl, Callable<BaseMap> mapLoader,
                       StartupLoads started) {
        this.prefs = prefs;
        this.store = store;
        DateDisplay.style().set(prefs.dateStyle());
        this.loads = new WindowLoads(store, mapLoader, started);
        this.timeline = new TimelineViewModel(initialDate(prefs));
        timeline.windowProperty().set(prefs.window());
        this.situation = new SituationViewModel(timeline, Platform::runLater);
        eventsLoaded.bind(situation.eventsInProperty());
        this.timelineBar = new TimelineBar(timeline, STYLE);
        this.side = new SidePanel(timeline, situation, store, STYLE, openUrl);
        root.setId("mainWindow");
        this.bars = new WindowBars(this::showPreset, f -> map.zoom(f));
        // Events, what changed and the details on the right, in tabs that other features add to
        // (the annotations feature adds its list and inspector as a tab of its own).
        sideTabs = side.tabs();
        panels = new PanelLayout(prefs, initialSize(prefs).getWidth(), legend, center, timelineBar, side);
        root.setCenter(panels.node());
        root.setBottom(bars.statusBar());
        fileMenu = new FileMenu(this);
        menus = new WindowMenus(new MenuActions(), panels.legendShownProperty(), panels.sideShownProperty(),
                panels.timelineShownProperty(), timelineBar.lanes().changedInViewOnlyProperty(), timeline);
        bars.panelToggles(panels.legendShownProperty(), panels.sideShownProperty());
        root.setTop(new javafx.scene.layout.VBox(menus.bar(), bars.toolBar()));
        wire();
        userLayers.addListener((javafx.collections.ListChangeListener<org.borderwatch.render.UserLayer>) c -> updateScene());
    }

    /**
     * The window's first size: the remembered one, never larger than the screen; at the very first
     * start the whole screen up to 1440 pixels wide, nine tenths of a larger one.
     */
    private static javafx.geometry.Dimension2D initialSize(UiPreferences prefs) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (!prefs.hasWindowSize()) {
            double share = screen.getWidth() <= 1440 ? 1 : 0.9;
            return new javafx.geometry.Dimension2D(Math.floor(screen.getWidth() * share), Math.floor(screen.getHeight() * share));
        }
        return new javafx.geometry.Dimension2D(Math.min(prefs.windowWidth(), screen.getWidth()),
                Math.min(prefs.windowHeight(), screen.getHeight()));
    }

    /** The day to show first: {@code -Dborderwatch.date}, else the remembered one, else today (clamped to the data). */
    private static LocalDate initialDate(UiPreferences prefs) {
        String forced = System.getProperty("borderwatch.date");
        if (forced != null && !forced.isBlank()) {
            return org.borderwatch.domain.DateText.parse(forced);
        }
        LocalDate remembered = prefs.date();
        return remembered != null ? remembered : LocalDate.now();
    }

    private void wire() {
        map.cursorLonLatProperty().addListener((o, a, p) -> bars.cursor(p));
        map.viewportProperty().addListener((o, a, v) -> bars.scale(v));
        // invalidation, not change: comparing two situations (100,000 events) with equals costs more than painting
        situation.situationProperty().addListener((javafx.beans.InvalidationListener) o -> updateScene());
        // the next days are read once the map shows this one, not while it paints it
        situation.readAheadThrough(map::afterNextFrame);
        situation.selectionProperty().addListener((o, a, s) -> {
            updateScene();
            timelineBar.lanes().selectedCrossingIdProperty().set(s == null ? null : s.crossingId());
        });
        situation.windowNoteProperty().addListener((o, a, note) -> {
            if (!note.isEmpty()) {
                bars.status(note);
            }
        });
        timeline.dateProperty().addListener((o, a, d) -> prefs.saveDate(d));
        DateDisplay.whenChanged(root, this::updateScene);
        timeline.windowProperty().addListener((o, a, w) -> prefs.saveWindow(w));
        timelineBar.rememberVisibleSpan(prefs);
        timelineBar.lanes().setOnCrossingClicked(c -> chooseCrossing(c, false));
        side.events().setOnEventChosen(this::chooseEvent);
        side.details().setOnCrossingLink(c -> chooseCrossing(c, true));
        side.changes().setOnEntryChosen(this::chooseEntry);
        map.overlaysProperty().addListener((o, a, r) -> legend.show(map.shownSceneProperty().get(), r));
        picking = new MapPicking(map, this::onMapClick);
    }

    private void onMapClick(Optional<HitTarget> hit) {
        if (hit.isEmpty()) {
            situation.selectionProperty().set(null);
        } else if (hit.get() instanceof HitTarget.CrossingHit c && situation.crossing(c.crossingId()) != null) {
            situation.selectCrossing(situation.crossing(c.crossingId()));
        } else if (hit.get() instanceof HitTarget.EventHit e && situation.event(e.eventId()) != null) {
            situation.selectEvent(situation.event(e.eventId()));
        } else if (hit.get() instanceof HitTarget.ClusterHit c) {
            var b = c.bounds();
            Viewport shown = map.shownSceneProperty().get().view();
            var world = shown.toWorld(b.getCenterX(), b.getCenterY());
            Viewport v = map.viewportProperty().get();
            var at = v.toScreen(world.x, world.y);
            map.zoomAt(2, at.getX(), at.getY());
        }
    }

    public MapPicking picking() {
        return picking;
    }

    public LegendPane legend() {
        return legend;
    }

    public MapView map() {
        return map;
    }

    public BorderPane root() {
        return root;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public SituationViewModel situation() {
        return situation;
    }

    public TimelineBar timelineBar() {
        return timelineBar;
    }

    public SidePanel side() {
        return side;
    }

    /** Shows the window on {@code stage} and starts loading the map and the store. */
    public void show(Stage stage) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // the remembered size, but never larger than the screen: at 1024 × 700 the window fills it
        double w = initialSize(prefs).getWidth();
        double h = initialSize(prefs).getHeight();
        // the theme's background (-color-bg-default): the root paints none of its own (borderwatch.css)
        Scene scene = new Scene(root, w, h, javafx.scene.paint.Color.WHITE);
        scene.getStylesheets().add(MainWindow.class.getResource("borderwatch.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new WindowKeys(map, timelineBar)::onKey);
        StylingOnlyFrames.install(scene, root);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    MainWindow.class.getResource("icons/borderwatch-" + size + ".png").toExternalForm()));
        }
        updateTitle(stage);
        timeline.dateProperty().addListener((o, a, d) -> updateTitle(stage));
        DateDisplay.whenChanged(root, () -> updateTitle(stage));
        stage.setScene(scene);
        if (w >= screen.getWidth() || h >= screen.getHeight()) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
        }
        stage.setMaximized(prefs.windowMaximized());
        stage.setOnCloseRequest(e -> {
            prefs.saveWindowMaximized(stage.isMaximized());
            if (!stage.isMaximized()) {
                prefs.saveWindow(scene.getWidth(), scene.getHeight());
            }
            if (map.viewportProperty().get() != null) {
                prefs.saveView(map.viewportProperty().get());
            }
            panels.save();
            timeline.playingProperty().set(false);
        });
        stage.show();
        timeline.dataProperty().addListener((o, a, d) -> panels.timelineContentChanged());
        bars.data("Opening " + store.location() + "…");
        loads.start(new Loading());
    }

    /** "Borderwatch — borderwatch.db — Thu 30 Nov 2023": the program, the store's name, the day shown. */
    private void updateTitle(Stage stage) {
        LocalDate d = timeline.date();
        // the store's name: its file's, or the last part of a server store's address
        String name = store.location().replaceAll(".*[/\\\\]", "");
        stage.setTitle("Borderwatch \u2014 " + (name.isEmpty() ? store.location() : name)
                + (d == null ? "" : " \u2014 " + DateDisplay.text().dayWithWeekday(d)));
    }

    /** What the window does with the results of its loads (FX thread). */
    private final class Loading implements WindowLoads.Listener {
        @Override
        public void mapLoaded(BaseMap loaded) {
            baseMap = loaded;
            int w = (int) Math.max(100, map.getWidth());
            int h = (int) Math.max(100, map.getHeight());
            navigation.start(prefs.view(w, h), ViewPreset.BOTH, w, h);
            template = MapScene.base(baseMap, map.viewportProperty().get()).withStyle(STYLE)
                    .withOptions(MapOptions.ALL.withLegend(false));
            if (situation.situation() == null && !situationLate) {
                javafx.animation.PauseTransition patience = new javafx.animation.PauseTransition(SITUATION_PATIENCE);
                patience.setOnFinished(e -> situationIsLate());
                patience.play();
            }
            updateScene();
            bars.status("Ready");
        }

        @Override
        public void mapFailed(String message) {
            bars.status("The map could not be loaded: " + message);
            loads.loadEvents();
        }

        @Override
        public void statusLoaded(SituationData status) {
            timeline.setData(status);
            bars.data(String.format(Locale.ROOT, "%d crossings · reading the events… · %s", status.crossings().size(),
                    store.location()));
            afterFirstSituationFrame(loads::loadEvents);
        }

        @Override
        public void dataLoaded(SituationData status, EventDays days) {
            showData(status, days);
        }

        @Override
        public void dataFailed(String message) {
            bars.data("The situation could not be loaded: " + message);
            situationIsLate();
        }
    }

    /**
     * Runs {@code action} once, on the FX thread, after the map has shown its first frame with the
     * situation (the crossings) — or at once if such a frame is already on screen. FX thread.
     */
    public void afterFirstSituationFrame(Runnable action) {
        javafx.beans.value.ChangeListener<MapScene> listener = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends MapScene> o, MapScene a, MapScene shown) {
                if (shown != null && shown.situation() != null) {
                    o.removeListener(this);
                    action.run();
                }
            }
        };
        MapScene now = map.shownSceneProperty().get();
        if (now != null && now.situation() != null) {
            action.run();
        } else {
            map.shownSceneProperty().addListener(listener);
        }
    }

    /**
     * Runs {@code action} once, on the FX thread, when the map has shown a frame with the events of
     * its window for the first time (after the first frame, which shows the crossings alone). FX thread.
     */
    public void afterEventsShown(Runnable action) {
        // looked at when a frame is shown and when the events come in: a window without events may
        // show its last frame before they are known to be none
        javafx.beans.InvalidationListener check = new javafx.beans.InvalidationListener() {
            private boolean done;

            @Override
            public void invalidated(javafx.beans.Observable o) {
                MapScene shown = map.shownSceneProperty().get();
                if (!done && eventsLoaded.get() && shown != null && shown.situation() != null
                        && shown.situation() == situation.situation()) {
                    done = true;
                    map.shownSceneProperty().removeListener(this);
                    eventsLoaded.removeListener(this);
                    action.run();
                }
            }
        };
        map.shownSceneProperty().addListener(check);
        eventsLoaded.addListener(check);
    }

    /** Lets the map show without the situation (still loading, or failed). */
    private void situationIsLate() {
        if (!situationLate) {
            situationLate = true;
            updateScene();
        }
    }

    /**
     * Reads the store's snapshot again in the background and shows it (e.g. after an import).
     * Call on the FX thread.
     */
    public void reload() {
        loads.reload();
    }

    /**
     * True once the map's situation holds the events of its window (the first frame shows the
     * crossings before; after an import, again once the new events are in).
     */
    public javafx.beans.property.ReadOnlyBooleanProperty eventsLoadedProperty() {
        return eventsLoaded.getReadOnlyProperty();
    }

    /** The File menu (export, import, layers). */
    public FileMenu fileMenu() {
        return fileMenu;
    }

    /** The window's store (its methods do disk I/O: call them off the FX thread only). */
    public StoreAccess storeAccess() {
        return store;
    }

    /** Layers the user added, bottom first; changing the list repaints the map. FX thread only. */
    public javafx.collections.ObservableList<org.borderwatch.render.UserLayer> userLayers() {
        return userLayers;
    }

    /**
     * Installs the store's crossings, intervals and events per day, and reads the events window by
     * window from now on (a new cache: after an import nothing read before is shown). FX thread.
     */
    void showData(SituationData status, EventDays days) {
        EventWindowCache cache = new EventWindowCache(store.windows(), days, EVENTS_HELD, Background.work(),
                Platform::runLater);
        cache.setOnFailure(m -> bars.status("The events could not be read: " + m));
        timeline.setData(status, days);
        situation.useEvents(cache);
        int total = days.isEmpty() ? 0 : days.total(days.first(), days.last());
        bars.data(String.format(Locale.ROOT, "%d crossings · %,d events · %s", status.crossings().size(),
                total, store.location()));
    }

    /** Gives the map the current situation and selection; only overlays repaint. */
    private void updateScene() {
        if (template == null || situation.situation() == null && !situationLate) {
            return;
        }
        Selection sel = situation.selectionProperty().get();
        map.contentProperty().set(template.withSituation(situation.situation()).withUserLayers(userLayers)
                .withSelection(sel == null ? null : sel.eventId(), sel == null ? null : sel.crossingId()));
    }

    /** Selects an event, moves the timeline to its day and centres the map on it (when it has a place). */
    public void chooseEvent(Event e) {
        situation.selectEvent(e);
        timeline.setDate(e.date());
        if (e.location() != null) {
            navigation.centreOn(e.location(), true);
        }
    }

    /** Selects a crossing; the map follows when it is out of view or {@code centre} is set. */
    public void chooseCrossing(Crossing c, boolean centre) {
        situation.selectCrossing(c);
        navigation.centreOn(c.location(), centre);
    }

    private void chooseEntry(SituationDiff.Entry entry) {
        if (entry instanceof SituationDiff.StatusChange c) {
            timeline.setDate(c.date());
            chooseCrossing(c.crossing(), false);
        } else if (entry instanceof SituationDiff.EventEntry e) {
            chooseEvent(e.event());
        }
    }

    /** The loaded base map, or {@code null} while loading. */
    public BaseMap baseMap() {
        return baseMap;
    }

    /** The toolbar above the map; features add their buttons to it. */
    public ToolBar toolBar() {
        return bars.toolBar();
    }

    /** The tabs of the side panel; features add a tab of their own. */
    public javafx.scene.control.TabPane sideTabs() {
        return sideTabs;
    }

    /** The menu bar (features give Edit → Undo and Redo their history). */
    public WindowMenus menus() {
        return menus;
    }

    /** What the window remembers. */
    UiPreferences prefs() {
        return prefs;
    }

    /** Which panels show (legend, side panel, timeline) and their sizes. */
    PanelLayout panels() {
        return panels;
    }

    /** The stack that holds the map; features add their live layers above it. */
    public StackPane mapStack() {
        return center;
    }

    /** Shows a one-line message in the status bar. */
    public void showStatus(String text) {
        bars.status(text);
    }

    /** Writes every date of the window, the map and new slides in {@code style}, and remembers it. */
    public void chooseDateStyle(org.borderwatch.domain.DateText.Style style) {
        DateDisplay.style().set(style);
        prefs.saveDateStyle(style);
    }

    /** Shows one of the preset views. */
    public void showPreset(ViewPreset preset) {
        navigation.showPreset(preset);
    }

    /**
     * Closes the window as its close button does (the view, the sizes and every annotation change
     * are saved first); the program ends with its last window.
     */
    public void quit() {
        javafx.stage.Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w == null) {
            return;
        }
        javafx.stage.WindowEvent request = new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST);
        w.fireEvent(request);
        if (!request.isConsumed()) {
            w.hide();
        }
    }

    /** Ctrl+F: the event search box, with its text selected (the side panel opens when hidden). */
    public void find() {
        panels.sideShownProperty().set(true);
        side.tabs().getSelectionModel().select(0);
        side.events().focusSearch();
    }

    /** Ctrl+G: the timeline's date field, its text selected for a new date (the timeline opens when hidden). */
    public void goToDate() {
        panels.timelineShownProperty().set(true);
        timelineBar.focusDateField();
    }

    /** What the menu items do. */
    private final class MenuActions implements WindowMenus.Actions {
        @Override
        public void exportSlide() {
            fileMenu.exportSlide();
        }

        @Override
        public void exportDeck() {
            fileMenu.exportDeck();
        }

        @Override
        public void importFile() {
            fileMenu.chooseImport();
        }

        @Override
        public void addLayer() {
            fileMenu.chooseLayer();
        }

        @Override
        public void showLayers() {
            fileMenu.showLayers();
        }

        @Override
        public void quit() {
            MainWindow.this.quit();
        }

        @Override
        public void find() {
            MainWindow.this.find();
        }

        @Override
        public void goToDate() {
            MainWindow.this.goToDate();
        }

        @Override
        public void showPreset(ViewPreset preset) {
            MainWindow.this.showPreset(preset);
        }

        @Override
        public void zoom(double factor) {
            map.zoom(factor);
        }

        @Override
        public void chooseDateStyle(org.borderwatch.domain.DateText.Style style) {
            MainWindow.this.chooseDateStyle(style);
        }

        @Override
        public void showShortcuts() {
            HelpWindows.shortcuts(root.getScene() == null ? null : root.getScene().getWindow());
        }

        @Override
        public void showAbout() {
            HelpWindows.about(root.getScene() == null ? null : root.getScene().getWindow());
        }
    }
}
