package org.borderwatch.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;
import org.borderwatch.slides.PngSlideWriter;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlidePainter;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;
import org.borderwatch.slides.SlideWriter;

/**
 * File → Export slide…: the form of one slide (title, date, extent, size, parts, banner) beside a
 * live preview, and Save as PNG, SVG or PDF. The preview is painted on {@link Background#work()}
 * 300 ms after the last change, never on the JavaFX Application Thread; files are written there
 * too. Build and use on the FX thread.
 *
 * <p>The dialog keeps what it read while it is open, as the window keeps what it shows until it
 * reads its store again (then {@link #useData} hands the dialog what it read): the crossings and
 * annotations read when it opened, the events of each day
 * as first read (up to {@value #EVENTS_HELD} events, or the slide's own window when it holds
 * more; the days farthest from it go first), and the maps'
 * base of its last slides ({@link SlidePainter}). A preview after an edit of the title, banner or
 * parts reads and paints only the slide's overlays and text; one a day later reads that day.
 */
public final class SlideComposerDialog {
    /** Width of the preview image, pixels. */
    static final int PREVIEW_WIDTH = 520;
    /** Events kept of the days read: a 30-day window of both frontiers on a million-event store, and more. */
    static final int EVENTS_HELD = 20_000;
    /** What the slide is made of; replaced when the window reads its store again ({@link #useData}). */
    private volatile SlideData data;
    private final TimeWindow window;
    private final SlidePainter painter = new SlidePainter();
    private final Stage stage = new Stage();
    private final SlideForm form;
    private final DateField date = new DateField("slideDate", "Slide date");
    private final ImageView preview = new ImageView();
    private final Label status = new Label("");
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    private final AtomicLong generation = new AtomicLong();
    private final Preferences remembered;

    /**
     * @param data        what the slide is made of
     * @param day         the day to prefill (the timeline's)
     * @param window      the timeline's event window
     * @param currentView the map's view on screen, or {@code null} when there is none
     * @param remembered  where the form's last values are kept (the window's preferences)
     */
    public SlideComposerDialog(SlideData data, LocalDate day, TimeWindow window, Viewport currentView, Preferences remembered) {
        this.data = data.holdingDaysRead(EVENTS_HELD);
        this.window = window;
        this.remembered = remembered;
        this.form = new SlideForm("slide", currentView, SlideSize.PRESETS);
        form.restore(remembered);
        date.setValue(day);
        date.setWeekday(true);
        stage.setTitle("Export slide");
        stage.setScene(Dialogs.scene(stage, layout(), 1000, 660));
        stage.setOnHidden(e -> form.remember(remembered));
        debounce.setOnFinished(e -> renderPreview());
        List<Observable> changes = new java.util.ArrayList<>(form.observables());
        changes.add(date.valueProperty());
        for (Observable o : changes) {
            o.addListener(x -> debounce.playFromStart());
        }
        debounce.playFromStart();
    }

    private BorderPane layout() {
        preview.setId("slidePreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setAccessibleText("Preview of the slide");
        status.setId("composerStatus");
        status.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int r = form.addTitleRows(grid, 0);
        r = Forms.row(grid, r, "_Date", date);
        r = form.addLookRows(grid, r);
        Button png = saveButton("Save _PNG…", "savePng", "png");
        Button svg = saveButton("Save _SVG…", "saveSvg", "svg");
        Button pdf = saveButton("Save P_DF…", "savePdf", "pdf");
        Button close = new Button("Close");
        close.setId("composerClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, png, svg, pdf, close);
        grid.add(buttons, 0, r++, 2, 1);
        grid.add(status, 0, r, 2, 1);
        grid.setPrefWidth(440);
        BorderPane root = new BorderPane();
        root.setId("slideComposer");
        root.setLeft(grid);
        root.setCenter(preview);
        BorderPane.setMargin(preview, new Insets(0, 0, 0, 12));
        BorderPane.setAlignment(preview, javafx.geometry.Pos.TOP_CENTER);
        root.setPadding(new Insets(12));
        return root;
    }

    private Button saveButton(String text, String id, String ext) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> chooseAndSave(ext));
        return b;
    }

