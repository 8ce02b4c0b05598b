package org.borderwatch.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/**
 * The annotation buttons of the main toolbar: one toggle per tool ({@code #toolPoint} …
 * {@code #toolSelect}; none pressed means browsing), the Snap switch ({@code #snapToggle}) and
 * Undo ({@code #undoButton}) / Redo
 * ({@code #redoButton}) naming what they would undo or redo. FX thread only.
 */
final class AnnotationToolBar {
    private final List<Node> items = new ArrayList<>();

    AnnotationToolBar(MapTools tools, AnnotationSession session) {
        ToggleGroup group = new ToggleGroup();
        items.add(new Separator());
        for (Tool t : Tool.values()) {
            if (t == Tool.BROWSE) {
                continue;
            }
            ToggleButton b = new ToggleButton(t.label());
            b.setId(t.nodeId());
            b.setUserData(t);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(tooltip(t)));
            items.add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) ->
                tools.toolProperty().set(b == null ? Tool.BROWSE : (Tool) b.getUserData()));
        tools.toolProperty().addListener((o, a, t) -> {
            for (var toggle : group.getToggles()) {
                if (toggle.getUserData() == t) {
                    group.selectToggle(toggle);
                    return;
                }
            }
            group.selectToggle(null);
        });
        ToggleButton snap = new ToggleButton("Snap");
        snap.setId("snapToggle");
        snap.setTooltip(new Tooltip("Snap each click to a crossing or the border line within 10 px, marked under the pointer"
                + " before you click (or hold Shift for one click)"));
        snap.setAccessibleText("Snap to crossings and the border line");
        snap.selectedProperty().bindBidirectional(tools.snappingProperty());
        items.add(snap);
        Button undo = new Button("Undo");
        undo.setId("undoButton");
        undo.disableProperty().bind(session.canUndoProperty().not());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(session.undoLabelProperty().concat(" (Ctrl+Z)"));
        undo.setTooltip(undoTip);
        undo.setOnAction(e -> session.undo());
        Button redo = new Button("Redo");
        redo.setId("redoButton");
        redo.disableProperty().bind(session.canRedoProperty().not());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(session.redoLabelProperty().concat(" (Ctrl+Shift+Z or Ctrl+Y)"));
        redo.setTooltip(redoTip);
        redo.setOnAction(e -> session.redo());
        items.add(new Separator());
        items.add(undo);
        items.add(redo);
    }

    List<Node> items() {
        return items;
    }

    private static String tooltip(Tool t) {
        String what = switch (t) {
            case POINT -> "Mark a point: click on the map";
            case LINE -> "Draw a line: click each vertex, double-click or Enter to finish, Esc to cancel";
            case POLYGON -> "Draw an area: click each corner, double-click or Enter to finish, Esc to cancel";
            case TEXT -> "Place a text label: click, type, Enter";
            case RING -> "Range ring: click the centre, then click, drag or type the radius in km";
            case MEASURE -> "Measure geodesic length and area: click points, double-click to end";
            case SELECT -> "Select, move and reshape: drag shapes and vertices, Alt-click or Delete removes a vertex";
            default -> t.label();
        };
        return what + " (" + t.key() + ")";
    }
}
