package org.borderwatch.ui;

import java.time.LocalDate;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.borderwatch.render.MapStyle;

/**
 * The timeline bar under the map: transport controls (previous change, previous day, play/pause,
 * next day, next change, speed), the date field and calendar, the event-window mode, the zoom
 * controls (out, in, whole span, and what is shown), the slider over the axis and event-density
 * histogram, and the status lanes, all sharing one {@link TimeAxis} over the view model's visible
 * span. The axis zooms and pans with the mouse ({@link TimelineGestures}) and the keys
 * ({@link #handleKey}). Playback runs an {@link AnimationTimer} on the FX thread that only advances
 * the view model's day; the view model turns the page when the day runs off the visible span.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class TimelineBar extends VBox {
    private static final double SLIDER_BAND = 20;
    /** Below this width (pixels) the day buttons are left out of the transport controls. */
    private static final double NARROW = 760;
    private final TimelineViewModel vm;
    private final Slider slider = new Slider(0, 1, 0);
    private final DensityHistogram histogram;
    private final StatusLanes lanes;
    private final DateField dateField = new DateField("dateField", "Timeline date");
    private final Button playButton = new Button();
    /** The left handle of the time range (the event window's first day); the slider's thumb is the right one. */
    private final Region windowHandle = new Region();
    private final StackPane sliderStack;
    private boolean syncing;
    private final AnimationTimer player = new AnimationTimer() {
        private long lastNanos = -1;

        @Override
        public void handle(long now) {
            if (lastNanos > 0) {
                vm.advance((now - lastNanos) / 1e9);
            }
            lastNanos = now;
        }

        @Override
        public void stop() {
            super.stop();
            lastNanos = -1;
        }
    };

    public TimelineBar(TimelineViewModel vm, MapStyle style) {
        this.vm = vm;
        this.histogram = new DensityHistogram(style);
        this.lanes = new StatusLanes(style);
        setId("timelineBar");
        getStyleClass().add("timeline-bar");
        setPadding(new Insets(4, 8, 6, 8));
        setSpacing(4);

        slider.setId("timelineSlider");
        slider.setAccessibleText("The day shown on the timeline");
        slider.getStyleClass().add("timeline-slider");
        slider.setFocusTraversable(false);
        slider.setMaxHeight(Region.USE_PREF_SIZE);
        slider.setDisable(true);
        histogram.setBarBottomInset(SLIDER_BAND);
        windowHandle.setId("windowStartHandle");
        windowHandle.getStyleClass().add("window-handle");
        windowHandle.setManaged(false);
        windowHandle.setCursor(javafx.scene.Cursor.H_RESIZE);
        Tooltip.install(windowHandle, new Tooltip("Start of the event window: drag to choose from which day events are shown"));
        windowHandle.setAccessibleText("Start of the event window");
        sliderStack = new StackPane(histogram, slider, windowHandle);
        StackPane.setAlignment(slider, Pos.BOTTOM_CENTER);
        HBox.setHgrow(sliderStack, Priority.ALWAYS);
        Label histLabel = new Label("Events");
        histLabel.getStyleClass().add("timeline-gutter-label");
        // the gutter left of the axis: what the bars are, then the zoom controls and what is shown
        VBox gutter = new VBox(3, histLabel, new AxisZoomControls(vm), AxisZoomControls.spanLabel(vm));
        gutter.setMinWidth(StatusLanes.GUTTER);
        gutter.setPrefWidth(StatusLanes.GUTTER);
        gutter.setMaxWidth(StatusLanes.GUTTER);
        gutter.setPadding(new Insets(0, 8, 0, 6));
        gutter.setAlignment(Pos.TOP_LEFT);
        // the same right margin as the lanes' scroll bar, so both rows share one axis
        Region scrollBarGap = new Region();
        scrollBarGap.setMinWidth(StatusLanes.SCROLL_BAR);
        scrollBarGap.setPrefWidth(StatusLanes.SCROLL_BAR);
        HBox histogramRow = new HBox(gutter, sliderStack, scrollBarGap);
        histogramRow.setMaxHeight(Region.USE_PREF_SIZE);
        histogramRow.setMinHeight(Region.USE_PREF_SIZE);

        getChildren().addAll(controls(), histogramRow, lanes, new LaneLegend(style, lanes));
        VBox.setVgrow(lanes, Priority.ALWAYS);
        wire();
    }

    /** Puts the keyboard in the date field with its text selected, for a new date (Go → Go to date, Ctrl+G). */
    public void focusDateField() {
        dateField.editor().requestFocus();
        dateField.editor().selectAll();
    }

    public StatusLanes lanes() {
        return lanes;
    }

    public DensityHistogram histogram() {
        return histogram;
    }

    public Slider slider() {
        return slider;
    }

    private javafx.scene.layout.FlowPane controls() {
        Button prevChange = button(TransportIcons.previousChange(), "prevChangeButton", "Previous event or status change (Ctrl+← or PgUp)",
                vm::stepToPreviousChange);
        Button prevDay = button(TransportIcons.previousDay(), "prevDayButton", "Previous day (←)", () -> vm.stepDays(-1));
        playButton.setId("playButton");
        playButton.setTooltip(new Tooltip("Play / pause (Space)"));
        playButton.setOnAction(e -> vm.playingProperty().set(!vm.playingProperty().get()));
        playButton.setGraphic(TransportIcons.play());
        playButton.getStyleClass().add("transport");
        Button nextDay = button(TransportIcons.nextDay(), "nextDayButton", "Next day (→)", () -> vm.stepDays(1));
        Button nextChange = button(TransportIcons.nextChange(), "nextChangeButton", "Next event or status change (Ctrl+→ or PgDn)",
                vm::stepToNextChange);
        ChoiceBox<Integer> speed = new ChoiceBox<>();
        speed.setId("speedChoice");
        for (int s : TimelineViewModel.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : d + " d/s";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace(" d/s", "").trim());
            }
        });
        speed.setValue(vm.speedProperty().get());
        speed.setTooltip(new Tooltip("Playback speed in days per second"));
        speed.setAccessibleText("Playback speed in days per second");
        speed.setPrefWidth(70);
        speed.valueProperty().addListener((o, a, b) -> vm.speedProperty().set(b));

        dateField.editor().getStyleClass().add("date-field");
        dateField.setWeekday(true);
        dateField.setRevertOnBlur(true);
        dateField.valueProperty().addListener((o, a, d) -> {
            if (!syncing && d != null) {
                commitDate(d);
            }
        });

        javafx.scene.control.ToggleButton loop = new javafx.scene.control.ToggleButton(null, TransportIcons.loop());
        loop.setId("loopButton");
        loop.getStyleClass().add("transport");
        loop.setTooltip(new Tooltip("Loop: play the span in view again and again"));
        loop.setAccessibleText("Loop playback over the span in view");
        loop.selectedProperty().bindBidirectional(vm.loopProperty());
        playButton.setAccessibleText("Play or pause (Space)");
        HBox transport = new HBox(2, prevChange, prevDay, playButton, nextDay, nextChange, loop);
        // on a narrow timeline the day buttons give way (← → and Go → Previous / Next day remain),
        // so the controls keep to one row and the lanes keep their height
        for (Button b : new Button[] {prevDay, nextDay}) {
            b.visibleProperty().bind(widthProperty().greaterThan(NARROW));
            b.managedProperty().bind(b.visibleProperty());
        }
        transport.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(8, 4, transport, speed, dateField,
                EventWindowControls.of(vm));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(javafx.scene.Node icon, String id, String tip, Runnable action) {
        Button b = Buttons.of(null, icon, id, tip, action);
        b.getStyleClass().add("transport");
        return b;
    }

    private void wire() {
        // the counts are set before the data, which is what the axis waits for
        histogram.densityProperty().bind(vm.eventDaysProperty());
        vm.dataProperty().addListener((o, a, d) -> {
            lanes.dataProperty().set(d);
            slider.setDisable(false);
            updateAxis();
        });
        vm.visibleProperty().addListener((o, a, v) -> updateAxis());
        TimelineGestures gestures = new TimelineGestures(vm);
        gestures.attach(sliderStack, histogram, this::scrubTo);
        gestures.attach(lanes);
        histogram.setOnRevealDate(vm::bringDateIntoView);
        vm.dateProperty().addListener((o, a, d) -> showDate(d));
        showDate(vm.date());
        histogram.windowProperty().bind(vm.windowProperty());
        windowHandle.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.event.Event::consume);
        windowHandle.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            dragWindowStart(e.getSceneX());
            e.consume();
        });
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {vm.windowProperty(), vm.dateProperty(),
            histogram.axisProperty(), sliderStack.heightProperty()}) {
            o.addListener(x -> placeWindowHandle());
        }
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                vm.setDate(LocalDate.ofEpochDay((long) Math.floor(Math.min(v.doubleValue(), slider.getMax() - 1e-6))));
            }
        });
        sliderStack.widthProperty().addListener((o, a, b) -> updateAxis());
        slider.skinProperty().addListener((o, a, b) -> updateAxis());
        vm.playingProperty().addListener((o, was, now) -> {
            playButton.setGraphic(now ? TransportIcons.pause() : TransportIcons.play());
            if (now) {
                player.start();
            } else {
                player.stop();
            }
        });
    }

    /**
     * Places the time range's left handle at the event window's first day, on the slider's track
     * (hidden when that day is out of view).
     */
    private void placeWindowHandle() {
        TimeAxis a = histogram.axisProperty().get();
        LocalDate d = vm.date();
        var w = vm.windowProperty().get();
        if (a == null || d == null || w == null) {
            windowHandle.setVisible(false);
            return;
        }
        double x = a.x(w.start(d));
        boolean shown = x >= a.x0() - 1 && x <= a.x1() && !w.start(d).equals(d);
        windowHandle.setVisible(shown);
        windowHandle.resizeRelocate(Math.round(x - 4), sliderStack.getHeight() - SLIDER_BAND + 2, 8, SLIDER_BAND - 4);
    }

    /** Drags the range's left handle: the event window starts on the day under the pointer (never after the day shown). */
    private void dragWindowStart(double sceneX) {
        TimeAxis a = histogram.axisProperty().get();
        if (a == null) {
            return;
        }
        LocalDate start = a.dayAt(sliderStack.sceneToLocal(sceneX, 0).getX());
        LocalDate d = vm.date();
        if (start.isAfter(d)) {
            start = d;
        }
        var w = vm.windowProperty().get();
        vm.windowProperty().set(w != null && w.cumulative() ? org.borderwatch.domain.TimeWindow.since(start)
                : org.borderwatch.domain.TimeWindow.lastDays((int) (d.toEpochDay() - start.toEpochDay() + 1)));
    }

    private void scrubTo(double x) {
        TimeAxis a = histogram.axisProperty().get();
        if (a != null) {
            vm.setDate(a.dayAt(x));
        }
    }

    private void showDate(LocalDate d) {
        if (d == null) {
            return;
        }
        syncing = true;
        try {
            dateField.setValue(d);
            slider.setValue(d.toEpochDay() + 0.5);
        } finally {
            syncing = false;
        }
        showThumb();
        histogram.dateProperty().set(d);
        lanes.dateProperty().set(d);
    }

    /** Moves the timeline to the day typed or picked; a day outside the data is clamped, and the field says so. */
    private void commitDate(LocalDate asked) {
        vm.setDate(asked);
        LocalDate used = vm.date();
        if (!used.equals(asked)) {
            dateField.setValue(used);
            dateField.showNote(DateDisplay.text().clampNote(asked, used, vm.firstProperty().get(), vm.lastProperty().get()));
        }
    }

    /**
     * Aligns the histogram's and the lanes' time axis with the slider's track over the visible
     * span: the slider runs from the span's start to its end, the value of day D is D + ½.
     */
    private void updateAxis() {
        TimeSpan v = vm.visibleProperty().get();
        double w = sliderStack.getWidth();
        if (v == null) {
            return;
        }
        syncing = true;
        try {
            slider.setMin(v.start());
            slider.setMax(v.end());
            slider.setValue(vm.date().toEpochDay() + 0.5);
        } finally {
            syncing = false;
        }
        showThumb();
        if (w <= 0) {
            return;
        }
        Node thumb = slider.lookup(".thumb");
        double thumbW = thumb == null ? 16 : thumb.getLayoutBounds().getWidth();
        Insets in = slider.getInsets();
        TimeAxis axis = new TimeAxis(v, in.getLeft() + thumbW / 2, w - in.getRight() - thumbW / 2);
        histogram.axisProperty().set(axis);
        lanes.axisProperty().set(axis.shiftedBy(StatusLanes.GUTTER));
    }

    /** The slider's thumb shows only while the selected day is in view (elsewhere it would sit at an edge). */
    private void showThumb() {
        Node thumb = slider.lookup(".thumb");
        TimeSpan v = vm.visibleProperty().get();
        if (thumb != null) {
            thumb.setVisible(v == null || v.shows(vm.date()));
        }
    }

    /**
     * Restores the visible span, loop playback, the folded borders and the "changed in view"
     * filter remembered in {@code prefs}, and remembers every change of them (the main window calls
     * this once, beside the other preferences it wires).
     */
    public void rememberVisibleSpan(UiPreferences prefs) {
        TimeSpan remembered = prefs.timelineSpan();
        if (remembered != null) {
            vm.showSpan(remembered);
        }
        vm.visibleProperty().addListener((o, a, v) -> prefs.saveTimelineSpan(vm.showsWholeSpan() ? null : v));
        var node = prefs.node();
        vm.loopProperty().set(node.getBoolean("timeline.loop", false));
        vm.loopProperty().addListener((o, a, b) -> node.putBoolean("timeline.loop", b));
        lanes.changedInViewOnlyProperty().set(node.getBoolean("lanes.changedOnly", false));
        lanes.changedInViewOnlyProperty().addListener((o, a, b) -> node.putBoolean("lanes.changedOnly", b));
        for (String code : node.get("lanes.folded", "").split(",")) {
            for (org.borderwatch.domain.Border b : org.borderwatch.domain.Border.values()) {
                if (b.code().equals(code)) {
                    lanes.foldedBorders().add(b);
                }
            }
        }
        lanes.foldedBorders().addListener((javafx.collections.SetChangeListener<org.borderwatch.domain.Border>) c ->
                node.put("lanes.folded", String.join(",", lanes.foldedBorders().stream().map(org.borderwatch.domain.Border::code)
                        .sorted().toList())));
    }

    /**
     * The timeline's keys: ← → a day, Ctrl+← Ctrl+→ or PgUp PgDn to the previous / next change,
     * Space to play or pause, Home (or 0) to show the whole span — except in a list or table, which
     * keep Home for their first row. Returns true when the key was used.
     */
    public boolean handleKey(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean ctrl = e.isControlDown() || e.isShortcutDown();
        boolean inList = e.getTarget() instanceof javafx.scene.control.TableView
                || e.getTarget() instanceof javafx.scene.control.ListView;
        if ((k == KeyCode.HOME || k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) && !inList && !ctrl) {
            vm.showWholeSpan();
        } else if (k == KeyCode.RIGHT && ctrl || k == KeyCode.PAGE_DOWN) {
            vm.stepToNextChange();
        } else if (k == KeyCode.LEFT && ctrl || k == KeyCode.PAGE_UP) {
            vm.stepToPreviousChange();
        } else if (k == KeyCode.RIGHT) {
            vm.stepDays(1);
        } else if (k == KeyCode.LEFT) {
            vm.stepDays(-1);
        } else if (k == KeyCode.SPACE) {
            vm.playingProperty().set(!vm.playingProperty().get());
        } else {
            return false;
        }
        return true;
    }
}
