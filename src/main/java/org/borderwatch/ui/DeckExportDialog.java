package org.borderwatch.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.Viewport;
import org.borderwatch.slides.DeckPlan;
import org.borderwatch.slides.DeckPlanner;
import org.borderwatch.slides.DeckProgress;
import org.borderwatch.slides.DeckRule;
import org.borderwatch.slides.PptxDeckWriter;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlidePainter;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;

/**
 * File → Export deck…: a PowerPoint deck of the current view over a range of days, one slide every
 * N days, per event or per status change, optionally skipping days where nothing changed. The deck
 * is written by a {@link Task} on {@link Background#work()} with a progress bar and a Cancel
 * button (a cancelled deck leaves no file). Build and use on the FX thread.
 */
public final class DeckExportDialog {
    private static final String EVERY = "Every N days";
    private static final String EVENTS = "Per event";
    private static final String CHANGES = "Per status change";
    /** What the slides are made of; replaced when the window reads its store again ({@link #useData}). */
    private volatile SlideData data;
    private final TimeWindow window;
    private final Stage stage = new Stage();
    private final SlideForm form;
    private final DateField from = new DateField("deckFrom", "First day of the deck");
    private final DateField to = new DateField("deckTo", "Last day of the deck");
    private final ChoiceBox<String> step = new ChoiceBox<>();
    private final Spinner<Integer> days = new Spinner<>(1, 365, 1);
    private final CheckBox skipUnchanged = new CheckBox("S_kip days where nothing changed");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("");
    private final Button export = new Button("_Export PPTX…");
    private final Button cancel = new Button("Cancel");
    private final Preferences remembered;
    private Task<Path> running;

    /**
     * @param data        what the slides are made of
     * @param day         the last day of the deck, prefilled (the first is two weeks earlier)
     * @param window      the timeline's event window
     * @param currentView the map's view on screen, or {@code null} for both borders
     * @param remembered  where the form's last values are kept (the window's preferences)
     */
    public DeckExportDialog(SlideData data, LocalDate day, TimeWindow window, Viewport currentView, Preferences remembered) {
        this.data = data;
        this.window = window;
        this.remembered = remembered;
        // the deck writer lays its pages out at 16:9, the size PowerPoint and projectors expect
        this.form = new SlideForm("deck", currentView, java.util.List.of(SlideSize.WIDE));
        form.restore(remembered);
        from.setValue(day.minusDays(14));
        to.setValue(day);
        step.getItems().setAll(EVERY, EVENTS, CHANGES);
        step.setValue(remembered.get("deck.step", EVERY));
        days.getValueFactory().setValue(remembered.getInt("deck.days", 1));
        days.disableProperty().bind(step.valueProperty().isNotEqualTo(EVERY));
        days.setEditable(true);
        days.setPrefWidth(80);
        skipUnchanged.setSelected(remembered.getBoolean("deck.skipUnchanged", true));
        step.setId("deckStep");
        days.setId("deckDays");
        days.setAccessibleText("Days between slides");
        skipUnchanged.setId("deckSkipUnchanged");
        progress.setId("deckProgress");
        progress.setAccessibleText("Deck progress");
        progress.setPrefWidth(300);
        status.setId("deckStatus");
        status.setWrapText(true);
        export.setId("deckExport");
        export.setDefaultButton(true);
        cancel.setId("deckCancel");
        cancel.setDisable(true);
        export.setOnAction(e -> chooseAndWrite());
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        Button close = new Button("Close");
        close.setId("deckClose");
        close.setOnAction(e -> stage.close());
        GridPane grid = new GridPane();
        grid.setId("deckComposer");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int r = form.addTitleRows(grid, 0);
        r = Forms.row(grid, r, "_From", from);
        r = Forms.row(grid, r, "_To", to);
        Label unit = new Label("days");
        HBox stepping = new HBox(8, step, days, unit);
        stepping.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(Forms.label("_Step", step), 0, r);
        grid.add(stepping, 1, r++);
        grid.add(skipUnchanged, 1, r++);
        r = form.addLookRows(grid, r);
        grid.add(new HBox(8, export, cancel, close), 1, r++);
        grid.add(progress, 1, r++);
        grid.add(status, 0, r, 2, 1);
        stage.setTitle("Export deck");
        // Escape stops a deck being written (no file is left), else closes the dialog
        stage.setScene(Dialogs.scene(grid, 640, 680, () -> {
            if (running != null && running.isRunning()) {
                running.cancel();
            } else {
                stage.close();
            }
        }));
        stage.setOnHidden(e -> remember());
    }

