package org.borderwatch.ui.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.ui.DateField;
import org.borderwatch.ui.Forms;

/**
 * The inspector of the selected annotation: title, note, tags, linked events, confidence,
 * validity period, colour (and a ring's radius), its measurements, and its history. Changes are
 * saved as one change with the Save button, Enter in a one-line field, Ctrl+Enter in the note,
 * or when the focus leaves the inspector; the typed form is never left unsaved when another
 * annotation is selected. FX thread only.
 */
final class InspectorPane extends VBox {
    private final AnnotationSession session;
    private final Label header = new Label("No annotation selected");
    private final Label meta = new Label();
    private final Label measure = new Label();
    private final TextField title = new TextField();
    private final TextArea note = new TextArea();
    private final TextField tags = new TextField();
    private final EventLinks events;
    private final ComboBox<Confidence> confidence = new ComboBox<>();
    private final DateField validFrom = new DateField("inspectorValidFrom", "Valid from");
    private final DateField validUntil = new DateField("inspectorValidUntil", "Valid until");
    private final ColorPicker color = new ColorPicker();
    private final TextField radius = new TextField();
    private final Label radiusLabel = new Label("Radius km");
    private final Label error = new Label();
    private final Button save = new Button("Save");
    private final Button revert = new Button("Revert");
    private final Button delete = new Button("Delete");
    private final HistoryView history;
    private final GridPane form = new GridPane();
    private final TabPane tabs = new TabPane();
    private Annotation shown;
    private boolean loading;

