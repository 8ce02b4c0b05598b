package org.borderwatch.ui;

import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.borderwatch.render.MapStyle;

/**
 * The panel at the right of the map: tabs with the event list and "what changed", and under them
 * the details of the selection.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class SidePanel extends SplitPane {
    private final EventListPane events;
    private final ChangesPane changes;
    private final DetailsPane details;
    private final TabPane tabs = new TabPane();

    public SidePanel(TimelineViewModel timeline, SituationViewModel situation, EventRows search, MapStyle style,
                     Consumer<String> openUrl) {
        setId("sidePanel");
        setOrientation(Orientation.VERTICAL);
        events = new EventListPane(situation, search, Background.work(), style);
        changes = new ChangesPane(timeline, search, style);
        details = new DetailsPane(situation, style, openUrl);
        Tab eventsTab = new Tab("Events", events);
        eventsTab.setId("eventsTab");
        Tab changesTab = new Tab("What changed", changes);
        changesTab.setId("changesTab");
        tabs.getTabs().addAll(eventsTab, changesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        changes.setActive(changesTab.isSelected());
        changesTab.selectedProperty().addListener((o, a, on) -> changes.setActive(on));
        getItems().addAll(tabs, details);
        setDividerPositions(0.55);
        setMinWidth(320);
        setPrefWidth(440);
    }

    public EventListPane events() {
        return events;
    }

    public ChangesPane changes() {
        return changes;
    }

    public DetailsPane details() {
        return details;
    }

    public TabPane tabs() {
        return tabs;
    }
}
