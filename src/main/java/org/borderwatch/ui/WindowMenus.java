package org.borderwatch.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.borderwatch.domain.DateText;
import org.borderwatch.render.ViewPreset;

/**
 * The main window's menu bar: File, Edit, View, Go and Help, with mnemonics (Alt, or F10, then
 * the underlined letter) and accelerators — Export slide Ctrl+E, Export deck Ctrl+Shift+E, Quit
 * Ctrl+Q, Find Ctrl+F, Go to date Ctrl+G, Undo Ctrl+Z, Redo Ctrl+Shift+Z, the panels Ctrl+1 … 3.
 * Every item says what it does; the keys of the map and the timeline that are no accelerators
 * (arrows, Space, +, −) are listed under Help → Keyboard shortcuts. FX thread only.
 */
public final class WindowMenus {
    private final MenuBar bar = new MenuBar();
    private final MenuItem undo = item("_Undo", "menuUndo", "Shortcut+Z");
    private final MenuItem redo = item("_Redo", "menuRedo", "Shortcut+Shift+Z");

    /** What the menus act on: the window's actions, given by the window. */
    interface Actions {
        void exportSlide();

        void exportDeck();

        void importFile();

        void addLayer();

        void showLayers();

        void quit();

        void find();

        void goToDate();

        void showPreset(ViewPreset preset);

        void zoom(double factor);

        void chooseDateStyle(DateText.Style style);

        void showShortcuts();

        void showAbout();
    }

    /**
     * @param actions     what the items do
     * @param legendShown the legend panel's visibility (View → Legend panel)
     * @param sideShown   the side panel's visibility (View → Side panel)
     * @param timelineShown the timeline's visibility (View → Timeline)
     * @param changedOnly the status lanes' "only crossings that changed in view" filter
     * @param timeline    the timeline, for the Go menu's steps and playback
     */
    WindowMenus(Actions actions, BooleanProperty legendShown, BooleanProperty sideShown, BooleanProperty timelineShown,
                BooleanProperty changedOnly, TimelineViewModel timeline) {
        bar.setId("menuBar");
        bar.setAccessibleText("Menu bar");
        bar.getMenus().addAll(file(actions), edit(), view(actions, legendShown, sideShown, timelineShown, changedOnly),
                go(actions, timeline), help(actions));
    }

    /** Adds {@code items} to the File menu, before Quit (features add their commands so). */
    public void addToFileMenu(MenuItem... items) {
        javafx.collections.ObservableList<MenuItem> file = bar.getMenus().get(0).getItems();
        int quit = file.size() - 2;
        file.addAll(quit, java.util.List.of(items));
    }

    /** The menu bar for the top of the window. */
    public MenuBar bar() {
        return bar;
    }

    private static Menu file(Actions a) {
        MenuItem slide = item("Export _slide…", "menuExportSlide", "Shortcut+E");
        slide.setOnAction(e -> a.exportSlide());
        MenuItem deck = item("Export _deck…", "menuExportDeck", "Shortcut+Shift+E");
        deck.setOnAction(e -> a.exportDeck());
        MenuItem imp = item("_Import…", "menuImport", "Shortcut+I");
        imp.setOnAction(e -> a.importFile());
        MenuItem layer = item("_Add layer…", "menuAddLayer", null);
        layer.setOnAction(e -> a.addLayer());
        MenuItem layers = item("_Layers…", "menuLayers", null);
        layers.setOnAction(e -> a.showLayers());
        MenuItem quit = item("_Quit", "menuQuit", "Shortcut+Q");
        quit.setOnAction(e -> a.quit());
        return menu("_File", "fileMenu", slide, deck, new SeparatorMenuItem(), imp, layer, layers,
                new SeparatorMenuItem(), quit);
    }

    private Menu edit() {
        undo.setDisable(true);
        redo.setDisable(true);
        return menu("_Edit", "editMenu", undo, redo);
    }

    /**
     * Lets Edit → Undo and Redo act on a history (the annotations'): their text names the change
     * ("Undo Move point") and they are disabled when there is none.
     */
    public void undoHistory(ObservableStringValue undoLabel, ObservableBooleanValue canUndo, Runnable doUndo,
                            ObservableStringValue redoLabel, ObservableBooleanValue canRedo, Runnable doRedo) {
        undo.textProperty().bind(Bindings.when(Bindings.isEmpty(undoLabel)).then("_Undo").otherwise(
                Bindings.concat("_Undo ", undoLabel)));
        undo.disableProperty().bind(Bindings.not(canUndo));
        undo.setOnAction(e -> doUndo.run());
        redo.textProperty().bind(Bindings.when(Bindings.isEmpty(redoLabel)).then("_Redo").otherwise(
                Bindings.concat("_Redo ", redoLabel)));
        redo.disableProperty().bind(Bindings.not(canRedo));
        redo.setOnAction(e -> doRedo.run());
    }

