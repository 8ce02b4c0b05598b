package org.borderwatch.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;
import org.borderwatch.slides.Banner;
import org.borderwatch.slides.PngSlideWriter;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlideExtent;
import org.borderwatch.slides.SlideParts;
import org.borderwatch.slides.SlidePainter;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;
import org.borderwatch.slides.SlideWriter;

/**
 * File → Export slide…: the form of one slide (title, date, extent, size, parts, banner) beside a
 * live preview, and Save as PNG, SVG or PDF. The preview is painted on {@link Background#work()}
 * 300 ms after the last change, never on the JavaFX Application Thread; files are written there
 * too. Build and use on the FX thread.
 */
public final class SlideComposerDialog {
    /** Width of the preview image, pixels. */
    static final int PREVIEW_WIDTH = 520;
    private static final String CURRENT_VIEW = "Current view";
    private final SlideData data;
    private final Viewport currentView;
    private final TimeWindow window;
    private final SlidePainter painter = new SlidePainter();
    private final Stage stage = new Stage();
    private final TextField title = new TextField("Border situation");
    private final TextField subtitle = new TextField();
    private final DateField date = new DateField("slideDate", "Slide date");
    private final ChoiceBox<String> extent = new ChoiceBox<>();
    private final ChoiceBox<SlideSize> size = new ChoiceBox<>();
    private final CheckBox legend = toggle("Legend", "partLegend", true);
    private final CheckBox scaleBar = toggle("Scale bar", "partScaleBar", true);
    private final CheckBox northArrow = toggle("North arrow", "partNorthArrow", true);
    private final CheckBox dateStamp = toggle("Date stamp", "partDateStamp", true);
    private final CheckBox locator = toggle("Locator", "partLocator", true);
    private final CheckBox annotations = toggle("Annotations", "partAnnotations", true);
    private final CheckBox eventLabels = toggle("Event labels", "partEventLabels", false);
    private final CheckBox sources = toggle("Sources", "partSources", true);
    private final TextField bannerText = new TextField();
    private final ColorPicker bannerColor = new ColorPicker(Color.web("#2E7D32"));
    private final ImageView preview = new ImageView();
    private final Label status = new Label("");
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param data        what the slide is made of
     * @param day         the day to prefill (the timeline's)
     * @param window      the timeline's event window
     * @param currentView the map's view on screen, or {@code null} when there is none
     */
    public SlideComposerDialog(SlideData data, LocalDate day, TimeWindow window, Viewport currentView) {
        this.data = data;
        this.currentView = currentView;
        this.window = window;
        date.setValue(day);
        date.setWeekday(true);
        if (currentView != null) {
            extent.getItems().add(CURRENT_VIEW);
        }
        for (ViewPreset p : ViewPreset.values()) {
            extent.getItems().add(p.label());
        }
        extent.getSelectionModel().select(0);
        size.getItems().setAll(SlideSize.PRESETS);
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(SlideSize s) {
                return s == null ? "" : s.label();
            }

            @Override
            public SlideSize fromString(String s) {
                return SlideSize.parse(s);
            }
        });
        size.getSelectionModel().select(SlideSize.WIDE);
        stage.setTitle("Export slide");
        stage.setScene(Dialogs.scene(stage, layout(), 1000, 640));
        debounce.setOnFinished(e -> renderPreview());
        for (Observable o : List.<Observable>of(title.textProperty(), subtitle.textProperty(), date.valueProperty(),
                extent.valueProperty(), size.valueProperty(), legend.selectedProperty(), scaleBar.selectedProperty(),
                northArrow.selectedProperty(), dateStamp.selectedProperty(), locator.selectedProperty(),
                annotations.selectedProperty(), eventLabels.selectedProperty(), sources.selectedProperty(),
                bannerText.textProperty(), bannerColor.valueProperty())) {
            o.addListener(x -> debounce.playFromStart());
        }
        debounce.playFromStart();
    }

    private BorderPane layout() {
        title.setId("slideTitle");
        subtitle.setId("slideSubtitle");
        extent.setId("slideExtent");
        size.setId("slideSize");
        bannerText.setId("bannerText");
        bannerText.setPromptText("e.g. UNCLASSIFIED — FOR TRAINING");
        bannerColor.setId("bannerColor");
        preview.setId("slidePreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        status.setId("composerStatus");
        status.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int r = 0;
        form.addRow(r++, new Label("Title"), title);
        form.addRow(r++, new Label("Subtitle"), subtitle);
        form.addRow(r++, new Label("Date"), date);
        form.addRow(r++, new Label("Extent"), extent);
        form.addRow(r++, new Label("Size"), size);
        FlowPane parts = new FlowPane(10, 6, legend, scaleBar, northArrow, dateStamp, locator, annotations,
                eventLabels, sources);
        parts.setPrefWrapLength(300);
        form.addRow(r++, new Label("Show"), parts);
        form.addRow(r++, new Label("Banner"), bannerText);
        form.addRow(r++, new Label("Banner colour"), bannerColor);
        Button png = saveButton("Save PNG…", "savePng", "png");
        Button svg = saveButton("Save SVG…", "saveSvg", "svg");
        Button pdf = saveButton("Save PDF…", "savePdf", "pdf");
        Button close = new Button("Close");
        close.setId("composerClose");
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, png, svg, pdf, close);
        form.add(buttons, 0, r++, 2, 1);
        form.add(status, 0, r, 2, 1);
        form.setPrefWidth(420);
        BorderPane root = new BorderPane();
        root.setId("slideComposer");
        root.setLeft(form);
        root.setCenter(preview);
        BorderPane.setMargin(preview, new Insets(0, 0, 0, 12));
        BorderPane.setAlignment(preview, javafx.geometry.Pos.TOP_CENTER);
        root.setPadding(new Insets(12));
        return root;
    }

    private static CheckBox toggle(String text, String id, boolean on) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setSelected(on);
        return c;
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
        String chosen = extent.getValue();
        SlideExtent ex = CURRENT_VIEW.equals(chosen) || chosen == null ? SlideExtent.of(currentView) : preset(chosen);
        SlideParts p = new SlideParts(legend.isSelected(), scaleBar.isSelected(), northArrow.isSelected(),
                dateStamp.isSelected(), locator.isSelected(), annotations.isSelected(), eventLabels.isSelected(),
                sources.isSelected());
        Color c = bannerColor.getValue();
        String hex = String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        return new SlideSpec(title.getText(), subtitle.getText(), date.getValue(), window, ex, size.getValue(),
                SlideSpec.DEFAULT_DPI, p, Banner.of(bannerText.getText(), hex));
    }

    private static SlideExtent preset(String label) {
        for (ViewPreset p : ViewPreset.values()) {
            if (p.label().equals(label)) {
                return SlideExtent.of(p);
            }
        }
        throw new IllegalArgumentException("unknown view '" + label + "'");
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
        CompletableFuture.supplyAsync(() -> new PngSlideWriter(painter).render(data.compose(spec), w, h), Background.work())
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
        String t = title.getText().strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
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
        CompletableFuture<Path> done = CompletableFuture.supplyAsync(() -> {
            try {
                SlideWriter.forFile(out, painter).write(data.compose(spec), out);
                return out;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Background.work());
        done.whenComplete((p, error) -> Platform.runLater(() -> status.setText(error == null
                ? "Saved " + out : "Could not save " + out.getFileName() + ": " + FileMenu.reason(error))));
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
