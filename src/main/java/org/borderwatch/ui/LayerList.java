package org.borderwatch.ui;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.render.UserLayer;

/**
 * A small window listing the user's layers (id {@code #layerList}): a tick shows or hides a
 * layer, Remove takes the selected one off the map. Edits the window's
 * {@link MainWindow#userLayers()} list directly. FX thread only.
 */
public final class LayerList {
    private final ObservableList<UserLayer> layers;
    private final ListView<UserLayer> list;
    private final Stage stage = new Stage();

    /** A list over {@code layers} (the window's user layers). */
    public LayerList(ObservableList<UserLayer> layers) {
        this.layers = layers;
        this.list = new ListView<>(layers);
        list.setId("layerList");
        list.setAccessibleText("Layers");
        list.setPlaceholder(new Label("No layers yet: File → Add layer… reads a GeoPackage."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(UserLayer layer, boolean empty) {
                super.updateItem(layer, empty);
                if (empty || layer == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                CheckBox shown = new CheckBox(layer.name() + " (" + layer.projected().size() + ")");
                shown.setSelected(layer.visible());
                shown.setOnAction(e -> showLayer(getIndex(), shown.isSelected()));
                setGraphic(shown);
                setText(null);
            }
        });
        Button remove = new Button("Remove");
        remove.setId("layerRemove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                layers.remove(i);
            }
        });
        Button close = new Button("Close");
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(8, list, new HBox(8, remove, close));
        box.setPadding(new Insets(10));
        stage.setTitle("Layers");
        stage.setScene(Dialogs.scene(stage, box, 360, 280));
    }

    /** Shows or hides the layer at {@code index}. */
    public void showLayer(int index, boolean visible) {
        UserLayer l = layers.get(index);
        if (l.visible() != visible) {
            layers.set(index, new UserLayer(l.name(), l.projected(), l.color(), visible, l.notes()));
        }
    }

    /** Shows the window above {@code owner}. */
    public void show(Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
        }
        stage.show();
    }
}
