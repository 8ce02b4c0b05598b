package org.borderwatch.ui;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.borderwatch.render.MapStyle;

/**
 * The panel at the right of the map: tabs with the event list and "what changed" (and what other
 * features add, such as the annotations), and under the first two the details of the selection.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class SidePanel extends SplitPane {
    private final EventListPane events;
    private final ChangesPane changes;
    private final DetailsPane details;
    private final TabPane tabs = new TabPane();
    private double detailsDivider = 0.55;

    public SidePanel(TimelineViewModel timeline, SituationViewModel situation, EventRows search, MapStyle style,
                     UrlOpener openUrl) {
        setId("sidePanel");
        setOrientation(Orientation.VERTICAL);
        events = new EventListPane(situation, search, Background.work(), style);
        changes = new ChangesPane(timeline, search, style);
        details = new DetailsPane(situation, style, search, Background.work(), openUrl);
        Tab eventsTab = new Tab("Events", events);
        eventsTab.setId("eventsTab");
        Tab changesTab = new Tab("What changed", changes);
        changesTab.setId("changesTab");
        tabs.getTabs().addAll(eventsTab, changesTab);
        tabs.setId("sideTabs");
        tabs.setAccessibleText("Side panel");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        showSelectedTabOnly();
        getItems().addAll(tabs, details);
        setDividerPositions(0.55);
        setMinWidth(280);
        setPrefWidth(400);
        // the details of the selected event or crossing show under the events and "what changed";
        // a tab another feature adds (the annotations, with an inspector of their own) has the height
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            boolean ours = tab == eventsTab || tab == changesTab;
            if (ours && !getItems().contains(details)) {
                getItems().add(details);
                setDividerPositions(detailsDivider);
            } else if (!ours && getItems().contains(details)) {
                detailsDivider = getDividerPositions()[0];
                getItems().remove(details);
            }
        });
    }

    /**
     * Keeps only the selected tab's content in the scene; the others wait aside, whole, until
     * their tab is picked. A tab's content that is not shown is still styled and laid out by
     * JavaFX as the panes follow the timeline ("what changed" moves its dates, the annotation
     * list and inspector lay out their rows), and a frame whose only changes are hidden makes
     * JavaFX repaint the whole window: one date change in three to seven over a large store did.
     * A tab taken out of the pane gets its content back.
     */
    private void showSelectedTabOnly() {
        Map<Tab, Node> aside = new IdentityHashMap<>();
        Runnable place = () -> {
            aside.entrySet().removeIf(e -> {
                boolean gone = !tabs.getTabs().contains(e.getKey());
                if (gone) {
                    e.getKey().setContent(e.getValue());
                }
                return gone;
            });
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            for (Tab t : tabs.getTabs()) {
                if (t == selected) {
                    Node content = aside.remove(t);
                    if (content != null) {
                        t.setContent(content);
                    }
                } else if (t.getContent() != null) {
                    aside.put(t, t.getContent());
                    t.setContent(null);
                }
            }
        };
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> place.run());
        // a tab another feature adds later (the annotations) waits aside as well
        tabs.getTabs().addListener((ListChangeListener<Tab>) c -> place.run());
        place.run();
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
