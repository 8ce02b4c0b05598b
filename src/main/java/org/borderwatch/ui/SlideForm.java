package org.borderwatch.ui;

import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;
import org.borderwatch.slides.Banner;
import org.borderwatch.slides.SlideExtent;
import org.borderwatch.slides.SlideParts;
import org.borderwatch.slides.SlideSize;
import org.borderwatch.slides.SlideSpec;

/**
 * What a slide and a deck are asked the same way — title, subtitle, view, size, the parts shown,
 * the handling banner and its colour — as the fields of one form that both dialogs show, so the
 * slide dialog, the deck dialog and the command line's {@code --title --subtitle --view --size
 * --banner --banner-color --hide} offer the same choices. The form remembers what the user chose
 * last (under {@code slide.*} or {@code deck.*}) and starts from it. FX thread only.
 */
final class SlideForm {
    static final String CURRENT_VIEW = "Current view";
    private static final String DEFAULT_BANNER_COLOR = "#2E7D32";
    final TextField title = new TextField("Border situation");
    final TextField subtitle = new TextField();
    final ChoiceBox<String> extent = new ChoiceBox<>();
    final ChoiceBox<SlideSize> size = new ChoiceBox<>();
    final CheckBox legend = toggle("Legend", true);
    final CheckBox scaleBar = toggle("Scale bar", true);
    final CheckBox northArrow = toggle("North arrow", true);
    final CheckBox dateStamp = toggle("Date stamp", true);
    final CheckBox locator = toggle("Locator", true);
    final CheckBox annotations = toggle("Annotations", true);
    final CheckBox eventLabels = toggle("Event labels", false);
    final CheckBox sources = toggle("Sources", true);
    final TextField bannerText = new TextField();
    final ColorPicker bannerColor = new ColorPicker(Color.web(DEFAULT_BANNER_COLOR));
    private final String prefix;
    private final Viewport currentView;

    /**
     * @param prefix      {@code slide} or {@code deck}: the fields' ids ({@code #slideTitle},
     *                    {@code #deckBanner} …) and the preferences they are remembered under
     * @param currentView the map's view, offered as "Current view", or {@code null}
     * @param sizes       the sizes this output can have
     */
    SlideForm(String prefix, Viewport currentView, List<SlideSize> sizes) {
        this.prefix = prefix;
        this.currentView = currentView;
        if (currentView != null) {
            extent.getItems().add(CURRENT_VIEW);
        }
        for (ViewPreset p : ViewPreset.values()) {
            extent.getItems().add(p.label());
        }
        extent.getSelectionModel().select(0);
        size.getItems().setAll(sizes);
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
        size.getSelectionModel().select(0);
        title.setId(prefix + "Title");
        subtitle.setId(prefix + "Subtitle");
        extent.setId(prefix + "Extent");
        size.setId(prefix + "Size");
        bannerText.setId(prefix + "Banner");
        bannerText.setPromptText("e.g. UNCLASSIFIED — FOR TRAINING");
        bannerColor.setId(prefix + "BannerColor");
        for (CheckBox c : parts()) {
            c.setId(prefix + "Part" + c.getText().replace(" ", ""));
        }
    }

    private List<CheckBox> parts() {
        return List.of(legend, scaleBar, northArrow, dateStamp, locator, annotations, eventLabels, sources);
    }

    private static CheckBox toggle(String text, boolean on) {
        CheckBox c = new CheckBox(text);
        c.setSelected(on);
        return c;
    }

    /** Adds the title and subtitle rows to {@code grid} from {@code row}; returns the next row. */
    int addTitleRows(GridPane grid, int row) {
        row = Forms.row(grid, row, "_Title", title);
        return Forms.row(grid, row, "S_ubtitle", subtitle);
    }

