package org.borderwatch.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * How the window's dialogs are made: the window's stylesheet (focus ring, field messages), and
 * Escape closes them — unless it means something to the focused control (an open drop-down or
 * calendar closes, a date field takes back what was typed). FX thread only.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** A scene for {@code stage} around {@code root}; Escape closes the stage. */
    public static Scene scene(Stage stage, Parent root, double width, double height) {
        return scene(root, width, height, stage::close);
    }

    /** A scene around {@code root} (its size from the content when {@code width} ≤ 0); Escape runs {@code onEscape}. */
    static Scene scene(Parent root, double width, double height, Runnable onEscape) {
        Scene scene = width > 0 ? new Scene(root, width, height) : new Scene(root);
        scene.getStylesheets().add(Dialogs.class.getResource("borderwatch.css").toExternalForm());
        // a filter: lists and tables would keep Escape for themselves
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !keepsEscape(scene.getFocusOwner())) {
                e.consume();
                onEscape.run();
            }
        });
        return scene;
    }

    /** True when Escape means something to the focused control: an open drop-down, a date being typed. */
    private static boolean keepsEscape(javafx.scene.Node focused) {
        if (focused instanceof javafx.scene.control.ComboBoxBase<?> c) {
            return c.isShowing();
        }
        if (focused instanceof javafx.scene.control.ChoiceBox<?> c) {
            return c.isShowing();
        }
        if (focused instanceof javafx.scene.control.MenuButton m) {
            return m.isShowing();
        }
        return DateField.takesBackOnEscape(focused);
    }
}
