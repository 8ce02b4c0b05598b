package org.borderwatch.ui;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.borderwatch.domain.TimeWindow;

/**
 * The timeline's event-window controls: which events are listed and drawn, those of the last N
 * days or all since a day. Use on the JavaFX Application Thread only.
 */
final class EventWindowControls {
    private EventWindowControls() {
    }

    /** The "Events: last N days / since D" controls, bound to {@code vm}'s window. */
    static Node of(TimelineViewModel vm) {
        ChoiceBox<String> mode = new ChoiceBox<>();
        mode.setId("windowMode");
        mode.getItems().addAll("Events: last", "Events since");
        mode.setPrefWidth(116);
        mode.setTooltip(new Tooltip("Which events are listed and drawn: those of the last N days, or all since a date"));
        mode.setAccessibleText("Events shown: of the last days, or since a date");
        Spinner<Integer> days = new Spinner<>(1, 3650, 30);
        days.setId("windowDays");
        days.setEditable(true);
        days.setAccessibleText("Number of days of events shown");
        days.setPrefWidth(74);
        Label daysUnit = new Label("days");
        DateField since = new DateField("windowSince", "Events since");
        since.setPrefWidth(150);
        boolean[] syncing = {false};
        // "last N days" shows the number of days, "since" the first day
        java.util.function.Consumer<Boolean> showMode = cumulative -> {
            for (Node n : new Node[] {days, daysUnit}) {
                n.setVisible(!cumulative);
                n.setManaged(!cumulative);
            }
            since.setVisible(cumulative);
            since.setManaged(cumulative);
        };
        Runnable apply = () -> {
            if (syncing[0]) {
                return;
            }
            boolean cumulative = mode.getSelectionModel().getSelectedIndex() == 1;
            showMode.accept(cumulative);
            if (cumulative) {
                if (since.getValue() == null) {
                    since.setValue(vm.firstProperty().get() != null ? vm.firstProperty().get() : vm.date().minusYears(1));
                }
                vm.windowProperty().set(TimeWindow.since(since.getValue()));
            } else {
                vm.windowProperty().set(TimeWindow.lastDays(days.getValue()));
            }
        };
        // the window set elsewhere (the timeline's range handle, the remembered one) shows here
        java.util.function.Consumer<TimeWindow> show = w -> {
            syncing[0] = true;
            try {
                if (w.cumulative()) {
                    since.setValue(w.since());
                    mode.getSelectionModel().select(1);
                } else {
                    days.getValueFactory().setValue(w.days());
                    mode.getSelectionModel().select(0);
                }
                showMode.accept(w.cumulative());
            } finally {
                syncing[0] = false;
            }
        };
        show.accept(vm.windowProperty().get());
        vm.windowProperty().addListener((o, a, w) -> show.accept(w));
        mode.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> apply.run());
        days.valueProperty().addListener((o, a, b) -> apply.run());
        since.valueProperty().addListener((o, a, b) -> apply.run());
        apply.run();
        HBox box = new HBox(4, mode, days, daysUnit, since);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

}
