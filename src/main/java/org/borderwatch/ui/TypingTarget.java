package org.borderwatch.ui;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * Whether a key belongs to a control the user types into. Every window-wide key handler (the map's
 * and the timeline's keys, the annotation tools' letters) asks this first and leaves such keys
 * alone, so "-" typed into a date field edits the date and never zooms the map. Menu accelerators
 * (Ctrl+E, Ctrl+F …) are not key handlers and still work from a field. FX thread.
 */
public final class TypingTarget {
    private TypingTarget() {
    }

    /**
     * True when {@code e} goes to a text field or area, an editable combo box, date picker or
     * spinner (whose typing is forwarded from the control to a hidden editor), or when such a
     * control has the scene's focus.
     */
    public static boolean owns(Event e) {
        if (e.getTarget() instanceof Node n && typesText(n)) {
            return true;
        }
        Scene scene = e.getSource() instanceof Scene s ? s : e.getTarget() instanceof Node n ? n.getScene() : null;
        return scene != null && scene.getFocusOwner() != null && typesText(scene.getFocusOwner());
    }

    private static boolean typesText(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) {
                return t.isEditable();
            }
            if (n instanceof ComboBoxBase<?> c) {
                return c.isEditable();
            }
            if (n instanceof Spinner<?> s) {
                return s.isEditable();
            }
        }
        return false;
    }
}
