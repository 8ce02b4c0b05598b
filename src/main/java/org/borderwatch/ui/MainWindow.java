package org.borderwatch.ui;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.ScaleBar;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;

/**
 * The main window: toolbar with the view presets and zoom, the map filling the middle, and a
 * status bar with the position under the cursor and the current scale. The base map loads in the
 * background; the window shows at once.
 */
public final class MainWindow {
    private final UiPreferences prefs;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();
    private final Label cursorLabel = new Label("—");
    private final Label scaleLabel = new Label("");
    private final Label statusLabel = new Label("Loading map…");
    private final StackPane center = new StackPane(map);
    private BaseMap baseMap;

    public MainWindow(UiPreferences prefs) {
        this.prefs = prefs;
        root.setId("mainWindow");
        root.setTop(toolbar());
        root.setCenter(center);
        root.setBottom(statusBar());
        map.cursorLonLatProperty().addListener((o, a, p) -> cursorLabel.setText(p == null ? "—" : formatLonLat(p.getX(), p.getY())));
        map.viewportProperty().addListener((o, a, v) -> {
            if (v != null) {
                ScaleBar.Measure m = ScaleBar.measure(v, 160);
                scaleLabel.setText("Scale bar " + m.label() + " · 1:" + String.format(Locale.ROOT, "%,d",
                        Math.round(ScaleBar.groundMetresPerPixel(v) / 0.000264583)));
            }
        });
    }

    public MapView map() {
        return map;
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the window on {@code stage} and starts loading the map. */
    public void show(Stage stage) {
        Scene scene = new Scene(root, prefs.windowWidth(), prefs.windowHeight());
        scene.getStylesheets().add(MainWindow.class.getResource("borderwatch.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setTitle("Borderwatch");
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            prefs.saveWindow(scene.getWidth(), scene.getHeight());
            if (map.viewportProperty().get() != null) {
                prefs.saveView(map.viewportProperty().get());
            }
        });
        stage.show();
        loadMap();
    }

    private void loadMap() {
        CompletableFuture.supplyAsync(() -> {
            try {
                return BaseMap.loadBundled();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Background.work()).whenComplete((loaded, error) -> Platform.runLater(() -> {
            if (error != null) {
                statusLabel.setText("The map could not be loaded: " + error.getCause().getMessage());
                return;
            }
            baseMap = loaded;
            int w = (int) Math.max(100, map.getWidth());
            int h = (int) Math.max(100, map.getHeight());
            Viewport remembered = prefs.view(w, h);
            map.viewportProperty().set(remembered != null ? remembered : ViewPreset.BOTH.viewport(w, h));
            map.contentProperty().set(MapScene.base(baseMap, map.viewportProperty().get()));
            statusLabel.setText("Ready");
        }));
    }

    /** The loaded base map, or {@code null} while loading. */
    public BaseMap baseMap() {
        return baseMap;
    }

    /** The toolbar above the map; features add their buttons to it. */
    public ToolBar toolBar() {
        return (ToolBar) root.getTop();
    }

    /** The stack that holds the map; features add their live layers above it. */
    public StackPane mapStack() {
        return center;
    }

    /** Shows a one-line message in the status bar. */
    public void showStatus(String text) {
        statusLabel.setText(text);
    }

    /** Shows one of the preset views. */
    public void showPreset(ViewPreset preset) {
        Viewport v = map.viewportProperty().get();
        if (v != null) {
            map.viewportProperty().set(preset.viewport(v.width(), v.height()));
        }
    }

    private ToolBar toolbar() {
        Button both = presetButton(ViewPreset.BOTH, "presetBoth");
        Button fi = presetButton(ViewPreset.FINLAND, "presetFinland");
        Button pl = presetButton(ViewPreset.POLAND, "presetPoland");
        Button zoomIn = new Button("+");
        zoomIn.setId("zoomIn");
        zoomIn.setTooltip(new Tooltip("Zoom in (+)"));
        zoomIn.setOnAction(e -> map.zoom(2));
        Button zoomOut = new Button("−");
        zoomOut.setId("zoomOut");
        zoomOut.setTooltip(new Tooltip("Zoom out (−)"));
        zoomOut.setOnAction(e -> map.zoom(0.5));
        return new ToolBar(both, fi, pl, new Separator(), zoomIn, zoomOut);
    }

    private Button presetButton(ViewPreset p, String id) {
        Button b = new Button(p.label());
        b.setId(id);
        b.setTooltip(new Tooltip("Show " + p.label().toLowerCase(Locale.ROOT)));
        b.setOnAction(e -> showPreset(p));
        return b;
    }

    private HBox statusBar() {
        cursorLabel.setId("cursorLabel");
        scaleLabel.setId("scaleLabel");
        statusLabel.setId("statusLabel");
        cursorLabel.setMinWidth(220);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, statusLabel, spacer, scaleLabel, cursorLabel);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS) {
            map.zoom(2);
            e.consume();
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
            map.zoom(0.5);
            e.consume();
        }
    }

    /** "60.60000° N, 27.80833° E" */
    static String formatLonLat(double lon, double lat) {
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(lat), lat >= 0 ? "N" : "S",
                Math.abs(lon), lon >= 0 ? "E" : "W");
    }
}
