package org.borderwatch.ui;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The time axis's zoom buttons in the timeline's gutter — out (−), in (+) around the selected day,
 * and the whole span (also the Home key) — each disabled where it would do nothing, and the
 * label saying what the axis shows. Use on the JavaFX Application Thread only.
 */
final class AxisZoomControls extends HBox {
    /** How to zoom and pan the time axis, as the tooltips say it. */
    static final String HELP = String.join("\n",
            "Zoom: mouse wheel over the dates or the histogram, Ctrl + wheel anywhere on the timeline,",
            "  the + and \u2212 buttons, or a double click on the dates.",
            "Pan: drag the dates or the lanes, Shift + wheel, or drag with the middle button.",
            "Whole span: the button or Home. Click or drag in the histogram to pick a day.");

    AxisZoomControls(TimelineViewModel vm) {
        super(3);
        Button out = Buttons.of("\u2212", "zoomOutButton", "Show a longer stretch of time", () -> vm.zoom(0.5));
        Button in = Buttons.of("+", "zoomInButton", "Show a shorter stretch of time around the selected day",
                () -> vm.zoom(2));
        Button whole = Buttons.of("Whole span", "wholeSpanButton", "Show the whole span of the data (Home)",
                vm::showWholeSpan);
        for (Button b : new Button[] {out, in, whole}) {
            b.setFocusTraversable(false);
            b.getStyleClass().add("small");
        }
        out.setMinWidth(26);
        in.setMinWidth(26);
        Runnable update = () -> {
            TimeSpan v = vm.visibleProperty().get();
            boolean all = vm.showsWholeSpan();
            out.setDisable(all);
            whole.setDisable(all);
            in.setDisable(v == null || v.length() <= TimelineViewModel.MIN_VISIBLE_DAYS + 1e-9);
        };
        vm.visibleProperty().addListener((o, a, b) -> update.run());
        update.run();
        getChildren().addAll(out, in, whole);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** A label that tells what the axis shows, kept up to date. */
    static Label spanLabel(TimelineViewModel vm) {
        Label label = new Label();
        label.setId("spanLabel");
        label.getStyleClass().add("timeline-gutter-label");
        label.setTooltip(new Tooltip(HELP));
        Runnable update = () -> label.setText(vm.visibleProperty().get() == null ? "" : describe(vm.visibleProperty().get()));
        vm.visibleProperty().addListener((o, a, b) -> update.run());
        DateDisplay.whenChanged(label, update);
        update.run();
        return label;
    }

    /**
     * What the axis shows, short enough for the gutter: "1 Nov – 15 Dec 2023 · 45 d" within a
     * year, "15 Mar 2020 – 17 Nov 2025" across years.
     */
    static String describe(TimeSpan v) {
        LocalDate a = v.firstDay();
        LocalDate b = v.lastDay();
        if (a.getYear() != b.getYear()) {
            return DateDisplay.text().range(a, b);
        }
        return DateDisplay.text().range(a, b) + " \u00b7 " + Math.round(v.length()) + " d";
    }
}
