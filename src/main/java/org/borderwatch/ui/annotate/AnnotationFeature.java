package org.borderwatch.ui.annotate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.WindowEvent;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.MapScene;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.Store;
import org.borderwatch.ui.Background;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.MapView;
import org.borderwatch.ui.UiPreferences;

/**
 * The annotation feature, installed into the main window with one call: the tool buttons in the
 * toolbar, the live sketch layer over the map, the list and inspector on the right, the keyboard
 * shortcuts, and the annotations valid on {@link #dateProperty() the date} handed to the map's
 * renderer. Every change goes to the store through {@link AnnotationSession}.
 *
 * <p>Preferences: {@code annotation.author} (default: the operating-system user) names who makes
 * the changes; {@code annotation.color} is the colour of new annotations.
 *
 * <p>FX thread only.
 */
public final class AnnotationFeature {
    /** Colour of new annotations unless the preferences say otherwise. */
    public static final String DEFAULT_COLOR = "#D81B60";

    private final MainWindow window;
    private final AnnotationSession session;
    private final SketchOverlay overlay = new SketchOverlay();
    private final MapTools tools;
    private final InspectorPane inspector;
    private final AnnotationListPane list;
    private final AnnotationExchange exchange;
    private final String color;
    private List<Crossing> crossings = List.of();
    /** Built on first use after the base map or the crossings change; {@code null} until then. */
    private Snapper snapper;
    private BaseMap snapperMap;
    private SplitPane panel;