    /** Adds the view, size, parts and banner rows to {@code grid} from {@code row}; returns the next row. */
    int addLookRows(GridPane grid, int row) {
        row = Forms.row(grid, row, "_View", extent);
        row = Forms.row(grid, row, "Si_ze", size);
        FlowPane shown = new FlowPane(10, 6, parts().toArray(new CheckBox[0]));
        shown.setPrefWrapLength(300);
        grid.add(Forms.label("Show", shown), 0, row);
        grid.add(shown, 1, row++);
        row = Forms.row(grid, row, "_Banner", bannerText);
        return Forms.row(grid, row, "Banner c_olour", bannerColor);
    }

    /** The observables whose change changes the slide (for a preview). */
    List<javafx.beans.Observable> observables() {
        List<javafx.beans.Observable> out = new java.util.ArrayList<>(List.of(title.textProperty(),
                subtitle.textProperty(), extent.valueProperty(), size.valueProperty(), bannerText.textProperty(),
                bannerColor.valueProperty()));
        parts().forEach(c -> out.add(c.selectedProperty()));
        return out;
    }

    /**
     * The slide of this form on {@code date}, its events those of {@code window}, a PNG of it at
     * {@code dpi} (paper sizes).
     *
     * @throws IllegalArgumentException with a sentence for the user when a field is not valid
     */
    SlideSpec spec(java.time.LocalDate date, org.borderwatch.domain.TimeWindow window, int dpi) {
        SlideParts p = new SlideParts(legend.isSelected(), scaleBar.isSelected(), northArrow.isSelected(),
                dateStamp.isSelected(), locator.isSelected(), annotations.isSelected(), eventLabels.isSelected(),
                sources.isSelected());
        return new SlideSpec(title.getText(), subtitle.getText(), date, window, extent(), size.getValue(), dpi, p,
                Banner.of(bannerText.getText(), hex(bannerColor.getValue())));
    }

    /** The extent chosen: the current view, or a preset. */
    SlideExtent extent() {
        String chosen = extent.getValue();
        return CURRENT_VIEW.equals(chosen) || chosen == null ? SlideExtent.of(currentView) : preset(chosen);
    }

    private static SlideExtent preset(String label) {
        for (ViewPreset p : ViewPreset.values()) {
            if (p.label().equals(label)) {
                return SlideExtent.of(p);
            }
        }
        throw new IllegalArgumentException("unknown view '" + label + "'");
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** Fills the form with what was chosen last time (nothing is changed where nothing was remembered). */
    void restore(Preferences node) {
        String p = prefix + ".";
        title.setText(node.get(p + "title", title.getText()));
        subtitle.setText(node.get(p + "subtitle", subtitle.getText()));
        String view = node.get(p + "view", null);
        if (view != null && extent.getItems().contains(view)) {
            extent.setValue(view);
        }
        String code = node.get(p + "size", null);
        size.getItems().stream().filter(s -> s.code().equals(code)).findFirst().ifPresent(size::setValue);
        for (CheckBox c : parts()) {
            c.setSelected(node.getBoolean(p + "part." + c.getText(), c.isSelected()));
        }
        bannerText.setText(node.get(p + "banner", bannerText.getText()));
        try {
            bannerColor.setValue(Color.web(node.get(p + "bannerColor", DEFAULT_BANNER_COLOR)));
        } catch (IllegalArgumentException e) {
            bannerColor.setValue(Color.web(DEFAULT_BANNER_COLOR));
        }
    }

    /** Remembers what the form shows, for the next time the dialog opens. */
    void remember(Preferences node) {
        String p = prefix + ".";
        node.put(p + "title", title.getText());
        node.put(p + "subtitle", subtitle.getText());
        if (extent.getValue() != null) {
            node.put(p + "view", extent.getValue());
        }
        if (size.getValue() != null) {
            node.put(p + "size", size.getValue().code());
        }
        for (CheckBox c : parts()) {
            node.putBoolean(p + "part." + c.getText(), c.isSelected());
        }
        node.put(p + "banner", bannerText.getText());
        node.put(p + "bannerColor", hex(bannerColor.getValue()));
    }
}
