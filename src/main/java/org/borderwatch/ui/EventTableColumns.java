package org.borderwatch.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.shape.Circle;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.render.MapStyle;

/**
 * The columns of the event table. A row whose event is still being read from the store holds
 * {@code null}; every column shows it empty.
 */
final class EventTableColumns {
    private EventTableColumns() {
    }

    static TableColumn<Event, Event> date(double width) {
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
        col.setPrefWidth(width);
        col.setMinWidth(width);
        return col;
    }

    static TableColumn<Event, String> text(String title, java.util.function.Function<Event, String> value, double width) {
        TableColumn<Event, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }

    static TableColumn<Event, Category> category(MapStyle style) {
        TableColumn<Event, Category> col = new TableColumn<>("Category");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : c.getValue().category()));
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
