package org.borderwatch.ui.team;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationMerge;

/**
 * A save refused because someone else changed the annotation meanwhile, shown side by side: a
 * row for each field the two versions disagree on, "Yours" on the left and the stored version on
 * the right, each with a choice. "Save merged" saves theirs with the fields chosen from yours;
 * "Keep theirs" drops your change. Nothing is overwritten without the analyst's choice.
 * FX thread only.
 */
final class ConflictView {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());
    static final ButtonType SAVE_MERGED = new ButtonType("Save merged", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType KEEP_THEIRS = new ButtonType("Keep theirs", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ConflictView() {
    }

    /**
     * Asks how to resolve; the merged annotation to save (by {@code author} at {@code now}), or
     * empty to keep the stored version.
     */
    static Optional<Annotation> ask(Window owner, Annotation mine, Annotation theirs, String author, Instant now) {
        List<AnnotationMerge.Field> fields = AnnotationMerge.differing(mine, theirs);
        Map<AnnotationMerge.Field, RadioButton> takeMine = new LinkedHashMap<>();
        GridPane grid = new GridPane();
        grid.setId("conflictGrid");
        grid.setHgap(16);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints side = new ColumnConstraints(220, 300, 420);
        side.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, side, side);
        grid.add(heading("Yours (not saved)"), 1, 0);
        grid.add(heading(theirs.author() + ", " + TIME.format(theirs.modified())), 2, 0);
        int row = 1;
        for (AnnotationMerge.Field f : fields) {
            ToggleGroup group = new ToggleGroup();
            RadioButton left = choice(AnnotationMerge.show(f, mine), group, "mine-" + f.name());
            RadioButton right = choice(AnnotationMerge.show(f, theirs), group, "theirs-" + f.name());
            left.setSelected(true);
            takeMine.put(f, left);
            Label name = new Label(f.label());
            name.getStyleClass().add("conflict-field");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            grid.add(left, 1, row);
            grid.add(right, 2, row);
            row++;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Changed by someone else");
        dialog.setHeaderText(theirs.author() + " changed “" + display(theirs) + "” at " + TIME.format(theirs.modified())
                + " while you were editing it.\nChoose, field by field, what to keep.");
        Label note = new Label(fields.isEmpty() ? "Both versions say the same." : fields.size() + " field"
                + (fields.size() == 1 ? " differs" : "s differ") + "; your choice is saved as a new version, and both "
                + "versions stay in the history.");
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, note));
        dialog.getDialogPane().setId("conflictView");
        dialog.getDialogPane().getButtonTypes().setAll(SAVE_MERGED, KEEP_THEIRS);
        dialog.setResizable(true);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != SAVE_MERGED) {
            return Optional.empty();
        }
        Set<AnnotationMerge.Field> chosen = EnumSet.noneOf(AnnotationMerge.Field.class);
        takeMine.forEach((f, button) -> {
            if (button.isSelected()) {
                chosen.add(f);
            }
        });
        return Optional.of(AnnotationMerge.merge(theirs, mine, chosen, author, now));
    }

    static String display(Annotation a) {
        return a.title().isBlank() ? a.kind().label().toLowerCase(java.util.Locale.ROOT) : a.title();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("conflict-heading");
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static RadioButton choice(String text, ToggleGroup group, String id) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.setWrapText(true);
        r.setMaxWidth(420);
        return r;
    }
}
