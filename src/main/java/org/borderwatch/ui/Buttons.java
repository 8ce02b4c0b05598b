package org.borderwatch.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons as the window makes them: an id for tests and keyboard users, a tooltip, an action. FX thread. */
final class Buttons {
    private Buttons() {
    }

    /** A text button. */
    static Button of(String text, String id, String tooltip, Runnable action) {
        return of(text, null, id, tooltip, action);
    }

    /** A button with {@code text} (may be null) and {@code graphic} (may be null). */
    static Button of(String text, Node graphic, String id, String tooltip, Runnable action) {
        Button b = new Button(text, graphic);
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