    /** Shows the dialog above {@code owner}. */
    public void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.show();
    }

    /**
     * Makes slides of {@code fresh} from now on — the window has read its store again, after an
     * import or a change by another member of a team — and draws the preview again: the days read
     * before are let go. FX thread.
     */
    void useData(SlideData fresh) {
        data = fresh.holdingDaysRead(EVENTS_HELD);
        debounce.playFromStart();
    }

    /** The dialog's stage. */
    public Stage stage() {
        return stage;
    }

    /**
     * The slide the form describes.
     *
     * @throws IllegalArgumentException with a sentence for the user when a field is not valid
     */
    public SlideSpec spec() {
        if (date.getValue() == null) {
            throw new IllegalArgumentException("The slide needs a date");
        }
        return form.spec(date.getValue(), window, SlideSpec.DEFAULT_DPI);
    }

    private void renderPreview() {
        SlideSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        long gen = generation.incrementAndGet();
        int w = PREVIEW_WIDTH;
        int h = (int) Math.round(PREVIEW_WIDTH * (double) spec.size().heightPx() / spec.size().widthPx());
        SlideData d = data;
        CompletableFuture.supplyAsync(() -> new PngSlideWriter(painter).render(d, spec, null, w, h).image(), Background.work())
                .whenComplete((img, error) -> Platform.runLater(() -> {
                    if (gen != generation.get()) {
                        return;
                    }
                    if (error != null) {
                        status.setText("The preview could not be drawn: " + FileMenu.reason(error));
                    } else {
                        preview.setImage(SwingFXUtils.toFXImage(img, null));
                    }
                }));
    }

    /** True once a preview image is shown. */
    boolean hasPreview() {
        return preview.getImage() != null;
    }

    /** The preview shown, or null. FX thread. */
    javafx.scene.image.Image previewImage() {
        return preview.getImage();
    }

    private void chooseAndSave(String ext) {
        if (!dateReady()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save slide as " + ext.toUpperCase(Locale.ROOT));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        chooser.setInitialFileName(fileName(ext));
        java.io.File f = chooser.showSaveDialog(stage);
        if (f != null) {
            Path out = f.toPath();
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext)) {
                out = out.resolveSibling(out.getFileName() + "." + ext);
            }
            save(out);
        }
    }

    private String fileName(String ext) {
        LocalDate d = date.getValue() == null ? LocalDate.now() : date.getValue();
        String t = form.title.getText().strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (t.isEmpty() ? "slide" : t) + "-" + d + "." + ext;
    }

    /**
     * Writes the slide to {@code out} (.png, .svg or .pdf) on a background thread and reports in
     * the dialog's status line. Call on the FX thread; the future completes on a background thread.
     */
    public CompletableFuture<Path> save(Path out) {
        if (!dateReady()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(date.message().getText()));
        }
        SlideSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        status.setText("Writing " + out.getFileName() + "…");
        SlideData d = data;
        CompletableFuture<Path> done = CompletableFuture.supplyAsync(() -> {
            try {
                SlideWriter.writeWithNotes(d, spec, out, painter);
                return out;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Background.work());
        done.whenComplete((p, error) -> Platform.runLater(() -> {
            status.setText(error == null ? "Saved " + out + " and its notes " + SlideWriter.notesFile(out).getFileName()
                    : "Could not save " + out.getFileName() + ": " + FileMenu.reason(error));
            if (error == null) {
                form.remember(remembered);
            }
        }));
        return done;
    }

    /**
     * Commits what was typed into the date field: false (with the reason under the field and in
     * the status line) when it is no date, so nothing is written for another day.
     */
    private boolean dateReady() {
        if (date.commit()) {
            return true;
        }
        status.setText("Nothing saved: the date is not valid (see under the date)");
        date.editor().requestFocus();
        return false;
    }

    /** The status line's text (FX thread). */
    String statusText() {
        return status.getText();
    }
}
