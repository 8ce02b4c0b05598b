package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.render.MapStyle;

/**
 * Shows the selected event (title, date and its precision, category, border, place, location,
 * summary, sources) or the selected crossing (its names, type, coordinates with their precision,
 * status on the selected day with since / until and reason, its whole status history, sources).
 * Sources with an address are links that open in the system browser; those without are plain text.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class DetailsPane extends ScrollPane {
    private final SituationViewModel vm;
    private final MapStyle style;
    private final UrlOpener openUrl;
    private final EventRows store;
    private final Executor work;
    private final VBox content = new VBox(6);
    private Consumer<Crossing> onCrossingLink = c -> { };
    /** The selected event as stored (every attribute), once read; the map's copy holds only those it paints. */
    private Event stored;
    /** The id whose stored form is being read, or {@code null}. */
    private String reading;

    /**
     * @param store   reads the selected event whole (on {@code work})
     * @param openUrl opens an address in the system browser (called on the work pool)
     */
    public DetailsPane(SituationViewModel vm, MapStyle style, EventRows store, Executor work, UrlOpener openUrl) {
        this.vm = vm;
        this.style = style;
        this.store = store;
        this.work = work;
        this.openUrl = openUrl;
        setId("detailsPane");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        content.setPadding(new Insets(8, 10, 10, 10));
        setContent(content);
        vm.selectionProperty().addListener((o, a, b) -> {
            if (stored != null && !(b instanceof Selection.OfEvent e && e.event().id().equals(stored.id()))) {
                stored = null;
            }
            show();
        });
        DateDisplay.whenChanged(this, this::show);
        // an invalidation listener: a change listener would compare whole situations with equals
        vm.situationProperty().addListener((javafx.beans.InvalidationListener) o -> {
            vm.situation();
            if (vm.selectionProperty().get() instanceof Selection.OfCrossing) {
                show();
            }
        });
        show();
    }

    /** Called when the user follows the link from an event to its crossing. */
    public void setOnCrossingLink(Consumer<Crossing> handler) {
        onCrossingLink = handler;
    }

    private void show() {
        content.getChildren().clear();
        Selection s = vm.selectionProperty().get();
        if (s instanceof Selection.OfEvent e) {
            showEvent(e.event());
        } else if (s instanceof Selection.OfCrossing c) {
            showCrossing(c.crossing());
        } else {
            Label hint = new Label("Select an event in the list, a marker or a crossing on the map, or a lane of the timeline.");
            hint.setWrapText(true);
            hint.getStyleClass().add("muted");
            content.getChildren().add(hint);
        }
        setVvalue(0);
    }

    /**
     * Shows {@code selected} at once and reads it as stored: an event picked on the map carries only
     * the attributes the map paints and one chosen in the event list none, and neither its summary;
     * the stored one has all of them (an import's event type, actors, fatalities …). The details show
     * the stored form when it comes, if the event is still selected.
     */
    private void showEvent(Event selected) {
        Event e = stored != null && stored.id().equals(selected.id()) ? stored : selected;
        if (e == selected && !selected.id().equals(reading)) {
            String id = selected.id();
            reading = id;
            CompletableFuture.supplyAsync(() -> {
                try {
                    return store.stored(id);
                } catch (Exception x) {
                    throw new CompletionException(x);
                }
            }, work).whenComplete((found, failure) -> Platform.runLater(() -> {
                if (!id.equals(reading)) {
                    return;
                }
                reading = null;
                // a failed read leaves the details as they are: everything but the attributes shows
                if (found != null && found.isPresent() && vm.selectionProperty().get() instanceof Selection.OfEvent now
                        && now.event().id().equals(id)) {
                    stored = found.get();
                    if (!stored.equals(now.event())) {
                        show();
                    }
                }
            }));
        }
        content.getChildren().add(heading(e.title()));
        Label category = new Label(e.category().label() + " · " + e.border().label());
        category.setGraphic(new Circle(5, FxColors.of(style.categoryColor(e.category()))));
        content.getChildren().add(category);
        GridPane facts = facts();
        int row = 0;
        addFact(facts, row++, "Date", e.datePrecision() == DatePrecision.DAY
                ? DateDisplay.text().dayWithWeekday(e.date()) + " (day)"
                : DateDisplay.text().at(e.date(), e.datePrecision()) + " (" + e.datePrecision().code() + " only)");
        addFact(facts, row++, "Place", e.place() == null ? "—" : e.place());
        addFact(facts, row++, "Location", e.location() == null
                ? "No location: listed, but not drawn on the map" : formatPoint(e.location()));
        if (e.crossingId() != null && vm.crossing(e.crossingId()) != null) {
            Crossing c = vm.crossing(e.crossingId());
            Hyperlink link = new Hyperlink(c.displayPair());
            link.setOnAction(a -> onCrossingLink.accept(c));
            facts.add(factLabel("Crossing"), 0, row);
            facts.add(link, 1, row++);
        }
        content.getChildren().add(facts);
        if (!e.summary().isBlank()) {
            Label summary = new Label(e.summary());
            summary.setWrapText(true);
            summary.setId("eventSummary");
            content.getChildren().add(summary);
        }
        if (!e.tags().isEmpty()) {
            content.getChildren().add(muted("Tags: " + String.join(", ", e.tags())));
        }
        if (!e.attributes().isEmpty()) {
            GridPane attrs = facts();
            int r = 0;
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                addFact(attrs, r++, a.getKey(), a.getValue());
            }
            content.getChildren().add(attrs);
        }
        content.getChildren().add(sources(e.sourceIds()));
    }

    private void showCrossing(Crossing c) {
        content.getChildren().add(heading(c.name()));
        if (c.counterpart() != null || c.counterpartLatin() != null) {
            String other = c.counterpart() != null ? c.counterpart() : c.counterpartLatin();
            String latin = c.counterpart() != null && c.counterpartLatin() != null ? " · " + c.counterpartLatin() : "";
            Label counterpart = new Label("Counterpart: " + other + latin);
            counterpart.setWrapText(true);
            content.getChildren().add(counterpart);
        }
        if (!c.names().isEmpty()) {
            Label names = new Label("Names: " + c.names().stream()
                    .map(n -> n.withLatin() + " [" + n.lang() + "]").collect(java.util.stream.Collectors.joining(" · ")));
            names.setWrapText(true);
            names.setId("crossingNames");
            names.getStyleClass().add("muted");
            content.getChildren().add(names);
        }
        GridPane facts = facts();
        int row = 0;
        addFact(facts, row++, "Border", c.border().label());
        addFact(facts, row++, "Type", c.type().label());
        addFact(facts, row++, "Position", formatPoint(c.location()) + " · " + c.precision().code());
        Label note = new Label(c.precisionNote());
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        facts.add(note, 1, row++);
        content.getChildren().add(facts);
        content.getChildren().add(currentStatus(c));
        if (c.note() != null) {
            Label n = new Label(c.note());
            n.setWrapText(true);
            content.getChildren().add(n);
        }
        content.getChildren().add(history(c));
        content.getChildren().add(sources(c.sourceIds()));
    }

    private Node currentStatus(Crossing c) {
        LocalDate day = vm.date();
        SituationData d = snapshot();
        StatusInterval i = d == null ? null : d.intervalOn(c.id(), day);
        Label l;
        boolean untracked = i == null && c.trackedFrom() != null && day.isBefore(c.trackedFrom());
        if (untracked) {
            l = new Label("On " + DateDisplay.text().dayWithWeekday(day) + ": not tracked (the record starts on "
                    + DateDisplay.text().dayWithWeekday(c.trackedFrom()) + ")");
            l.setGraphic(new Circle(6, FxColors.of(style.statusColor(org.borderwatch.domain.Status.UNTRACKED))));
        } else if (i == null) {
            l = new Label("On " + DateDisplay.text().dayWithWeekday(day) + ": no sourced status");
            l.setGraphic(new Circle(6, FxColors.of(style.statusColor(org.borderwatch.domain.Status.UNKNOWN))));
        } else {
            l = new Label("On " + DateDisplay.text().dayWithWeekday(day) + ": " + i.status().label() + " " + span(i));
            l.setGraphic(new Circle(6, FxColors.of(style.statusColor(i.status()))));
        }
        l.setId("crossingStatus");
        l.setWrapText(true);
        l.getStyleClass().add("status-now");
        l.setGraphicTextGap(6);
        if (untracked) {
            Label reason = new Label(c.untrackedReason());
            reason.setWrapText(true);
            reason.setId("crossingStatusReason");
            return new VBox(2, l, reason);
        }
        if (i == null || i.reason() == null) {
            return l;
        }
        Label reason = new Label(i.reason() + " [" + String.join(", ", i.sourceIds()) + "]");
        reason.setWrapText(true);
        reason.setId("crossingStatusReason");
        return new VBox(2, l, reason);
    }

    /** "since Sat 16 Dec 2023 (20:00 the evening before)", "until Wed 13 Dec 2023". */
    static String span(StatusInterval i) {
        String since = "since " + DateDisplay.text().dayWithWeekday(i.from());
        if (i.effectiveTime() != null) {
            since += " (took effect " + i.effectiveTime() + (i.effectiveTime().getHour() >= 12 ? " the day before)" : ")");
        }
        String until = i.until() == null ? ", until further notice" : ", until " + DateDisplay.text().dayWithWeekday(i.until().minusDays(1));
        return since + until;
    }

    private Node history(Crossing c) {
        VBox box = new VBox(2);
        box.getChildren().add(subheading("Status history"));
        SituationData d = snapshot();
        List<StatusInterval> list = d == null ? List.of() : d.intervals(c.id());
        if (list.isEmpty()) {
            box.getChildren().add(muted("No sourced status."));
        }
        GridPane grid = facts();
        int row = 0;
        for (StatusInterval i : list) {
            String range = i.until() == null ? "since " + DateDisplay.text().day(i.from())
                    : DateDisplay.text().day(i.from()) + " – " + DateDisplay.text().day(i.until().minusDays(1));
            Label status = new Label(i.status().label());
            status.setGraphic(new Circle(5, FxColors.of(style.statusColor(i.status()))));
            grid.add(factLabel(range), 0, row);
            grid.add(status, 1, row);
            Label why = new Label((i.reason() == null ? "" : i.reason()) + " [" + String.join(", ", i.sourceIds()) + "]");
            why.setWrapText(true);
            why.getStyleClass().add("muted");
            grid.add(why, 2, row++);
        }
        box.getChildren().add(grid);
        box.setId("crossingHistory");
        return box;
    }

    private SituationData snapshot() {
        return vm.data();
    }

    private Node sources(List<String> ids) {
        VBox box = new VBox(2);
        box.setId("sources");
        box.getChildren().add(subheading(ids.size() == 1 ? "Source" : "Sources"));
        SituationData d = snapshot();
        for (String id : ids) {
            Source s = d == null ? null : d.source(id);
            if (s == null) {
                box.getChildren().add(muted("[" + id + "] (not in the store)"));
            } else if (s.url() == null) {
                Label l = new Label("[" + id + "] " + s.title() + (s.publisher() == null ? "" : " — " + s.publisher()));
                l.setWrapText(true);
                box.getChildren().add(l);
            } else {
                Hyperlink link = new Hyperlink("[" + id + "] " + s.title() + (s.publisher() == null ? "" : " — " + s.publisher()));
                link.setWrapText(true);
                link.setTooltip(new Tooltip(s.url()));
                VBox entry = new VBox(2, link);
                link.setOnAction(a -> open(s.url(), entry));
                MenuItem copy = new MenuItem("Copy address");
                copy.setOnAction(a -> copy(s.url()));
                link.setContextMenu(new ContextMenu(copy));
                box.getChildren().add(entry);
            }
        }
        return box;
    }

    /**
     * Opens {@code url} in the browser, off the FX thread; when no browser takes it, says so under
     * the link in {@code entry} with the address selectable and a button that copies it.
     */
    private void open(String url, VBox entry) {
        entry.getChildren().removeIf(n -> "linkFailure".equals(n.getId()));
        Background.supply(() -> {
            openUrl.open(url);
            return url;
        }).whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error != null) {
                entry.getChildren().add(linkFailure(url, FileMenu.reason(error)));
            }
        }));
    }

    private Node linkFailure(String url, String reason) {
        Label why = new Label("Could not open the address: " + reason + ". Copy it into a browser:");
        why.getStyleClass().add("link-failure");
        why.setWrapText(true);
        TextField address = new TextField(url);
        address.setEditable(false);
        address.setAccessibleText("Address of the source");
        HBox.setHgrow(address, javafx.scene.layout.Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("copyAddress");
        copy.setAccessibleText("Copy the address");
        copy.setOnAction(e -> {
            copy(url);
            copy.setText("Copied");
        });
        VBox box = new VBox(2, why, new HBox(4, address, copy));
        box.setId("linkFailure");
        return box;
    }

    private static void copy(String url) {
        ClipboardContent c = new ClipboardContent();
        c.putString(url);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static String formatPoint(GeoPoint p) {
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(p.lat()), p.lat() >= 0 ? "N" : "S",
                Math.abs(p.lon()), p.lon() >= 0 ? "E" : "W");
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-title");
        l.setWrapText(true);
        return l;
    }

    private static Label subheading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-subtitle");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }

    private static GridPane facts() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(2);
        return g;
    }

    private static Label factLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fact-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static void addFact(GridPane g, int row, String name, String value) {
        g.add(factLabel(name), 0, row);
        Label v = new Label(value);
        v.setWrapText(true);
        g.add(v, 1, row);
    }
}
