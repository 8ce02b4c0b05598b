package org.borderwatch.ui;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * How the main window shares its space: the legend panel at the left, the map with the timeline
 * under it in the middle, the side panel (events, details, annotations) at the right. The legend,
 * the side panel and the timeline can each be hidden (View menu, Ctrl+1 … 3, or the toolbar's
 * panel buttons); their widths and the timeline's height follow the user's dividers. Which are
 * shown and their sizes are remembered.
 *
 * <p>Space goes to the map first: a new window narrower than {@value #WIDE_WINDOW} pixels starts
 * with the legend hidden (its symbols are also on the map and in the slides), and the timeline
 * takes at most half the height and never so much that the map keeps less than
 * {@value #MAP_MIN_HEIGHT} pixels (unless the user drags it taller). On a 1024 × 700 screen the map
 * is about 680 × 410 pixels.
 *
 * <p>FX thread only.
 */
final class PanelLayout {
    /** Below this window width (pixels) a first start hides the legend. */
    static final double WIDE_WINDOW = 1200;
    /** The map keeps at least this height (pixels) when the timeline is sized for its lanes. */
    static final double MAP_MIN_HEIGHT = 404;
    static final double LEGEND_WIDTH = 200;
    static final double SIDE_WIDTH = 400;
    private static final double SIDE_NARROW = 340;
    private final UiPreferences prefs;
    private final Region legend;
    private final Region side;
    private final Region map;
    private final Region timeline;
    private final SplitPane main = new SplitPane();
    private final SplitPane mapAndTimeline = new SplitPane();
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown");
    private final BooleanProperty sideShown = new SimpleBooleanProperty(this, "sideShown");
    private final BooleanProperty timelineShown = new SimpleBooleanProperty(this, "timelineShown");
    private double legendWidth;
    private double sideWidth;
    /** The height the user gave the timeline by its divider, or -1 to size it for its lanes. */
    private double timelineHeight;
    private boolean arranging;

    PanelLayout(UiPreferences prefs, double windowWidth, Region legend, Region map, Region timeline, Region side) {
        this.prefs = prefs;
        this.legend = legend;
        this.side = side;
        this.map = map;
        this.timeline = timeline;
        main.setId("mainSplit");
        mapAndTimeline.setId("mapAndTimeline");
        mapAndTimeline.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(legend, false);
        SplitPane.setResizableWithParent(side, false);
        SplitPane.setResizableWithParent(timeline, false);
        legend.setMinWidth(150);
        side.setMinWidth(280);
        timeline.setMinHeight(110);
        map.setMinSize(200, 150);
        boolean wide = windowWidth >= WIDE_WINDOW;
        legendShown.set(prefs.node().getBoolean("panel.legend", wide));
        sideShown.set(prefs.node().getBoolean("panel.side", true));
        timelineShown.set(prefs.node().getBoolean("panel.timeline", true));
        legendWidth = prefs.node().getDouble("panel.legend.width", LEGEND_WIDTH);
        sideWidth = prefs.node().getDouble("panel.side.width", wide ? SIDE_WIDTH : SIDE_NARROW);
        timelineHeight = prefs.node().getDouble("panel.timeline.height", -1);
        arrange();
        legendShown.addListener((o, a, b) -> {
            prefs.node().putBoolean("panel.legend", b);
            arrange();
        });
        sideShown.addListener((o, a, b) -> {
            prefs.node().putBoolean("panel.side", b);
            arrange();
        });
        timelineShown.addListener((o, a, b) -> {
            prefs.node().putBoolean("panel.timeline", b);
            arrange();
        });
        // a divider the user dragged: its panel keeps that size (also when the window is resized)
        for (SplitPane pane : new SplitPane[] {main, mapAndTimeline}) {
            pane.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> {
                if (onDivider(e.getTarget())) {
                    Platform.runLater(this::userMovedDivider);
                }
            });
        }
        main.widthProperty().addListener((o, a, b) -> placeDividers());
        mapAndTimeline.heightProperty().addListener((o, a, b) -> placeDividers());
    }

    /** The node for the window's centre. */
    SplitPane node() {
        return main;
    }

    BooleanProperty legendShownProperty() {
        return legendShown;
    }

    BooleanProperty sideShownProperty() {
        return sideShown;
    }

    BooleanProperty timelineShownProperty() {
        return timelineShown;
    }

    /** Puts the shown panels in the split panes and their dividers where the sizes say. */
    private void arrange() {
        arranging = true;
        try {
            mapAndTimeline.getItems().setAll(timelineShown.get() ? new Node[] {map, timeline} : new Node[] {map});
            java.util.List<Node> items = new java.util.ArrayList<>();
            if (legendShown.get()) {
                items.add(legend);
            }
            items.add(mapAndTimeline);
            if (sideShown.get()) {
                items.add(side);
            }
            main.getItems().setAll(items);
        } finally {
            arranging = false;
        }
        placeDividers();
        // the split panes lay out once more after the items change; place the dividers after that
        Platform.runLater(this::placeDividers);
    }

    /** Sets the dividers from the remembered widths and the timeline's height. */
    void placeDividers() {
        double w = main.getWidth();
        double h = mapAndTimeline.getHeight();
        arranging = true;
        try {
            if (w > 0) {
                int i = 0;
                if (legendShown.get()) {
                    main.setDividerPosition(i++, Math.min(0.35, legendWidth / w));
                }
                if (sideShown.get()) {
                    main.setDividerPosition(i, Math.max(0.45, 1 - sideWidth / w));
                }
            }
            if (h > 0 && timelineShown.get()) {
                mapAndTimeline.setDividerPosition(0, 1 - timelineHeightFor(h) / h);
            }
        } finally {
            arranging = false;
        }
    }

    /**
     * The timeline's height in a map-and-timeline column {@code h} pixels high: what the user gave
     * it, else what shows its lanes — at most half the column, and never so much that the map keeps
     * less than {@link #MAP_MIN_HEIGHT}.
     */
    double timelineHeightFor(double h) {
        double mapKeeps = Math.min(MAP_MIN_HEIGHT, h - timeline.getMinHeight());
        double most = Math.max(timeline.getMinHeight(), h - mapKeeps);
        double want = timelineHeight > 0 ? timelineHeight : Math.min(timeline.prefHeight(-1), h / 2);
        return Math.max(timeline.getMinHeight(), Math.min(most, want));
    }

    private static boolean onDivider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** Remembers the sizes the user gave the panels by dragging a divider. */
    private void userMovedDivider() {
        double w = main.getWidth();
        if (w > 0) {
            if (legendShown.get() && legend.getWidth() > 0) {
                legendWidth = legend.getWidth();
            }
            if (sideShown.get() && side.getWidth() > 0) {
                sideWidth = side.getWidth();
            }
        }
        if (timelineShown.get() && timeline.getHeight() > 0 && mapAndTimeline.getHeight() > 0) {
            timelineHeight = timeline.getHeight();
        }
    }

    /** The timeline's lanes changed: size it for them again unless the user gave it a height. */
    void timelineContentChanged() {
        if (timelineHeight <= 0) {
            placeDividers();
        }
    }

    /** Writes the panels' sizes to the preferences (when the window closes). */
    void save() {
        prefs.node().putDouble("panel.legend.width", legendWidth);
        prefs.node().putDouble("panel.side.width", sideWidth);
        prefs.node().putDouble("panel.timeline.height", timelineHeight);
    }
}
