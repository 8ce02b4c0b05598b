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
 * The revision history of the selected annotation (newest first). Picking an earlier version
 * previews it before anything changes: its fields are listed under the history, those that differ
 * from now marked, and the map draws its shape dashed beside the current one. "Restore this
 * version" then makes it the current one — a new change of its own, so it can be undone and shows
 * in the history. Reread after every committed change. FX thread only.
 */
final class HistoryView extends VBox {
    private final AnnotationSession session;
    private final ListView<AnnotationRevision> list = new ListView<>();
    private final Button restore = new Button("Restore this version");
    private final Label preview = new Label();
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
        preview.setId("historyPreview");
        preview.setWrapText(true);
        preview.getStyleClass().add("history-preview");
        preview.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> showPreview());
        Label hint = new Label("Newest first");
        hint.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, hint, spacer, restore);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(list, bar, preview);
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
        if (!java.util.Objects.equals(annotationId, id)) {
            session.previewProperty().set(null);
        }
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

    /**
     * Previews the picked version: the map draws it, and the line under the list names its fields,
     * marking with "•" those that differ from the annotation now. The newest version is the
     * current one: nothing to preview.
     */
    private void showPreview() {
        int i = list.getSelectionModel().getSelectedIndex();
        AnnotationRevision r = list.getSelectionModel().getSelectedItem();
        Annotation now = id == null ? null : session.get(id);
        if (r == null || i < 1 || now == null) {
            session.previewProperty().set(null);
            preview.setText(i == 0 ? "This is the annotation as it is now." : "");
            restore.setText("Restore this version");
            return;
        }
        Annotation old = r.current();
        session.previewProperty().set(old.geometry().equalsExact(now.geometry()) ? null : old);
        restore.setText("Restore version " + r.revision());
        preview.setText(previewText(r, old, now));
    }

    /** "Version 3, 27 Nov 2026 14:05 by anna — • marks what differs from now:" and one line a field. */
    static String previewText(AnnotationRevision r, Annotation old, Annotation now) {
        StringBuilder sb = new StringBuilder("Version ").append(r.revision()).append(", ").append(Formats.time(r.at()))
                .append(" by ").append(r.author()).append(" \u2014 \u2022 marks what differs from now:");
        field(sb, "Title", Formats.name(old), Formats.name(now));
        field(sb, "Note", old.note().isBlank() ? "(none)" : old.note(), now.note().isBlank() ? "(none)" : now.note());
        field(sb, "Tags", Formats.list(old.tags()), Formats.list(now.tags()));
        field(sb, "Events", Formats.list(old.eventIds()), Formats.list(now.eventIds()));
        field(sb, "Confidence", old.confidence().code(), now.confidence().code());
        field(sb, "Valid", validity(old), validity(now));
        field(sb, "Colour", old.color(), now.color());
        boolean moved = !old.geometry().equalsExact(now.geometry());
        sb.append('\n').append(moved ? "\u2022 " : "   ").append("Shape: ").append(Formats.measure(old))
                .append(moved ? " (drawn dashed on the map)" : "");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String then, String now) {
        sb.append('\n').append(then.equals(now) ? "   " : "\u2022 ").append(name).append(": ")
                .append(then.isEmpty() ? "(none)" : then);
    }

    private static String validity(Annotation a) {
        org.borderwatch.domain.DateText t = org.borderwatch.domain.DateText.current();
        return (a.validFrom() == null ? "always" : "from " + t.day(a.validFrom()))
                + (a.validUntil() == null ? "" : " until " + t.day(a.validUntil()));
    }

    private void restoreSelected() {
        AnnotationRevision r = list.getSelectionModel().getSelectedItem();
        Annotation current = id == null ? null : session.get(id);
        if (r == null || current == null) {
            return;
        }
        session.previewProperty().set(null);
        session.apply(r.restoreEdit(current, session.stamp()));
    }
}