    private void remember() {
        form.remember(remembered);
        remembered.put("deck.step", step.getValue());
        remembered.putInt("deck.days", days.getValue());
        remembered.putBoolean("deck.skipUnchanged", skipUnchanged.isSelected());
    }

    /** Shows the dialog above {@code owner}. */
    public void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.show();
    }

    /**
     * The deck the form describes (reads the events its rule needs: call off the FX thread, or
     * through {@link #write}).
     *
     * @throws IllegalArgumentException with a sentence for the user
     */
    public DeckPlan plan() {
        return plan(form());
    }

    /** What the form asks for, checked on the FX thread; planning it may read events. */
    private record Form(SlideSpec template, LocalDate from, LocalDate to, DeckRule rule, boolean skipUnchanged) {
    }

    /** The form's values. FX thread. @throws IllegalArgumentException with a sentence for the user */
    private Form form() {
        boolean fromOk = from.commit();
        if (!to.commit() || !fromOk) {
            throw new IllegalArgumentException("Nothing written: a date is not valid (see under it)");
        }
        SlideSpec template = form.spec(from.getValue(), window, 96);
        DeckRule rule = switch (step.getValue()) {
            case EVENTS -> DeckRule.events();
            case CHANGES -> DeckRule.changes();
            default -> DeckRule.every(days.getValue());
        };
        return new Form(template, from.getValue(), to.getValue(), rule, skipUnchanged.isSelected());
    }

    private DeckPlan plan(Form f) {
        return plan(data, f);
    }

    private static DeckPlan plan(SlideData d, Form f) {
        return DeckPlanner.plan(d.situation(), d.events(), f.template(), f.from(), f.to(), f.rule(), f.skipUnchanged());
    }

    /** The dialog's stage. */
    Stage stage() {
        return stage;
    }

    /**
     * Makes the deck of {@code fresh} from now on: the window has read its store again, after an
     * import or a change by another member of a team. A deck being written keeps what it began with.
     * FX thread.
     */
    void useData(SlideData fresh) {
        data = fresh;
    }

    private void chooseAndWrite() {
        try {
            form();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save deck as PowerPoint");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PowerPoint", "*.pptx"));
        chooser.setInitialFileName("deck-" + from.getValue() + "-" + to.getValue() + ".pptx");
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            Path out = f.toPath();
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pptx")) {
                out = out.resolveSibling(out.getFileName() + ".pptx");
            }
            write(out);
        }
    }

    /**
     * Plans the deck and writes it to {@code out} in the background; returns the running task, or
     * {@code null} when the form is not valid (the reason is in the status line).
     */
    public Task<Path> write(Path out) {
        Form form;
        try {
            form = form();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return null;
        }
        DeckPlan[] planned = new DeckPlan[1];
        SlideData d = data;
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Planning the deck…");
                // planning reads the events its rule needs (between steps, or a month at a time)
                DeckPlan plan = plan(d, form);
                planned[0] = plan;
                updateMessage("Writing " + out.getFileName() + "…");
                new PptxDeckWriter(new SlidePainter()).write(plan, d, out, new DeckProgress() {
                    @Override
                    public void slideDone(int done, int total) {
                        updateProgress(done, total);
                        updateMessage(done + " of " + total + " slides");
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
                return out;
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        export.setDisable(true);
        cancel.setDisable(false);
        task.stateProperty().addListener((o, a, s) -> {
            if (s == javafx.concurrent.Worker.State.SUCCEEDED || s == javafx.concurrent.Worker.State.FAILED
                    || s == javafx.concurrent.Worker.State.CANCELLED) {
                status.textProperty().unbind();
                progress.progressProperty().unbind();
                export.setDisable(false);
                cancel.setDisable(true);
                if (s == javafx.concurrent.Worker.State.SUCCEEDED) {
                    remember();
                }
                status.setText(switch (s) {
                    case SUCCEEDED -> "Saved " + (planned[0].steps().size() + 1) + " slides to " + out;
                    case CANCELLED -> "Cancelled; no file was written";
                    default -> "Could not write the deck: " + FileMenu.reason(task.getException());
                });
            }
        });
        Background.work().execute(task);
        return task;
    }

    /** The status line's text (FX thread). */
    String statusText() {
        return status.getText();
    }
}
