package org.borderwatch.ui.annotate;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.borderwatch.domain.Annotation;
import org.borderwatch.store.AnnotationRevision;

/**
 * The revision history of the selected annotation (newest first) with a button that restores the
 * picked version; restoring is a new change of its own, so it can be undone and shows in the
 * history. Reread after every committed change. FX thread only.
 */
final class HistoryView extends VBox {
    private final AnnotationSession session;
    private final ListView<AnnotationRevision> list = new ListView<>();
    private final Button restore = new Button("Restore this version");
    private String id;

    HistoryView(AnnotationSession session) {
        this.session = session;
        setSpacing(4);

        list.setId("inspectorHistory");
        list.setPrefHeight(200);
        list.setPlaceholder(new Label("No history"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AnnotationRevision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : describe(r));
            }
        });
        restore.setId("inspectorRestore");
        restore.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        restore.setOnAction(e -> restoreSelected());
        Label hint = new Label("Newest first");
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, hint, spacer, restore);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(list, bar);
        VBox.setVgrow(list, Priority.ALWAYS);
        session.committedWritesProperty().addListener((o, a, b) -> reload());
    }

    /** "4 · 2026-11-27 14:05 · anna · restore (title, note)". */
    static String describe(AnnotationRevision r) {
        StringBuilder sb = new StringBuilder().append(r.revision()).append(" · ").append(Formats.time(r.at()))
                .append(" · ").append(r.author()).append(" · ").append(r.action().code());
        List<String> fields = r.changedFields().stream().filter(f -> !f.equals("modified")).toList();
        if (r.action() != AnnotationRevision.Action.CREATE && !fields.isEmpty()) {
            sb.append(" (").append(String.join(", ", fields)).append(')');
        }
        return sb.toString();
    }

    /** Shows the history of annotation {@code annotationId}, or nothing. */
    void show(String annotationId) {
        this.id = annotationId;
        if (annotationId == null) {
            list.getItems().clear();
            return;
        }
        reload();
    }

    private void reload() {
        String wanted = id;
        if (wanted == null || !session.isAttached()) {
            return;
        }
        session.history(wanted).thenAccept(revisions -> {
            if (wanted.equals(id)) {
                List<AnnotationRevision> newestFirst = new java.util.ArrayList<>(revisions);
                java.util.Collections.reverse(newestFirst);
                list.getItems().setAll(newestFirst);
            }
        });
    }

    private void restoreSelected() {
        AnnotationRevision r = list.getSelectionModel().getSelectedItem();
        Annotation current = id == null ? null : session.get(id);
        if (r == null || current == null) {
            return;
        }
        session.apply(r.restoreEdit(current, session.stamp()));
    }
}
