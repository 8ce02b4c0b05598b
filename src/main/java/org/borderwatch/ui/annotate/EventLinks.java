package org.borderwatch.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.Event;

/**
 * The events an annotation is linked to, picked rather than typed: each linked event is a chip
 * with its date and title (its id in the tooltip, and written out when the event is not in the
 * store), "×" unlinks it; "Link event…" opens a search over every event of the store with each
 * result's date, title and id; "Pick on map" links the events the user then clicks on the map or
 * in the event list, until it is pressed again. FX thread only.
 */
final class EventLinks extends VBox {
    /** Where the events come from. */
    interface Catalog {
        /** The events of {@code ids} the store has, by id; completes on the FX thread. */
        CompletableFuture<java.util.Map<String, Event>> events(java.util.Collection<String> ids);

        /**
         * Events matching {@code text} (all words, as the search box finds them), or the events of
         * the window shown when {@code text} is blank; completes on the FX thread.
         */
        CompletableFuture<List<Event>> search(String text);
    }

    private final Catalog catalog;
    private final ObservableList<String> ids = FXCollections.observableArrayList();
    /** The events of linked ids read so far (an id absent from the store maps to {@code null}). */
    private final java.util.Map<String, Event> known = new java.util.HashMap<>();
    private final FlowPane chips = new FlowPane(4, 4);
    private final ToggleButton pick = new ToggleButton("Pick on map");
    private final Button add = new Button("Link event…");
    private Runnable onChange = () -> { };

    EventLinks(Catalog catalog) {
        this.catalog = catalog;
        setId("inspectorEvents");
        setSpacing(4);
        chips.setId("eventLinkChips");
        add.setId("linkEvent");
        add.setTooltip(new Tooltip("Search every event and link one"));
        add.setOnAction(e -> openSearch());
        pick.setId("pickEvents");
        pick.setTooltip(new Tooltip("Link the events you now click on the map or in the event list; press again to stop"));
        pick.setAccessibleText("Pick events to link on the map or in the event list");
        HBox buttons = new HBox(6, add, pick);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(chips, buttons);
        ids.addListener((javafx.collections.ListChangeListener<String>) c -> showChips());
        showChips();
    }

    /** The linked ids, in the order they were linked. */
    List<String> ids() {
        return List.copyOf(ids);
    }

    /** Shows {@code linked} (as a program does: no change is reported). */
    void setIds(List<String> linked) {
        Runnable was = onChange;
        onChange = () -> { };
        try {
            ids.setAll(linked);
        } finally {
            onChange = was;
        }
    }

    /** Called after the user linked or unlinked an event. */
    void setOnChange(Runnable r) {
        onChange = r;
    }

    /** "Pick on map": while pressed, the events the user chooses on the map or in the list are linked. */
    ToggleButton pickButton() {
        return pick;
    }

    /** Links {@code e} (nothing when it is linked already). */
    void link(Event e) {
        if (e != null && !ids.contains(e.id())) {
            known.put(e.id(), e);
            ids.add(e.id());
            onChange.run();
        }
    }

    private void unlink(String id) {
        if (ids.remove(id)) {
            onChange.run();
        }
    }

    private void showChips() {
        chips.getChildren().clear();
        if (ids.isEmpty()) {
            Label none = new Label("No linked events");
            none.getStyleClass().add("text-muted");
            chips.getChildren().add(none);
            return;
        }
        List<String> unread = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            catalog.events(unread).whenComplete((found, error) -> {
                for (String id : unread) {
                    known.put(id, found == null ? null : found.get(id));
                }
                showChips();
            });
        }
        for (String id : ids) {
            Event e = known.get(id);
            boolean reading = !known.containsKey(id);
            Label text = new Label(e != null ? describe(e) : reading ? id + " (reading…)" : id + " (not in the store)");
            text.setTooltip(new Tooltip(e == null ? "Event id " + id + ": no such event in this store" : e.title() + "\nid " + id));
            text.setMaxWidth(260);
            Button remove = new Button("\u00d7");
            remove.getStyleClass().add("flat");
            remove.setAccessibleText("Unlink " + (e == null ? id : e.title()));
            remove.setTooltip(new Tooltip("Unlink this event"));
            remove.setOnAction(x -> unlink(id));
            HBox chip = new HBox(2, text, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("event-chip");
            chip.setPadding(new Insets(0, 0, 0, 6));
            chips.getChildren().add(chip);
        }
    }

    /** "30 Nov 2023 · Raja-Jooseppi closed": the date as precisely as it is known, and the title. */
    static String describe(Event e) {
        return DateText.current().at(e.date(), e.datePrecision()) + " \u00b7 " + e.title();
    }

    /** "Link event…": a search over every event; Enter, a double-click or Link links the chosen one. */
    private void openSearch() {
        Stage stage = new Stage();
        TextField query = new TextField();
        query.setId("linkSearch");
        query.setPromptText("Search events: words of the title, place or summary");
        query.setAccessibleText("Search the events to link");
        ListView<Event> results = new ListView<>();
        results.setId("linkResults");
        results.setAccessibleText("Events found");
        results.setPlaceholder(new Label("Type to search every event"));
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : describe(e) + "   [" + e.id() + "]");
            }
        });
        Button linkButton = new Button("Link");
        linkButton.setId("linkChosen");
        linkButton.setDefaultButton(true);
        linkButton.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        Runnable linkChosen = () -> {
            Event e = results.getSelectionModel().getSelectedItem();
            if (e != null) {
                link(e);
                stage.close();
            }
        };
        linkButton.setOnAction(x -> linkChosen.run());
        results.setOnMouseClicked(x -> {
            if (x.getButton() == MouseButton.PRIMARY && x.getClickCount() == 2) {
                linkChosen.run();
            }
        });
        long[] asked = {0};
        Runnable searchNow = () -> {
            long mine = ++asked[0];
            String text = query.getText() == null ? "" : query.getText().strip();
            catalog.search(text).whenComplete((found, error) -> {
                if (mine != asked[0]) {
                    return;
                }
                if (error != null) {
                    results.getItems().clear();
                    results.setPlaceholder(new Label("The search failed: " + error.getMessage()));
                    return;
                }
                List<Event> shown = new ArrayList<>(found);
                shown.removeIf(e -> ids.contains(e.id()));
                results.getItems().setAll(shown);
                results.setPlaceholder(new Label(text.isEmpty() ? "No events in the window shown"
                        : "No events match '" + text + "'"));
                if (!shown.isEmpty()) {
                    results.getSelectionModel().select(0);
                }
            });
        };
        javafx.animation.PauseTransition debounce = new javafx.animation.PauseTransition(javafx.util.Duration.millis(200));
        debounce.setOnFinished(x -> searchNow.run());
        query.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        query.setOnKeyPressed(x -> {
            if (x.getCode() == KeyCode.DOWN) {
                results.requestFocus();
                x.consume();
            }
        });
        Button close = new Button("Close");
        close.setOnAction(x -> stage.close());
        HBox buttons = new HBox(8, linkButton, close);
        VBox root = new VBox(8, query, results, buttons);
        root.setId("linkEventDialog");
        root.setPadding(new Insets(12));
        VBox.setVgrow(results, javafx.scene.layout.Priority.ALWAYS);
        stage.setTitle("Link an event");
        stage.setScene(org.borderwatch.ui.Dialogs.scene(stage, root, 560, 420));
        if (getScene() != null && getScene().getWindow() != null) {
            stage.initOwner(getScene().getWindow());
        }
        stage.show();
        searchNow.run();
    }
}
