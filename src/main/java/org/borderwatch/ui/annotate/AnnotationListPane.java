package org.borderwatch.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationFilter;
import org.borderwatch.domain.Confidence;

/**
 * The list of annotations with its filters: full-text search over title and note (the store's
 * index), tag, author and confidence. Picking a row selects the annotation and asks the map to
 * show it. The list follows every committed change. FX thread only.
 */
final class AnnotationListPane extends VBox {
    private static final String ANY_TAG = "Any tag";
    private static final String ANY_AUTHOR = "Any author";

    private final AnnotationSession session;
    private final TextField search = new TextField();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<String> author = new ComboBox<>();
    private final ComboBox<Confidence> confidence = new ComboBox<>();
    private final TableView<Annotation> table = new TableView<>();
    private final Label count = new Label();
    private Consumer<Annotation> onPick = a -> { };
    private boolean syncing;
    private long query;

    AnnotationListPane(AnnotationSession session) {
        this.session = session;
        setId("annotationList");
        setSpacing(6);
        setPadding(new Insets(8));
        search.setId("annotationSearch");
        search.setAccessibleText("Search annotations by title and note");
        search.setPromptText("Search title and note");
        tag.setId("annotationTagFilter");
        tag.setAccessibleText("Show annotations with this tag");
        author.setId("annotationAuthorFilter");
        author.setAccessibleText("Show annotations by this author");
        confidence.setId("annotationConfidenceFilter");
        confidence.setAccessibleText("Show annotations of this confidence");
        confidence.getItems().add(null);
        confidence.getItems().addAll(Confidence.values());
        confidence.setButtonCell(confidenceCell());
        confidence.setCellFactory(v -> confidenceCell());
        for (ComboBox<?> c : List.of(tag, author, confidence)) {
            c.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        table.setId("annotationTable");
        // on a low screen the inspector below needs the height more than the list's empty rows
        table.setMinHeight(56);
        setMinHeight(0);
        table.setAccessibleText("Annotations");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        Label empty = new Label("No annotations yet: draw one with the tools above the map");
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        table.setPlaceholder(empty);
        table.getColumns().add(column("Title", Formats::name, 160));
        table.getColumns().add(column("Kind", a -> Formats.kind(a.kind()), 54));
        table.getColumns().add(column("Confidence", a -> a.confidence().code(), 104));
        table.getColumns().add(column("Modified", a -> Formats.day(a.modified()), 96));
        table.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setTooltip(empty || a == null ? null : new javafx.scene.control.Tooltip(Formats.name(a)
                        + (a.tags().isEmpty() ? "" : "\nTags: " + Formats.list(a.tags()))
                        + "\nModified " + Formats.time(a.modified()) + " by " + a.author()));
            }
        });
        count.getStyleClass().add("text-muted");
        getChildren().addAll(search, new HBox(6, tag, author, confidence), table, count);
        VBox.setVgrow(table, Priority.ALWAYS);

        search.textProperty().addListener((o, a, b) -> refresh());
        tag.valueProperty().addListener((o, a, b) -> refresh());
        author.valueProperty().addListener((o, a, b) -> refresh());
        confidence.valueProperty().addListener((o, a, b) -> refresh());
        session.annotations().addListener((ListChangeListener<Annotation>) c -> {
            updateChoices();
            refresh();
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                session.selectedIdProperty().set(b.id());
                onPick.accept(b);
            }
        });
        session.selectedIdProperty().addListener((o, a, b) -> selectRow(b));
        updateChoices();
    }

    /** Called with the annotation the user picked in the list (the feature zooms to it). */
    void setOnPick(Consumer<Annotation> c) {
        this.onPick = c;
    }

    TableView<Annotation> table() {
        return table;
    }

    /** The filter the controls describe. */
    AnnotationFilter filter() {
        String t = ANY_TAG.equals(tag.getValue()) ? null : tag.getValue();
        String a = ANY_AUTHOR.equals(author.getValue()) ? null : author.getValue();
        return new AnnotationFilter(t, a, confidence.getValue(), search.getText());
    }

    /**
     * Shows the annotations that pass the filter. Tag, author and confidence are looked up in the
     * session's annotations, which hold every live one: only words to search for ask the store
     * (its full-text index). Reading them all from the store again, as each of the three changes
     * that follow a reload did, cost as much as the reload itself — 5,000 annotations three times
     * over beside the map's first date changes.
     */
    private void refresh() {
        if (!session.isAttached()) {
            return;
        }
        long mine = ++query;
        AnnotationFilter f = filter();
        if (f.text() == null) {
            List<Annotation> found = new ArrayList<>();
            for (Annotation a : session.annotations()) {
                if (f.matchesAttributes(a)) {
                    found.add(a);
                }
            }
            show(found);
            return;
        }
        session.search(f).thenAccept(found -> {
            if (mine == query) {
                show(found);
            }
        });
    }

    private void show(List<Annotation> found) {
        syncing = true;
        try {
            table.getItems().setAll(found);
            selectRow(session.selectedIdProperty().get());
        } finally {
            syncing = false;
        }
        int all = session.annotations().size();
        ((Label) table.getPlaceholder()).setText(all == 0
                ? "No annotations yet: draw one with the tools above the map" : "No annotations match the filter");
        count.setText(found.size() == all ? all + " annotations" : found.size() + " of " + all + " annotations");
    }

    private void updateChoices() {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> authors = new TreeSet<>();
        for (Annotation a : session.annotations()) {
            tags.addAll(a.tags());
            authors.add(a.author());
        }
        keepChoice(tag, ANY_TAG, tags);
        keepChoice(author, ANY_AUTHOR, authors);
    }

    private static void keepChoice(ComboBox<String> box, String any, TreeSet<String> values) {
        String current = box.getValue();
        List<String> items = new java.util.ArrayList<>();
        items.add(any);
        items.addAll(values);
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
        }
        box.setValue(current != null && items.contains(current) ? current : any);
    }

    private void selectRow(String id) {
        boolean was = syncing;
        syncing = true;
        try {
            Annotation row = table.getItems().stream().filter(a -> Objects.equals(a.id(), id)).findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
            }
        } finally {
            syncing = was;
        }
    }

    private static ListCell<Confidence> confidenceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Confidence c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : c == null ? "Any grade" : c.code());
            }
        };
    }

    private static TableColumn<Annotation, String> column(String name, java.util.function.Function<Annotation, String> f,
                                                          double width) {
        TableColumn<Annotation, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 104));
        return c;
    }
}
