package org.borderwatch.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import javafx.scene.control.TableRow;
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
import org.borderwatch.services.EventWindowCache;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;

/**
 * The table of events, newest first (any column sorts): those of the current window, or — while
 * the search box holds text — every event in the store the full-text search matched, in both
 * cases narrowed by the border and category filters. Search runs as you type, 200 ms after the last key, on a background
 * thread; a newer query makes older answers stale. Choosing a row hands the event to
 * {@link #setOnEventChosen}; the window then selects it, centres the map and moves the timeline.
 *
 * <p>The window's events are read from the store a page at a time ({@link PagedEvents}), counted
 * and sorted by the store: a window of any length costs the rows on screen. The matches of a
 * search (at most {@value #SEARCH_LIMIT}) are held and sorted here.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class EventListPane extends VBox {
    /** How many search hits the list shows at most. */
    public static final int SEARCH_LIMIT = 500;
    private static final double DATE_WIDTH = 90;
    private static final java.util.Comparator<Event> NEWEST_FIRST =
            java.util.Comparator.comparing(Event::date).thenComparing(Event::id).reversed();
    private final SituationViewModel vm;
    private final EventRows search;
    private final Executor background;
    private final TableView<Event> table = new TableView<>();
    private final Label placeholder = new Label("No events in this window");
    private final PagedEvents windowRows;
    private final ObservableList<Event> matches = FXCollections.observableArrayList();
    private final SortedList<Event> sortedMatches = new SortedList<>(matches);
    private final Map<TableColumn<Event, ?>, EventOrder.Column> orderColumns = new HashMap<>();
    /** The events the search found, before the filters. */
    private List<Event> found = List.of();
    private long located;
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

    public EventListPane(SituationViewModel vm, EventRows search, Executor background, MapStyle style) {
        this.vm = vm;
        this.search = search;
        this.background = background;
        this.windowRows = new PagedEvents(search, background, Platform::runLater);
        windowRows.setOnFailure(m -> countLabel.setText("The events could not be read: " + m));
        windowRows.setOnCounted(this::windowCounted);
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
        TableColumn<Event, String> title = EventTableColumns.text("Title", Event::title, 200);
        TableColumn<Event, Event> date = EventTableColumns.date(DATE_WIDTH);
        TableColumn<Event, Category> category = EventTableColumns.category(style);
        TableColumn<Event, String> border = EventTableColumns.text("Border", e -> e.border().code(), 62);
        TableColumn<Event, String> place = EventTableColumns.text("Place", e -> e.place() == null ? "" : e.place(), 78);
        table.getColumns().addAll(List.of(date, title, category, border, place));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                StylingOnlyFrames.cellsFilled(this);
            }
        });
        orderColumns.put(date, EventOrder.Column.DATE);
        orderColumns.put(title, EventOrder.Column.TITLE);
        orderColumns.put(category, EventOrder.Column.CATEGORY);
        orderColumns.put(border, EventOrder.Column.BORDER);
        orderColumns.put(place, EventOrder.Column.PLACE);
        // the title takes whatever width the other columns leave
        title.prefWidthProperty().bind(table.widthProperty().subtract(DATE_WIDTH + 96 + 62 + 78 + 20));
        title.setMinWidth(120);
        // the matches of a search sort here; the window's rows are sorted by the store, page by page
        sortedMatches.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> table.getComparator() == null ? NEWEST_FIRST : table.getComparator(), table.comparatorProperty()));
        table.setSortPolicy(t -> {
            if (!filter.get().searching()) {
                refresh.request();
            }
            return true;
        });
        table.setItems(windowRows);
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

    /** Puts the keyboard in the search box with its text selected (Go → Find event, Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Called when the user picks a row. */
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
            List<Event> events;
            String error = null;
            try {
                events = search.matching(query, SEARCH_LIMIT);
            } catch (Exception ex) {
                events = List.of();
                error = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            }
            List<Event> hits = events;
            String failure = error;
            Platform.runLater(() -> {
                if (seq == searchSeq.get()) {
                    searchError = failure;
                    found = hits;
                    Set<String> ids = new HashSet<>();
                    hits.forEach(e -> ids.add(e.id()));
                    filter.set(filter.get().withMatches(ids));
                    // an answer equal to the last one changes no filter, but the count must still be shown
                    refresh.request();
                }
            });
        });
    }

    private void refreshNow() {
        EventFilter f = filter.get();
        if (f.searching()) {
            List<Event> shown = new ArrayList<>(found.size());
            for (Event e : found) {
                if (f.test(e)) {
                    shown.add(e);
                }
            }
            updating = true;
            try {
                matches.setAll(shown);
                if (table.getItems() != sortedMatches) {
                    table.setItems(sortedMatches);
                }
            } finally {
                updating = false;
            }
            reselect();
            countLabel.setText(describeCount(f, found.size(), shown.size()));
            String words = searchField.getText() == null ? "" : searchField.getText().strip();
            placeholder.setText(found.isEmpty() ? "No events match '" + words + "'"
                    : "No events match '" + words + "' among the borders and categories chosen");
            return;
        }
        if (!f.passesAll()) {
            placeholder.setText("No events of the borders and categories chosen in this window");
        } else {
            placeholder.setText("No events in this window");
        }
        if (table.getItems() != windowRows) {
            updating = true;
            try {
                table.setItems(windowRows);
            } finally {
                updating = false;
            }
        }
        Situation s = vm.situation();
        if (s == null) {
            return;
        }
        // the rows show date, title, category, border and place; a row chosen is read whole by the details
        EventQuery q = EventQuery.between(s.window().start(s.date()), s.date())
                .withBorders(f.borders()).withCategories(f.categories())
                .keepingAttributes(Set.of()).withoutSummaries();
        if (!windowRows.show(q, order()) && !windowRows.counting()) {
            windowCounted();
        } else if (windowRows.query() == null) {
            countLabel.setText("Counting the events of the window…");
        }
    }

    /** The store's order of the table's first sort column, newest first when it has none. */
    private EventOrder order() {
        if (table.getSortOrder().isEmpty()) {
            return EventOrder.NEWEST_FIRST;
        }
        TableColumn<Event, ?> first = table.getSortOrder().get(0);
        EventOrder.Column column = orderColumns.getOrDefault(first, EventOrder.Column.DATE);
        return new EventOrder(column, first.getSortType() == TableColumn.SortType.DESCENDING);
    }

    /** The window's rows are counted: says how many, and selects the selected event's row. */
    private void windowCounted() {
        EventQuery q = windowRows.query();
        if (q == null || filter.get().searching()) {
            return;
        }
        EventWindowCache cache = vm.events();
        int total = cache == null ? windowRows.size() : cache.days().total(q.from(), q.to());
        countLabel.setText(describeCount(filter.get(), Math.max(total, windowRows.size()), windowRows.size()));
        reselect();
    }

    private String describeCount(EventFilter f, int total, int shown) {
        if (searchError != null) {
            return "Search failed: " + searchError;
        }
        String filtered = shown < total ? " (" + (total - shown) + " hidden by filters)" : "";
        if (f.searching()) {
            String more = found.size() >= SEARCH_LIMIT ? " (the best " + SEARCH_LIMIT + "; type more to narrow)" : "";
            return shown + (shown == 1 ? " match" : " matches") + " on all dates" + filtered + more;
        }
        EventQuery q = windowRows.query();
        String window = q == null ? "" : " from " + DateDisplay.text().day(q.from()) + " to " + DateDisplay.text().day(q.to());
        return String.format(java.util.Locale.ROOT, "%,d", shown) + (shown == 1 ? " event" : " events") + window + filtered;
    }

    private void reselect() {
        Selection sel = vm.selectionProperty().get();
        String id = sel == null ? null : sel.eventId();
        updating = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int i = table.getItems() == windowRows ? windowRows.loadedIndexOf(id) : indexIn(table.getItems(), id);
            if (i >= 0) {
                select(i);
                return;
            }
            table.getSelectionModel().clearSelection();
        } finally {
            updating = false;
        }
        if (table.getItems() == windowRows && sel instanceof Selection.OfEvent e) {
            locate(e.event());
        }
    }

    private static int indexIn(List<Event> rows, String id) {
        for (int i = 0; i < rows.size(); i++) {
            Event e = rows.get(i);
            if (e != null && e.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void select(int i) {
        if (table.getSelectionModel().getSelectedIndex() != i) {
            table.getSelectionModel().clearAndSelect(i);
            table.scrollTo(Math.max(0, i - 3));
        }
    }

    /**
     * Finds the row of {@code e} in the store's date order (rows of later days, then its place
     * among the events of its day) and selects it once found — unless the list moved on meanwhile.
     */
    private void locate(Event e) {
        EventQuery q = windowRows.query();
        EventOrder order = windowRows.order();
        if (q == null || order.column() != EventOrder.Column.DATE || !q.matches(e)) {
            return;
        }
        long ticket = ++located;
        background.execute(() -> {
            int before;
            int within = -1;
            try {
                EventQuery others = order.descending() ? q.withDays(e.date().plusDays(1), q.to())
                        : q.withDays(q.from(), e.date().minusDays(1));
                before = search.count(others);
                EventQuery day = q.withDays(e.date(), e.date());
                within = indexIn(search.page(day, order, 0, search.count(day)), e.id());
            } catch (Exception failed) {
                before = -1;
            }
            int row = before < 0 || within < 0 ? -1 : before + within;
            Platform.runLater(() -> {
                Selection now = vm.selectionProperty().get();
                if (row < 0 || ticket != located || q != windowRows.query() || now == null || !e.id().equals(now.eventId())) {
                    return;
                }
                updating = true;
                try {
                    select(row);
                } finally {
                    updating = false;
                }
            });
        });
    }

}
