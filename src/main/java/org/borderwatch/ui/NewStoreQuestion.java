package org.borderwatch.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question the window asks before it makes a store the user named ({@code --db} or
 * {@code BORDERWATCH_DB}) that does not exist yet: a mistyped path must not silently become a
 * new, empty store that the next import fills. The store in the user's data folder is made
 * without asking, as on any first start. FX thread only.
 */
final class NewStoreQuestion {
    /** Id of the dialog, for tests and styling. */
    static final String ID = "newStoreQuestion";

    private NewStoreQuestion() {
    }

    /** Asks whether to make a new store at {@code path}; true when the user chose to create it. */
    static boolean ask(Window owner, Path path) {
        assert javafx.application.Platform.isFxApplicationThread();
        ButtonType create = new ButtonType("Create the store", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", create, quit);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setTitle("New store?");
        a.setHeaderText("There is no store at " + path);
        a.setContentText("Create a new store there, with the bundled crossings, closures and events? "
                + "Its folder must exist.\n\nIf you meant another file, quit and start Borderwatch with that file.");
        a.getDialogPane().setId(ID);
        return a.showAndWait().filter(create::equals).isPresent();
    }
}
