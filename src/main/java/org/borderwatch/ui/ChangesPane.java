package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.SituationDiff;
import org.borderwatch.render.MapStyle;

/**
 * "What changed between two dates": pick D1 and D2 and read every status change and every event
 * after D1 up to D2 ({@link SituationDiff}), the events a page at a time as they show
 * ({@link ChangeRows}). Until the user picks a date the two follow the
 * timeline (a week before the selected day, and the selected day); "Follow the timeline" returns
 * to that. Choosing an entry hands it to {@link #setOnEntryChosen}.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class ChangesPane extends VBox {
    private final TimelineViewModel timeline;
    private final DateField from = new DateField("changesFrom", "Changes after");
    private final DateField to = new DateField("changesTo", "Changes up to");
    private final ListView<SituationDiff.Entry> list = new ListView<>();
    private final Label summary = new Label();
    private final Throttle refresh;
    private Consumer<SituationDiff.Entry> onEntryChosen = e -> { };
    private boolean following = true;
    private boolean syncing;
    /** In a scene: the side panel puts the pane into the window only while its tab is picked. */
    private boolean active;
    private boolean stale;
    private final EventRows events;
    private final ChangeRows rows;
    private long asked;

    /** @param events where the events between the two days are read (on a background thread) */
    public ChangesPane(TimelineViewModel timeline, EventRows events, MapStyle style) {
        this.timeline = timeline;
        this.events = events;
        this.refresh = new Throttle(javafx.util.Duration.millis(150), this::recompute);
        setId("changesPane");
        setSpacing(6);
        setPadding(new Insets(6));
        for (DateField p : new DateField[] {from, to}) {
            p.setPrefWidth(150);
            p.setMinWidth(DateField.USE_PREF_SIZE);
            p.valueProperty().addListener((o, a, b) -> {
                if (!syncing) {
                    following = false;
                    refresh.request();
                }
            });
        }
        Button follow = Buttons.of("Follow the timeline", "changesFollow",
                "A week before the selected day, to the selected day", () -> {
                    following = true;
                    followTimeline();
                });
        Label after = new Label("After");
        Label upTo = new Label("up to");
        after.setMinWidth(Label.USE_PREF_SIZE);
        upTo.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane pickers = new javafx.scene.layout.FlowPane(6, 4,
                new HBox(4, after, from), new HBox(4, upTo, to), follow);
        pickers.getChildren().forEach(n -> {
            if (n instanceof HBox h) {
                h.setAlignment(Pos.BASELINE_LEFT);
            }
        });
        pickers.setAlignment(Pos.CENTER_LEFT);
        summary.setId("changesSummary");
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setId("changesList");
        list.setAccessibleText("What changed between the two dates");
        list.setPlaceholder(new Label("Nothing changed between these dates"));
        rows = new ChangeRows(events, Background.work(), Platform::runLater);
        rows.setOnFailure(m -> summary.setText("The changes could not be read: " + m));
        list.setItems(rows);
        list.setCellFactory(v -> new EntryCell(style));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && !syncing) {
                onEntryChosen.accept(e);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(pickers, summary, list);
        timeline.dateProperty().addListener((o, a, b) -> {
            if (following) {
                followTimeline();
            }
        });
        timeline.dataProperty().addListener((o, a, b) -> refresh.request());
        DateDisplay.whenChanged(this, refresh::request);
        sceneProperty().addListener((o, a, scene) -> setActive(scene != null));
        followTimeline();
    }

    /** Called when the user picks an entry. */
    public void setOnEntryChosen(Consumer<SituationDiff.Entry> handler) {
        onEntryChosen = handler;
    }

    public ListView<SituationDiff.Entry> list() {
        return list;
    }

    /** Sets both dates (as if picked by the user): the list stops following the timeline. */
    public void setDates(LocalDate d1, LocalDate d2) {
        following = false;
        syncing = true;
        from.setValue(d1);
        to.setValue(d2);
        syncing = false;
        refresh.request();
    }

    private void followTimeline() {
        LocalDate d = timeline.date();
        if (d == null) {
            return;
        }
        syncing = true;
        from.setValue(d.minusWeeks(1));
        to.setValue(d);
        syncing = false;
        refresh.request();
    }

    /**
     * The pane entered or left the window. While it is out, changes of the day only mark the list
     * stale; it is worked out again when the pane shows (so playback does not pay for a hidden list).
     */
    private void setActive(boolean on) {
        active = on;
        if (on && stale) {
            refresh.request();
        }
    }

    private void recompute() {
        if (!active) {
            stale = true;
            return;
        }
        stale = false;
        SituationData data = timeline.dataProperty().get();
        if (data == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        LocalDate d1 = from.getValue();
        LocalDate d2 = to.getValue();
        long ticket = ++asked;
        // the events of the days between come from the store: off the FX thread, newest answer wins
        // counted in the store off the FX thread, newest answer wins; the rows are read as they show
        Background.supply(() -> ChangeRows.Plan.of(data, events, d1, d2)).whenComplete((plan, error) -> Platform.runLater(() -> {
            if (ticket != asked) {
                return;
            }
            if (error != null) {
                summary.setText("The changes could not be read: " + WindowLoads.rootMessage(error));
                return;
            }
            syncing = true;
            list.getSelectionModel().clearSelection();
            rows.show(plan);
            syncing = false;
            summary.setText(plan.changes().size() + " status " + (plan.changes().size() == 1 ? "change" : "changes")
                    + " and " + String.format(java.util.Locale.ROOT, "%,d", plan.events())
                    + (plan.events() == 1 ? " event" : " events")
                    + " after " + DateDisplay.text().dayWithWeekday(plan.from()) + " up to "
                    + DateDisplay.text().dayWithWeekday(plan.to()));
        }));
    }


    /** A status change ("Sat 18 Nov 2023  Vaalimaa  Open → Closed") or an event with its category colour. */
    private static final class EntryCell extends ListCell<SituationDiff.Entry> {
        private final MapStyle style;

        EntryCell(MapStyle style) {
            this.style = style;
        }

        @Override
        protected void updateItem(SituationDiff.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            StylingOnlyFrames.cellsFilled(this);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            String day = entry instanceof SituationDiff.EventEntry ev && ev.event().datePrecision() != DatePrecision.DAY
                    ? DateDisplay.text().at(entry.date(), ev.event().datePrecision())
                    : DateDisplay.text().dayWithWeekday(entry.date());
            Text date = new Text(day + "   ");
            date.getStyleClass().add("entry-date");
            TextFlow flow;
            if (entry instanceof SituationDiff.StatusChange c && c.isRecordStart()) {
                // the start of a crossing's record is not a change from "no data"
                Text name = new Text(c.crossing().name() + "  ");
                name.setStyle("-fx-font-weight: bold");
                flow = new TextFlow(date, name, new Text("record starts: "),
                        new Circle(4, FxColors.of(style.statusColor(c.after()))), new Text(" " + c.after().label()));
            } else if (entry instanceof SituationDiff.StatusChange c) {
                Text name = new Text(c.crossing().name() + "  ");
                name.setStyle("-fx-font-weight: bold");
                flow = new TextFlow(date, name, new Circle(4, FxColors.of(style.statusColor(c.before()))),
                        new Text(" " + c.before().label() + " → "), new Circle(4, FxColors.of(style.statusColor(c.after()))),
                        new Text(" " + c.after().label()));
            } else {
                var e = ((SituationDiff.EventEntry) entry).event();
                flow = new TextFlow(date, new Circle(4, FxColors.of(style.categoryColor(e.category()))),
                        new Text(" " + e.title()));
            }
            flow.setPrefWidth(0);
            setGraphic(flow);
        }
    }
}
