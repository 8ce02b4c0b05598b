package org.borderwatch.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Situation;
import org.borderwatch.render.MapStyle;

/**
 * The table of events, newest first (any column sorts): those of the current window, or — while
 * the search box holds text — every event in the store the full-text search matched, in both
 * cases narrowed by the border and category filters. Search runs as you type, 200 ms after the last key, on a background
 * thread; a newer query makes older answers stale. Choosing a row hands the event to
 * {@link #setOnEventChosen}; the window then selects it, centres the map and moves the timeline.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class EventListPane extends VBox {
    /** How many search hits the list shows at most. */
    public static final int SEARCH_LIMIT = 500;
    private static final double DATE_WIDTH = 90;
    private final SituationViewModel vm;
    private final EventSearch search;
    private final Executor background;
    private final TableView<Event> table = new TableView<>();
    private final Label placeholder = new Label("No events in this window");
    private final ObservableList<Event> rows = FXCollections.observableArrayList();
    private final TextField searchField = new TextField();
    private final Label countLabel = new Label();
    private final MenuButton borderFilter = new MenuButton("Borders");
    private final MenuButton categoryFilter = new MenuButton("Categories");
    private final ReadOnlyObjectWrapper<EventFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", EventFilter.ALL);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private final AtomicLong searchSeq = new AtomicLong();
    private final Throttle refresh = new Throttle(Duration.millis(120), this::refreshNow);
    private Consumer<Event> onEventChosen = e -> { };
    private String searchError;
    private boolean updating;

    public EventListPane(SituationViewModel vm, EventSearch search, Executor background, MapStyle style) {
        this.vm = vm;
        this.search = search;
        this.background = background;
        setId("eventListPane");
        getStyleClass().add("event-list-pane");
        setSpacing(4);
        setPadding(new Insets(6));

        searchField.setId("searchField");
        searchField.setAccessibleText("Search all events");
        searchField.setPromptText("Search all events…");
        searchField.setTooltip(new Tooltip("Full-text search over every event, on all dates"));
        HBox.setHgrow(searchField, Priority.ALWAYS);
        borderFilter.setId("borderFilter");
        categoryFilter.setId("categoryFilter");
        fillBorderFilter();
        fillCategoryFilter(style);
        HBox top = new HBox(4, searchField, borderFilter, categoryFilter);
        top.setAlignment(Pos.CENTER_LEFT);
        countLabel.setId("eventCount");
        countLabel.getStyleClass().add("muted");

        table.setId("eventTable");
        table.setAccessibleText("Events");
        placeholder.setId("eventListEmpty");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        TableColumn<Event, String> title = column("Title", Event::title, 200);
        table.getColumns().add(dateColumn());
        table.getColumns().add(title);
        table.getColumns().add(categoryColumn(style));
        table.getColumns().add(column("Border", e -> e.border().code(), 62));
        table.getColumns().add(column("Place", e -> e.place() == null ? "" : e.place(), 78));
        // the title takes whatever width the other columns leave
        title.prefWidthProperty().bind(table.widthProperty().subtract(DATE_WIDTH + 96 + 62 + 78 + 20));
        title.setMinWidth(120);
        SortedList<Event> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, countLabel, table);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!updating && e != null && !e.id().equals(selectedEventId())) {
                onEventChosen.accept(e);
            }
        });
        // an invalidation listener: a change listener would compare whole situations with equals
        vm.situationProperty().addListener((javafx.beans.InvalidationListener) o -> {
            vm.situation();
            if (!filter.get().searching()) {
                refresh.request();
            }
        });
        vm.selectionProperty().addListener((o, a, s) -> reselect());
        DateDisplay.whenChanged(this, () -> {
            table.refresh();
            refresh.request();
        });
        filter.addListener((o, a, b) -> refresh.request());
        searchField.textProperty().addListener((o, a, t) -> debounce.playFromStart());
        debounce.setOnFinished(e -> runSearch(searchField.getText()));
    }

    /** Called when the user picks a row. */
    /** Puts the keyboard in the search box with its text selected (Go → Find event, Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    public void setOnEventChosen(Consumer<Event> handler) {
        onEventChosen = handler;
    }

    public TableView<Event> table() {
        return table;
    }

    /** The current filter (borders, categories, search matches). */
    public javafx.beans.property.ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    private String selectedEventId() {
        Selection s = vm.selectionProperty().get();
        return s == null ? null : s.eventId();
    }

    private void fillBorderFilter() {
        for (Border b : Border.values()) {
            CheckMenuItem item = new CheckMenuItem(b.label());
            item.setId("borderFilter-" + b.code());
            item.setSelected(true);
            item.selectedProperty().addListener((o, was, on) -> {
                Set<Border> set = filter.get().borders().isEmpty() ? EnumSet.noneOf(Border.class) : EnumSet.copyOf(filter.get().borders());
                if (on) {
                    set.add(b);
                } else {
                    set.remove(b);
                }
                filter.set(filter.get().withBorders(set));
                borderFilter.setText(set.size() == Border.values().length ? "Borders" : "Borders (" + set.size() + ")");
            });
            borderFilter.getItems().add(item);
        }
    }

    private void fillCategoryFilter(MapStyle style) {
        List<CheckMenuItem> items = new ArrayList<>();
        for (Category c : Category.values()) {
            CheckMenuItem item = new CheckMenuItem(c.label());
            item.setId("categoryFilter-" + c.code());
            item.setGraphic(new Circle(5, FxColors.of(style.categoryColor(c))));
            item.setSelected(true);
            item.selectedProperty().addListener((o, was, on) -> {
                Set<Category> set = filter.get().categories().isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(filter.get().categories());
                if (on) {
                    set.add(c);
                } else {
                    set.remove(c);
                }
                filter.set(filter.get().withCategories(set));
                categoryFilter.setText(set.size() == Category.values().length ? "Categories" : "Categories (" + set.size() + ")");
            });
            items.add(item);
        }
        MenuItem all = new MenuItem("Show all");
        all.setOnAction(e -> items.forEach(i -> i.setSelected(true)));
        MenuItem none = new MenuItem("Show none");
        none.setOnAction(e -> items.forEach(i -> i.setSelected(false)));
        categoryFilter.getItems().addAll(all, none, new SeparatorMenuItem());
        categoryFilter.getItems().addAll(items);
    }

    /** Sets which borders are shown (as if ticked in the menu). */
    public void showBorders(Set<Border> borders) {
        for (MenuItem m : borderFilter.getItems()) {
            if (m instanceof CheckMenuItem c) {
                c.setSelected(borders.contains(Border.parse(m.getId().substring("borderFilter-".length()))));
            }
        }
    }

    /** Sets which categories are shown (as if ticked in the menu). */
    public void showCategories(Set<Category> categories) {
        for (MenuItem m : categoryFilter.getItems()) {
            if (m instanceof CheckMenuItem c && m.getId() != null) {
                Category cat = Category.parse(m.getId().substring("categoryFilter-".length()));
                c.setSelected(categories.contains(cat));
            }
        }
    }

    private void runSearch(String text) {
        long seq = searchSeq.incrementAndGet();
        if (text == null || text.isBlank()) {
            searchError = null;
            filter.set(filter.get().withMatches(null));
            refresh.request();
            return;
        }
        countLabel.setText(search.indexing() ? "Searching (indexing the imported events first)…" : "Searching…");
        String query = text.trim();
        background.execute(() -> {
            List<String> ids;
            String error = null;
            try {
                ids = search.matchingIds(query, SEARCH_LIMIT);
            } catch (Exception ex) {
                ids = List.of();
                error = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            }
            List<String> found = ids;
            String failure = error;
            Platform.runLater(() -> {
                if (seq == searchSeq.get()) {
                    searchError = failure;
                    filter.set(filter.get().withMatches(new HashSet<>(found)));
                    // an answer equal to the last one changes no filter, but the count must still be shown
                    refresh.request();
                }
            });
        });
    }

    private void refreshNow() {
        EventFilter f = filter.get();
        List<Event> source;
        if (f.searching()) {
            source = new ArrayList<>();
            for (String id : f.matchedIds()) {
                Event e = vm.event(id);
                if (e != null) {
                    source.add(e);
                }
            }
            source.sort(java.util.Comparator.comparing(Event::date).thenComparing(Event::id));
        } else {
            Situation s = vm.situation();
            source = s == null ? List.of() : s.events();
        }
        List<Event> shown;
        if (f.passesAll()) {
            shown = source;
        } else {
            shown = new ArrayList<>(source.size());
            for (Event e : source) {
                if (f.test(e)) {
                    shown.add(e);
                }
            }
        }
        updating = true;
        try {
            // newest first: scrubbing forward, the events just reached are at the top
            rows.setAll(reversed(shown));
        } finally {
            updating = false;
        }
        reselect();
        countLabel.setText(describeCount(f, source.size(), shown.size()));
        placeholder.setText(emptyText(f, source.size()));
    }

    /** What an empty list means: nothing matches the words, the filters hide all, or the window has none. */
    private String emptyText(EventFilter f, int beforeFilters) {
        String words = searchField.getText() == null ? "" : searchField.getText().strip();
        if (f.searching()) {
            return beforeFilters == 0 ? "No events match '" + words + "'"
                    : "No events match '" + words + "' among the borders and categories chosen";
        }
        return beforeFilters == 0 ? "No events in this window" : "No events of the borders and categories chosen in this window";
    }

    private static List<Event> reversed(List<Event> list) {
        List<Event> out = new ArrayList<>(list.size());
        for (int i = list.size() - 1; i >= 0; i--) {
            out.add(list.get(i));
        }
        return out;
    }

    private String describeCount(EventFilter f, int total, int shown) {
        if (searchError != null) {
            return "Search failed: " + searchError;
        }
        String filtered = shown < total ? " (" + (total - shown) + " hidden by filters)" : "";
        if (f.searching()) {
            String more = f.matchedIds().size() >= SEARCH_LIMIT ? " (the best " + SEARCH_LIMIT + "; type more to narrow)" : "";
            return shown + (shown == 1 ? " match" : " matches") + " on all dates" + filtered + more;
        }
        Situation s = vm.situation();
        String window = s == null ? "" : " from " + DateDisplay.text().day(s.window().start(s.date()))
                + " to " + DateDisplay.text().day(s.date());
        return shown + (shown == 1 ? " event" : " events") + window + filtered;
    }

    private void reselect() {
        String id = selectedEventId();
        updating = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(id)) {
                    if (table.getSelectionModel().getSelectedIndex() != i) {
                        table.getSelectionModel().clearAndSelect(i);
                        table.scrollTo(Math.max(0, i - 3));
                    }
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            updating = false;
        }
    }

    private static TableColumn<Event, Event> dateColumn() {
        TableColumn<Event, Event> col = new TableColumn<>("Date");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setComparator(java.util.Comparator.comparing(Event::date).thenComparing(Event::id));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : DateDisplay.text().at(e.date(), e.datePrecision()));
            }
        });
        col.setPrefWidth(DATE_WIDTH);
        col.setMinWidth(DATE_WIDTH);
        return col;
    }

    private static TableColumn<Event, String> column(String title, java.util.function.Function<Event, String> value, double width) {
        TableColumn<Event, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    private static TableColumn<Event, Category> categoryColumn(MapStyle style) {
        TableColumn<Event, Category> col = new TableColumn<>("Category");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().category()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Category cat, boolean empty) {
                super.updateItem(cat, empty);
                setText(empty || cat == null ? null : cat.label());
                setGraphic(empty || cat == null ? null : new Circle(4, FxColors.of(style.categoryColor(cat))));
            }
        });
        col.setPrefWidth(96);
        return col;
    }
}