    InspectorPane(AnnotationSession session, EventLinks.Catalog catalog) {
        this.session = session;
        this.events = new EventLinks(catalog);
        this.history = new HistoryView(session);
        setId("annotationInspector");
        getStyleClass().add("annotation-inspector");
        setSpacing(6);
        setPadding(new Insets(8));
        header.getStyleClass().add("title-4");
        meta.getStyleClass().add("text-muted");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        header.setWrapText(true);
        header.setMinHeight(Region.USE_PREF_SIZE);
        measure.setId("inspectorMeasure");
        error.setId("inspectorError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        title.setId("inspectorTitle");
        note.setId("inspectorNote");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText("Note (Ctrl+Enter saves)");
        tags.setId("inspectorTags");
        tags.setPromptText("comma-separated");
        confidence.setId("inspectorConfidence");
        confidence.getItems().setAll(Confidence.values());
        confidence.setButtonCell(confidenceCell());
        confidence.setCellFactory(v -> confidenceCell());
        validFrom.setOptional("always");
        validUntil.setOptional("open-ended");
        validUntil.editor().setTooltip(new Tooltip("First day it no longer applies"));
        color.setId("inspectorColor");
        color.setMaxWidth(Double.MAX_VALUE);
        radius.setId("inspectorRadius");
        save.setId("inspectorSave");
        save.setDefaultButton(false);
        revert.setId("inspectorRevert");
        delete.setId("inspectorDelete");
        delete.getStyleClass().add("danger");

        buildForm();
        HBox buttons = new HBox(6, save, revert, spacer(), delete);
        VBox attributes = new VBox(8, form, measure);
        attributes.setPadding(new Insets(8, 2, 8, 2));
        ScrollPane scroll = new ScrollPane(attributes);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Tab attributesTab = new Tab("Attributes", scroll);
        Tab historyTab = new Tab("History", history);
        history.setPadding(new Insets(8, 2, 2, 2));
        tabs.getTabs().addAll(attributesTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("inspectorTabs");
        getChildren().addAll(header, meta, tabs, error, buttons);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        for (TextField f : List.of(title, tags, radius)) {
            f.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    save();
                    e.consume();
                }
            });
        }
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save();
                e.consume();
            }
        });
        confidence.valueProperty().addListener((o, a, b) -> saveUnlessLoading());
        events.setOnChange(this::saveUnlessLoading);
        validFrom.valueProperty().addListener((o, a, b) -> saveUnlessLoading());
        validUntil.valueProperty().addListener((o, a, b) -> saveUnlessLoading());
        color.valueProperty().addListener((o, a, b) -> saveUnlessLoading());
        save.setOnAction(e -> save());
        revert.setOnAction(e -> show(shown));
        delete.setOnAction(e -> deleteShown());
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, was, is) -> {
                    if (was != null && isInside(was) && (is == null || !isInside(is))) {
                        save();
                    }
                });
            }
        });
        session.selectedProperty().addListener((o, a, b) -> {
            if (a != null && b != null && a.id().equals(b.id()) && isDirty()) {
                shown = b;
                describe(b);
                history.show(b.id());
                return;
            }
            if (a != null && (b == null || !a.id().equals(b.id())) && isDirty()) {
                save();
            }
            show(b);
        });
        show(null);
    }

    private void buildForm() {
        form.setHgap(6);
        form.setVgap(5);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        int r = 0;
        form.addRow(r++, Forms.label("Title", title), title);
        form.addRow(r++, Forms.label("Note", note), note);
        form.addRow(r++, Forms.label("Tags", tags), tags);
        form.addRow(r++, Forms.label("Events", events.pickButton()), events);
        form.addRow(r++, Forms.label("Confidence", confidence), confidence);
        form.addRow(r++, Forms.label("Valid from", validFrom), validFrom);
        form.addRow(r++, Forms.label("Valid until", validUntil), validUntil);
        form.addRow(r++, Forms.label("Colour", color), color);
        radiusLabel.setLabelFor(radius);
        form.addRow(r, radiusLabel, radius);
        confidence.setMaxWidth(Double.MAX_VALUE);
        validFrom.setMaxWidth(Double.MAX_VALUE);
        validUntil.setMaxWidth(Double.MAX_VALUE);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    /** Fills the form with {@code a} (or empties and disables it). */
    private void show(Annotation a) {
        loading = true;
        try {
            shown = a;
            error.setText("");
            boolean on = a != null;
            form.setDisable(!on);
            save.setDisable(!on);
            revert.setDisable(!on);
            delete.setDisable(!on);
            if (!on) {
                header.setText("No annotation selected");
                meta.setText("Draw with the tools above the map, or pick one on the map or in the list.");
                measure.setText("");
                for (TextField f : List.of(title, tags, radius)) {
                    f.clear();
                }
                events.setIds(List.of());
                events.pickButton().setSelected(false);
                note.clear();
                confidence.setValue(null);
                validFrom.setValue(null);
                validUntil.setValue(null);
                showRadius(false);
                history.show(null);
                return;
            }
            describe(a);
            title.setText(a.title());
            note.setText(a.note());
            tags.setText(Formats.list(a.tags()));
            events.setIds(a.eventIds());
            confidence.setValue(a.confidence());
            validFrom.setValue(a.validFrom());
            validUntil.setValue(a.validUntil());
            color.setValue(Color.web(a.color()));
            boolean ring = a.kind() == AnnotationKind.RING;
            showRadius(ring);
            radius.setText(ring ? String.format(Locale.ROOT, "%.3f", a.radiusKm()) : "");
            history.show(a.id());
        } finally {
            loading = false;
        }
    }

    /** True while "Pick on map" is pressed (events chosen on the map or in the list are linked). */
    boolean pickingEvents() {
        return shown != null && events.pickButton().isSelected();
    }

    /** Links {@code e} to the annotation shown. */
    void linkEvent(org.borderwatch.domain.Event e) {
        events.link(e);
    }

    private void showRadius(boolean on) {
        radius.setVisible(on);
        radius.setManaged(on);
        radiusLabel.setVisible(on);
        radiusLabel.setManaged(on);
    }

    private static javafx.scene.control.ListCell<Confidence> confidenceCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Confidence c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.code());
            }
        };
    }

    private void describe(Annotation a) {
        header.setText(a.kind().label() + (a.title().isBlank() ? "" : ": " + a.title()));
        meta.setText("By " + a.author() + " · created " + Formats.time(a.created()) + " · modified "
                + Formats.time(a.modified()));
        measure.setText(Formats.measure(a));
    }

    private void saveUnlessLoading() {
        if (!loading) {
            save();
        }
    }

    /** The form as an annotation, or {@code null} with the reason shown when it is not valid. */
    private Annotation fromForm() {
        try {
            Double km = shown.kind() == AnnotationKind.RING ? InlineFields.parseKm(radius.getText()) : null;
            if (shown.kind() == AnnotationKind.RING && km == null) {
                throw new IllegalArgumentException("the radius must be a number of kilometres");
            }
            boolean fromOk = validFrom.commit();
            if (!validUntil.commit() || !fromOk) {
                throw new IllegalArgumentException("a validity date is not a date (see under it)");
            }
            LocalDate from = validFrom.getValue();
            LocalDate until = validUntil.getValue();
            return AnnotationBuilder.from(shown).title(title.getText().strip()).note(note.getText())
                    .tags(Formats.list(tags.getText())).eventIds(events.ids())
                    .confidence(confidence.getValue()).validity(from, until)
                    .color(Formats.hex(color.getValue())).radiusKm(km).build();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            int colon = m.indexOf(": ");
            error.setText("Not saved: " + (colon >= 0 && m.startsWith("annotation ") ? m.substring(colon + 2) : m) + ".");
            return null;
        }
    }

    /** True when the form differs from the annotation shown. */
    boolean isDirty() {
        if (shown == null || loading) {
            return false;
        }
        Annotation f = quietForm();
        return f == null || !f.equals(shown);
    }

    private Annotation quietForm() {
        String saved = error.getText();
        Annotation f = fromForm();
        error.setText(saved);
        return f;
    }

    /** Saves the form as one change, if it differs from the stored annotation. */
    void save() {
        if (shown == null || loading) {
            return;
        }
        Annotation edited = fromForm();
        if (edited == null || edited.equals(shown)) {
            return;
        }
        error.setText("");
        Annotation after = AnnotationBuilder.from(edited).modified(session.stamp()).build();
        session.apply(AnnotationEdit.update(label(shown, edited), shown, after));
    }

    private static String label(Annotation before, Annotation after) {
        List<String> changed = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changed.add("title");
        }
        if (!before.note().equals(after.note())) {
            changed.add("note");
        }
        if (!before.tags().equals(after.tags())) {
            changed.add("tags");
        }
        if (!before.eventIds().equals(after.eventIds())) {
            changed.add("linked events");
        }
        if (before.confidence() != after.confidence()) {
            changed.add("confidence");
        }
        if (!Objects.equals(before.validFrom(), after.validFrom()) || !Objects.equals(before.validUntil(), after.validUntil())) {
            changed.add("validity");
        }
        if (!before.color().equalsIgnoreCase(after.color())) {
            changed.add("colour");
        }
        if (!Objects.equals(before.radiusKm(), after.radiusKm())) {
            changed.add("radius");
        }
        return changed.size() == 1 ? "Edit " + changed.get(0) : "Edit attributes";
    }

    private void deleteShown() {
        if (shown == null) {
            return;
        }
        Annotation a = shown;
        session.selectedIdProperty().set(null);
        session.apply(AnnotationEdit.delete("Delete " + a.kind().label().toLowerCase(Locale.ROOT), a));
    }

    /** Shows the history tab (true) or the attributes tab (false). */
    void showHistory(boolean on) {
        tabs.getSelectionModel().select(on ? 1 : 0);
    }

    /** Focuses the title field (after drawing, so the analyst can name what she drew). */
    void focusTitle() {
        showHistory(false);
        title.requestFocus();
        title.selectAll();
    }
}
