package org.borderwatch.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.borderwatch.domain.Status;
import org.borderwatch.render.MapStyle;

/**
 * The row under the status lanes: "only crossings that changed in view", and what the lanes'
 * fills mean — open, restricted, closed, not tracked (hatched) and no data (blank) — each sample
 * drawn by the lanes' own painter, so the legend and the lanes cannot disagree. FX thread only.
 */
final class LaneLegend extends HBox {
    private static final Status[] SHOWN = {Status.OPEN, Status.RESTRICTED, Status.CLOSED, Status.UNTRACKED, Status.UNKNOWN};

    LaneLegend(MapStyle style, StatusLanes lanes) {
        super(10);
        setId("laneLegend");
        getStyleClass().add("lane-legend");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(2, 0, 0, 4));
        CheckBox changed = new CheckBox("Changed in view only");
        changed.setId("changedInViewOnly");
        changed.setTooltip(new Tooltip("Leave out the lanes of crossings whose status did not change in the span shown"
                + " (the start of a record is not a change)"));
        changed.selectedProperty().bindBidirectional(lanes.changedInViewOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(changed, spacer);
        LanePainter painter = new LanePainter(style);
        for (Status s : SHOWN) {
            Canvas sample = new Canvas(16, 10);
            painter.swatch(sample.getGraphicsContext2D(), s, 0, 0, 16, 10);
            Label entry = new Label(s == Status.UNKNOWN ? "No data (blank)" : s == Status.UNTRACKED ? "Not tracked (hatched)"
                    : s.label(), sample);
            entry.setId("laneLegend-" + s.code());
            entry.getStyleClass().add("lane-legend-entry");
            entry.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().add(entry);
        }
    }
}