    private AnnotationFeature(MainWindow window, UiPreferences prefs) {
        this.window = window;
        String user = prefs.get("annotation.author", System.getProperty("user.name", "analyst"));
        this.color = prefs.get("annotation.color", DEFAULT_COLOR).toUpperCase(java.util.Locale.ROOT);
        this.session = new AnnotationSession(Background.work(), Platform::runLater, user.isBlank() ? "analyst" : user);
        session.setPreparation(org.borderwatch.render.AnnotationPainter::prepare);
        MapView map = window.map();
        this.tools = new MapTools(map, overlay, session, this::snapper, () -> color);
        this.inspector = new InspectorPane(session, eventCatalog(window));
        this.list = new AnnotationListPane(session);
        overlay.prefWidthProperty().bind(map.widthProperty());
        overlay.prefHeightProperty().bind(map.heightProperty());
        window.mapStack().getChildren().add(overlay);
        window.toolBar().getItems().addAll(new AnnotationToolBar(tools, session).items());
        tools.snappingProperty().set(prefs.node().getBoolean("annotation.snap", false));
        tools.snappingProperty().addListener((o, a, on) -> prefs.node().putBoolean("annotation.snap", on));
        this.exchange = new AnnotationExchange(session, Background.work(), Platform::runLater, color);
        window.toolBar().getItems().add(exchangeMenu());
        placePanel(window.sideTabs());
        // "Pick on map": an event chosen on the map or in the list is linked to the annotation shown
        window.situation().selectionProperty().addListener((o, a, s) -> {
            if (s instanceof org.borderwatch.ui.Selection.OfEvent e && inspector.pickingEvents()) {
                inspector.linkEvent(e.event());
                window.showStatus("Linked \u201c" + e.event().title() + "\u201d (" + e.event().id() + ")");
            }
        });
        window.menus().undoHistory(session.undoLabelProperty(), session.canUndoProperty(), session::undo,
                session.redoLabelProperty(), session.canRedoProperty(), session::redo);
        list.setOnPick(this::zoomTo);
        tools.setOnCreated(a -> {
            if (a.kind() != org.borderwatch.domain.AnnotationKind.TEXT) {
                Platform.runLater(inspector::focusTitle);
            }
        });
        session.visibleProperty().addListener((o, a, b) -> pushToMap());
        map.contentProperty().addListener((o, a, b) -> pushToMap());
        session.messageProperty().addListener((o, a, b) -> window.showStatus(b));
        tools.hintProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                window.showStatus(b);
            }
        });
        window.root().sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                onScene(scene);
            }
        });
        if (window.root().getScene() != null) {
            onScene(window.root().getScene());
        }
    }

    /**
     * The events annotations link to: the window's snapshot for a known id, the store's full-text
     * search for words (on the work pool), the events of the window shown for no words.
     */
    private static EventLinks.Catalog eventCatalog(MainWindow window) {
        return new EventLinks.Catalog() {
            @Override
            public CompletableFuture<java.util.Map<String, org.borderwatch.domain.Event>> events(java.util.Collection<String> ids) {
                List<String> wanted = List.copyOf(ids);
                return Background.supply(() -> window.storeAccess().store().eventsById(wanted))
                        .thenApplyAsync(m -> m, Platform::runLater);
            }

            @Override
            public CompletableFuture<List<org.borderwatch.domain.Event>> search(String text) {
                if (text.isBlank()) {
                    var shown = window.situation().situation();
                    List<org.borderwatch.domain.Event> newestFirst = new java.util.ArrayList<>(shown == null ? List.of() : shown.events());
                    java.util.Collections.reverse(newestFirst);
                    return CompletableFuture.completedFuture(newestFirst);
                }
                return Background.supply(() -> window.storeAccess().matching(text, 200))
                        .thenApplyAsync(found -> found, Platform::runLater);
            }
        };
    }

    /** Installs the feature over {@code store} (owned by the caller, who closes it). */
    public static AnnotationFeature install(MainWindow window, Store store, UiPreferences prefs) {
        AnnotationFeature f = new AnnotationFeature(window, prefs);
        f.attach(store);
        return f;
    }

    /**
     * Installs the feature and opens (creating and seeding on first use) the database at
     * {@code database} in the background; the store is closed when the window closes.
     */
    public static AnnotationFeature install(MainWindow window, Path database, UiPreferences prefs) {
        return install(window, database.toString(), org.borderwatch.store.PasswordPrompt.NONE, prefs, store -> { });
    }

    /**
     * Installs the feature and opens the store at {@code address} — a database file (created and
     * seeded on first use) or a team store, whose password {@code prompt} asks for — in the
     * background; {@code onOpen} is then called on the FX thread with it. The store is closed when
     * the window closes.
     */
    public static AnnotationFeature install(MainWindow window, String address, org.borderwatch.store.PasswordPrompt prompt,
                                            UiPreferences prefs, java.util.function.Consumer<Store> onOpen) {
        AnnotationFeature f = new AnnotationFeature(window, prefs);
        CompletableFuture.supplyAsync(() -> {
            try {
                return Store.openOrCreateSeeded(address, prompt);
            } catch (org.borderwatch.store.StoreException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, Background.work()).whenComplete((store, error) -> Platform.runLater(() -> {
            if (error != null) {
                window.showStatus("Annotations are unavailable: " + error.getCause().getMessage());
                return;
            }
            f.attach(store);
            f.closeWithWindow(store);
            onOpen.accept(store);
        }));
        return f;
    }

    private void attach(Store store) {
        session.attach(store.annotationRepository());
        CompletableFuture.supplyAsync(() -> {
            try {
                return store.loadStatusData().crossings();
            } catch (org.borderwatch.store.StoreException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, Background.work()).whenComplete((cs, error) -> Platform.runLater(() -> {
            if (error == null) {
                crossings = cs;
                snapper = null;
            } else {
                window.showStatus("Crossings for snapping could not be read: " + error.getCause().getMessage());
            }
        }));
    }

    private void closeWithWindow(Store store) {
        Runnable close = () -> {
            try {
                store.close();
            } catch (org.borderwatch.store.StoreException e) {
                System.err.println(e.getMessage());
            }
        };
        Scene scene = window.root().getScene();
        if (scene != null && scene.getWindow() != null) {
            scene.getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close.run());
        }
    }

    private void onScene(Scene scene) {
        KeyboardShortcuts keys = new KeyboardShortcuts(tools, session, panel);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys::handle);
        scene.windowProperty().addListener((o, a, w) -> {
            if (w != null) {
                w.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> flush());
            }
        });
        if (scene.getWindow() != null) {
            scene.getWindow().addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> flush());
        }
    }

    /** Saves the inspector's form and waits (up to 10 s) until every change is committed. */
    void flush() {
        inspector.save();
        if (!session.awaitWrites(10_000)) {
            System.err.println("Some annotation changes were still being written when the window closed.");
        }
    }

    private void placePanel(TabPane tabs) {
        panel = new SplitPane(list, inspector);
        panel.setId("annotationPanel");
        panel.setOrientation(Orientation.VERTICAL);
        // the list shows a few rows above the inspector on a 700-pixel-high window as well
        panel.setDividerPositions(0.4);
        Tab mine = tab(panel);
        tabs.getTabs().add(mine);
        // picking an annotation or a drawing tool brings the list and inspector forward
        session.selectedIdProperty().addListener((o, a, id) -> {
            if (id != null) {
                tabs.getSelectionModel().select(mine);
            }
        });
        tools.toolProperty().addListener((o, a, t) -> {
            if (t != Tool.BROWSE) {
                tabs.getSelectionModel().select(mine);
            }
        });
    }

    private static Tab tab(Node content) {
        Tab t = new Tab("Annotations", content);
        t.setClosable(false);
        return t;
    }

    private javafx.scene.control.MenuButton exchangeMenu() {
        javafx.scene.control.MenuItem geojson = new javafx.scene.control.MenuItem("Export listed annotations as GeoJSON…");
        geojson.setId("exportGeoJson");
        geojson.setOnAction(e -> exportListed(AnnotationExchange.Format.GEOJSON));
        javafx.scene.control.MenuItem kml = new javafx.scene.control.MenuItem("Export listed annotations as KML…");
        kml.setId("exportKml");
        kml.setOnAction(e -> exportListed(AnnotationExchange.Format.KML));
        javafx.scene.control.MenuItem in = new javafx.scene.control.MenuItem("Import annotations from GeoJSON or KML…");
        in.setId("importAnnotations");
        in.setOnAction(e -> importChosen());
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton("Exchange", null, geojson, kml,
                new javafx.scene.control.SeparatorMenuItem(), in);
        menu.setId("annotationExchange");
        menu.setTooltip(new javafx.scene.control.Tooltip("Send annotations to QGIS or Google Earth, or take theirs in"));
        return menu;
    }

    private void exportListed(AnnotationExchange.Format format) {
        if (!session.isAttached()) {
            return;
        }
        List<Annotation> listed = List.copyOf(list.table().getItems());
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export " + listed.size() + " annotations as " + format.label);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(format.label, format.pattern));
        chooser.setInitialFileName("annotations" + format.extension);
        java.io.File file = chooser.showSaveDialog(window.root().getScene().getWindow());
        if (file == null) {
            return;
        }
        exchange.export(file.toPath(), format, listed).whenComplete((n, error) -> Platform.runLater(() ->
                window.showStatus(error != null ? error.getCause().getMessage()
                        : "Exported " + n + " annotations to " + file.getName())));
    }

    private void importChosen() {
        if (!session.isAttached()) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import annotations");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("GeoJSON or KML",
                "*.geojson", "*.json", "*.kml"));
        java.io.File file = chooser.showOpenDialog(window.root().getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Imports the annotations of a GeoJSON or KML file; the outcome is shown in the status bar. */
    public CompletableFuture<org.borderwatch.store.ImportCounts> importFile(Path file) {
        return exchange.importFile(file).whenComplete((counts, error) -> Platform.runLater(() ->
                window.showStatus(error != null
                        ? "Nothing imported: " + (error.getCause() != null ? error.getCause() : error).getMessage()
                        : "Imported annotations from " + file.getFileName() + ": " + counts)));
    }

    /** Exports the annotations the list shows to {@code file} (GeoJSON or KML by its extension). */
    public CompletableFuture<Integer> exportListed(Path file) {
        AnnotationExchange.Format f = AnnotationExchange.Format.of(file);
        if (f == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(file + ": use .geojson or .kml"));
        }
        return exchange.export(file, f, List.copyOf(list.table().getItems()));
    }

    private Snapper snapper() {
        BaseMap m = window.baseMap();
        if (snapper == null || snapperMap != m) {
            snapper = new Snapper(m, crossings);
            snapperMap = m;
        }
        return snapper;
    }

    /**
     * Hands the annotations valid on the date to the map's renderer — with the situation of that
     * date: when the date has moved on and the map still holds the situation of the day before
     * (the new one is being computed, or waits for its events), the annotations follow with it
     * (this runs again when the map's content changes). Handed over at once, they made a frame of
     * one day's annotations over another day's situation, painted and shown before the right one:
     * two frames painted for every date change, and the second waited for the first.
     */
    private void pushToMap() {
        MapView map = window.map();
        MapScene s = map.contentProperty().get();
        if (s == null) {
            return;
        }
        LocalDate day = session.dateProperty().get();
        if (s.situation() != null && day != null && !s.situation().date().equals(day)) {
            return;
        }
        List<Annotation> v = session.visibleProperty().get();
        if (s.annotations() == v && s.options().annotations()) {
            return;
        }
        map.contentProperty().set(s.withOptions(s.options().withAnnotations(true)).withAnnotations(v));
    }

    private void zoomTo(Annotation a) {
        MapView map = window.map();
        var v = map.viewportProperty().get();
        if (v != null) {
            map.viewportProperty().set(AnnotationZoom.viewFor(a, v));
        }
        LocalDate d = session.dateProperty().get();
        if (d != null && !a.visibleOn(d)) {
            org.borderwatch.domain.DateText t = org.borderwatch.domain.DateText.current();
            window.showStatus("\"" + Formats.name(a) + "\" is not shown on " + t.day(d) + ": it applies "
                    + (a.validFrom() == null ? "until " + t.day(a.validUntil()) : "from " + t.day(a.validFrom())
                    + (a.validUntil() == null ? "" : " until " + t.day(a.validUntil()))));
        }
    }

    /** The map tools (for tests in this package). */
    MapTools tools() {
        return tools;
    }

    /** How many crossings the tools snap to (0 until they are read from the store). */
    int snapCrossings() {
        return crossings.size();
    }

    /** The view model (annotations, selection, undo history, writes). */
    public AnnotationSession session() {
        return session;
    }

    /** The active tool; set it to start drawing. */
    public ObjectProperty<Tool> toolProperty() {
        return tools.toolProperty();
    }

    /** The live measurement of the shape being drawn. */
    public ReadOnlyStringProperty measurementProperty() {
        return tools.readoutProperty();
    }

    /** The day whose annotations the map shows; bind it to the timeline's date. */
    public ObjectProperty<LocalDate> dateProperty() {
        return session.dateProperty();
    }
}
