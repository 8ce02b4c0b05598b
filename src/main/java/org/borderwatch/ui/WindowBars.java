package org.borderwatch.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.borderwatch.render.ScaleBar;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;

/**
 * The main window's tool bar (File menu, view presets, zoom; features add their buttons) and its
 * status bar: a message, what the store holds, the scale and the position under the cursor.
 * FX thread only.
 */
final class WindowBars {
    /** Metres per pixel of a 96 dpi screen, for the "1:n" scale. */
    private static final double SCREEN_PIXEL_METRES = 0.000264583;
    private final Label cursorLabel = new Label("—");
    private final Label scaleLabel = new Label("");
    private final Label statusLabel = new Label("Loading map…");
    private final Label dataLabel = new Label("Loading the situation…");
    private final ToolBar toolBar;
    private final HBox statusBar;

    /**
     * @param showPreset shows one of the preset views
     * @param zoom       zooms the map about its centre by a factor
     */
    WindowBars(Consumer<ViewPreset> showPreset, java.util.function.DoubleConsumer zoom) {
        Button zoomIn = Buttons.of("+", "zoomIn", "Zoom in (+)", () -> zoom.accept(2));
        Button zoomOut = Buttons.of("−", "zoomOut", "Zoom out (−)", () -> zoom.accept(0.5));
        toolBar = new ToolBar(presetButton(ViewPreset.BOTH, "presetBoth", showPreset),
                presetButton(ViewPreset.FINLAND, "presetFinland", showPreset),
                presetButton(ViewPreset.POLAND, "presetPoland", showPreset), new Separator(), zoomIn, zoomOut);
        toolBar.setId("toolBar");
        toolBar.setAccessibleText("Tool bar");
        cursorLabel.setId("cursorLabel");
        scaleLabel.setId("scaleLabel");
        statusLabel.setId("statusLabel");
        dataLabel.setId("dataLabel");
        cursorLabel.setMinWidth(220);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        statusBar = new HBox(16, statusLabel, dataLabel, spacer, scaleLabel, cursorLabel);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setPadding(new Insets(3, 10, 3, 10));
    }

    private static Button presetButton(ViewPreset p, String id, Consumer<ViewPreset> showPreset) {
        return Buttons.of(p.label(), id, "Show " + p.label().toLowerCase(Locale.ROOT), () -> showPreset.accept(p));
    }

    /**
     * Puts the panel switches at the start of the tool bar: the legend and the side panel, each
     * pressed while its panel shows (the same as View → Legend panel and Side panel).
     */
    void panelToggles(javafx.beans.property.BooleanProperty legendShown, javafx.beans.property.BooleanProperty sideShown) {
        javafx.scene.control.ToggleButton legend = panelToggle("Legend", "toggleLegend",
                "Show or hide the legend panel (Ctrl+1)", legendShown, true);
        javafx.scene.control.ToggleButton side = panelToggle("Panel", "toggleSidePanel",
                "Show or hide the side panel: events, what changed, details, annotations (Ctrl+2)", sideShown, false);
        toolBar.getItems().addAll(0, java.util.List.of(legend, side, new Separator()));
    }

    private static javafx.scene.control.ToggleButton panelToggle(String text, String id, String tip,
                                                                 javafx.beans.property.BooleanProperty shown, boolean left) {
        javafx.scene.shape.Rectangle frame = new javafx.scene.shape.Rectangle(14, 11);
        frame.getStyleClass().add("panel-icon-frame");
        javafx.scene.shape.Rectangle strip = new javafx.scene.shape.Rectangle(5, 11);
        strip.getStyleClass().add("panel-icon-strip");
        javafx.scene.layout.StackPane icon = new javafx.scene.layout.StackPane(frame, strip);
        javafx.scene.layout.StackPane.setAlignment(strip, left ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(text, icon);
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setAccessibleText(tip);
        b.selectedProperty().bindBidirectional(shown);
        return b;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    HBox statusBar() {
        return statusBar;
    }

    /** The one-line message at the left (loading, ready, what an action did). */
    void status(String text) {
        statusLabel.setText(text);
        // a long message is cut to the bar's width: the whole of it shows on hovering
        statusLabel.setTooltip(text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
    }

    /** What the store holds, or what is happening to it. */
    void data(String text) {
        dataLabel.setText(text);
    }

    /** Shows the position under the cursor, or a dash when it is off the map. */
    void cursor(javafx.geometry.Point2D lonLat) {
        cursorLabel.setText(lonLat == null ? "—" : formatLonLat(lonLat.getX(), lonLat.getY()));
    }

    /** Shows the scale bar's length and the map scale of {@code v}. */
    void scale(Viewport v) {
        if (v != null) {
            ScaleBar.Measure m = ScaleBar.measure(v, 160);
            scaleLabel.setText("Scale bar " + m.label() + " · 1:" + String.format(Locale.ROOT, "%,d",
                    Math.round(ScaleBar.groundMetresPerPixel(v) / SCREEN_PIXEL_METRES)));
        }
    }

    /** "60.60000° N, 27.80833° E" */
    static String formatLonLat(double lon, double lat) {
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(lat), lat >= 0 ? "N" : "S",
                Math.abs(lon), lon >= 0 ? "E" : "W");
    }
}
