package org.borderwatch.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window with an import's progress and a Cancel button (id {@code #importDialog}). FX thread only. */
final class ImportDialog {
    private final Stage stage = new Stage();

    ImportDialog(ImportTask task) {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("importCancel");
        // asked once: the import stops at its next read, or says it had already read everything
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            task.requestCancel();
        });
        VBox box = new VBox(10, new Label(task.getTitle()), bar, message, cancel);
        box.setId("importDialog");
        box.setPadding(new Insets(14));
        stage.setTitle("Import");
        stage.setScene(Dialogs.scene(box, 0, 0, task::requestCancel));
    }

    void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.show();
    }

    void close() {
        stage.close();
    }
}