    private static Menu view(Actions a, BooleanProperty legend, BooleanProperty side, BooleanProperty timeline,
                             BooleanProperty changedOnly) {
        Menu menu = menu("_View", "viewMenu");
        for (ViewPreset p : ViewPreset.values()) {
            MenuItem m = item(p.label(), "menuPreset-" + p.name().toLowerCase(java.util.Locale.ROOT), null);
            m.setOnAction(e -> a.showPreset(p));
            menu.getItems().add(m);
        }
        MenuItem in = item("Zoom _in", "menuZoomIn", "Shortcut+Equals");
        in.setOnAction(e -> a.zoom(2));
        MenuItem out = item("Zoom _out", "menuZoomOut", "Shortcut+Minus");
        out.setOnAction(e -> a.zoom(0.5));
        menu.getItems().addAll(in, out, new SeparatorMenuItem(),
                check("_Legend panel", "menuLegendPanel", "Shortcut+1", legend),
                check("_Side panel (events, annotations)", "menuSidePanel", "Shortcut+2", side),
                check("_Timeline", "menuTimeline", "Shortcut+3", timeline),
                check("Lanes: only crossings that _changed in view", "menuChangedOnly", null, changedOnly),
                new SeparatorMenuItem(), dateStyle(a));
        return menu;
    }

    /** "Write dates as": 30 Nov 2023 or 2023-11-30, for every date the window, the map and slides show. */
    private static Menu dateStyle(Actions a) {
        Menu menu = menu("Write _dates as", "dateStyleMenu");
        ToggleGroup group = new ToggleGroup();
        for (DateText.Style style : DateText.Style.values()) {
            RadioMenuItem item = new RadioMenuItem(style.example());
            item.setMnemonicParsing(false);
            item.setId("dateStyle-" + style.code());
            item.setToggleGroup(group);
            item.setUserData(style);
            item.setOnAction(e -> a.chooseDateStyle(style));
            menu.getItems().add(item);
        }
        menu.setOnShowing(e -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == DateDisplay.style().get())));
        return menu;
    }

    private static Menu go(Actions a, TimelineViewModel timeline) {
        MenuItem date = item("Go to _date…", "menuGoToDate", "Shortcut+G");
        date.setOnAction(e -> a.goToDate());
        MenuItem find = item("_Find event…", "menuFind", "Shortcut+F");
        find.setOnAction(e -> a.find());
        MenuItem previousDay = item("_Previous day (\u2190)", "menuPreviousDay", null);
        previousDay.setOnAction(e -> timeline.stepDays(-1));
        MenuItem nextDay = item("_Next day (\u2192)", "menuNextDay", null);
        nextDay.setOnAction(e -> timeline.stepDays(1));
        MenuItem previousChange = item("Previous _change (Ctrl+\u2190)", "menuPreviousChange", null);
        previousChange.setOnAction(e -> timeline.stepToPreviousChange());
        MenuItem nextChange = item("Next c_hange (Ctrl+\u2192)", "menuNextChange", null);
        nextChange.setOnAction(e -> timeline.stepToNextChange());
        MenuItem play = item("Play / p_ause (Space)", "menuPlay", null);
        play.setOnAction(e -> timeline.playingProperty().set(!timeline.playingProperty().get()));
        return menu("_Go", "goMenu", date, find, new SeparatorMenuItem(), previousDay, nextDay, previousChange,
                nextChange, play);
    }

    private static Menu help(Actions a) {
        MenuItem keys = item("_Keyboard shortcuts", "menuShortcuts", "F1");
        keys.setOnAction(e -> a.showShortcuts());
        MenuItem about = item("_About Borderwatch", "menuAbout", null);
        about.setOnAction(e -> a.showAbout());
        return menu("_Help", "helpMenu", keys, about);
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu m = new Menu(text, null, items);
        m.setId(id);
        return m;
    }

    private static MenuItem item(String text, String id, String accelerator) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return m;
    }

    private static CheckMenuItem check(String text, String id, String accelerator, BooleanProperty value) {
        CheckMenuItem m = new CheckMenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.selectedProperty().bindBidirectional(value);
        return m;
    }
}
