package org.borderwatch.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts (F1) and Help → About: small windows that Escape or Close shuts.
 * FX thread only.
 */
final class HelpWindows {
    /** Every key of the window, by where it acts: {section, key, what it does}. */
    static final String[][] SHORTCUTS = {
        {"Menus", "Alt or F10, then the underlined letter", "open a menu from the keyboard"},
        {"Menus", "Ctrl+E / Ctrl+Shift+E", "export a slide / a deck"},
        {"Menus", "Ctrl+I", "import a file into the store"},
        {"Menus", "Ctrl+F", "find events (the search box)"},
        {"Menus", "Ctrl+G", "go to a date (the timeline's date field)"},
        {"Menus", "Ctrl+1 / Ctrl+2 / Ctrl+3", "show or hide the legend, the side panel, the timeline"},
        {"Menus", "Ctrl+Q", "quit (everything is saved)"},
        {"Map", "+ / −, mouse wheel", "zoom in / out"},
        {"Map", "drag, double-click", "pan, zoom in"},
        {"Timeline", "← / →", "previous / next day"},
        {"Timeline", "Ctrl+← / Ctrl+→, PgUp / PgDn", "previous / next event or status change"},
        {"Timeline", "Space", "play / pause"},
        {"Timeline", "Home or 0", "show the whole span"},
        {"Annotations", "P L A T R M S", "point, line, area, text, range ring, measure, select"},
        {"Annotations", "Enter / Esc / Backspace", "finish / cancel the shape / take back a vertex"},
        {"Annotations", "Delete", "delete the selected vertex or annotation"},
        {"Annotations", "Shift while clicking", "snap to a crossing or the border line (shown before it happens)"},
        {"Annotations", "Ctrl+Z / Ctrl+Shift+Z", "undo / redo"},
        {"Dialogs", "Esc", "close"},
        {"Fields", "any key", "stays in the field: typing never moves the map or the timeline"},
    };

    private HelpWindows() {
    }

    /** The list of keyboard shortcuts. */
    static Stage shortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        String section = null;
        int row = 0;
        for (String[] s : SHORTCUTS) {
            if (!s[0].equals(section)) {
                section = s[0];
                Label head = new Label(section);
                head.getStyleClass().add("details-subtitle");
                grid.add(head, 0, row++, 2, 1);
            }
            Label key = new Label(s[1]);
            key.getStyleClass().add("shortcut-key");
            grid.add(key, 0, row);
            grid.add(new Label(s[2]), 1, row++);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText("Keyboard shortcuts");
        return window("Keyboard shortcuts", "shortcutsWindow", scroll, owner, 620, 560);
    }

    /** What Borderwatch is, its version and where its data come from. */
    static Stage about(Window owner) {
        Label name = new Label("Borderwatch " + version());
        name.getStyleClass().add("details-title");
        Label what = new Label("A situation viewer for the Finnish–Russian and Polish–Belarusian borders: crossings, "
                + "closures and a sourced timeline of events, turned into map slides.");
        what.setWrapText(true);
        Label data = new Label("Map data © OpenStreetMap contributors (ODbL) · Rivers: GSHHG/WDBII, Wessel & Smith (LGPL). "
                + "Every crossing, closure and event carries its sources.");
        data.setWrapText(true);
        Label runtime = new Label("Java " + System.getProperty("java.version") + " · JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
        runtime.getStyleClass().add("muted");
        VBox box = new VBox(10, name, what, data, runtime);
        return window("About Borderwatch", "aboutWindow", box, owner, 460, 260);
    }

    private static String version() {
        Package p = HelpWindows.class.getPackage();
        return p.getImplementationVersion() != null ? p.getImplementationVersion() : "0.1.0";
    }

    private static Stage window(String title, String id, javafx.scene.Node content, Window owner, double w, double h) {
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setId(id + "Close");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        VBox root = new VBox(12, content, close);
        VBox.setVgrow(content, javafx.scene.layout.Priority.ALWAYS);
        root.setId(id);
        root.setPadding(new Insets(14));
        stage.setTitle(title);
        stage.setScene(Dialogs.scene(stage, root, w, h));
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
        return stage;
    }
}
