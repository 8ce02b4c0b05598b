package org.borderwatch.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.borderwatch.render.UserLayer;
import org.borderwatch.services.GeoPackageLayerReader;
import org.borderwatch.slides.SlideData;

/**
 * What the window's File menu does: export a slide or a deck, import a file into the store, add a
 * GeoPackage layer to the map. Disk work runs on {@link Background#work()}; this class is used on
 * the FX thread.
 */
public final class FileMenu {
    private final MainWindow window;

    /** The File menu's actions for {@code window} (the menu itself is in {@link WindowMenus}). */
    public FileMenu(MainWindow window) {
        this.window = window;
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }

    /**
     * What slides of the window are made of: its crossings and intervals, the store's events (each
     * slide reads its own window), the base map, the store's annotations and the user's layers.
     * Completes on a background thread; fails when the map or data are still loading.
     */
    CompletableFuture<SlideData> slideData() {
        var data = window.timeline().dataProperty().get();
        var map = window.baseMap();
        if (data == null || map == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the map and the situation are still loading"));
        }
        var layers = java.util.List.copyOf(window.userLayers());
        StoreAccess store = window.storeAccess();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new SlideData(data, store.store().eventSource(), map, store.store().annotations(), layers);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, Background.work());
    }

    /**
     * While {@code stage} is open, hands {@code use} the window's slide data again each time the
     * window has read its store again (an import, a team member's change), so that a dialog open
     * meanwhile makes slides of what the window shows. FX thread.
     */
    private void followReloads(javafx.stage.Stage stage, java.util.function.Consumer<SlideData> use) {
        javafx.beans.InvalidationListener reloaded = o -> slideData().whenComplete((d, error) -> {
            if (d != null) {
                Platform.runLater(() -> {
                    if (stage.isShowing()) {
                        use.accept(d);
                    }
                });
            }
        });
        window.timeline().dataProperty().addListener(reloaded);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN,
                e -> window.timeline().dataProperty().removeListener(reloaded));
    }

    /** Opens the slide composer over the window's current view and day. */
    public CompletableFuture<SlideComposerDialog> exportSlide() {
        return slideData().thenApplyAsync(d -> {
            SlideComposerDialog dialog = new SlideComposerDialog(d, window.timeline().dateProperty().get(),
                    window.timeline().windowProperty().get(), window.map().viewportProperty().get(), window.prefs().node());
            dialog.show(owner());
            followReloads(dialog.stage(), dialog::useData);
            return dialog;
        }, Platform::runLater).whenComplete((d, error) -> {
            if (error != null) {
                Platform.runLater(() -> window.showStatus("Cannot export a slide: " + reason(error)));
            }
        });
    }

    /** Opens the deck dialog over the window's current view, ending on the timeline's day. */
    public CompletableFuture<DeckExportDialog> exportDeck() {
        return slideData().thenApplyAsync(d -> {
            DeckExportDialog dialog = new DeckExportDialog(d, window.timeline().dateProperty().get(),
                    window.timeline().windowProperty().get(), window.map().viewportProperty().get(), window.prefs().node());
            dialog.show(owner());
            followReloads(dialog.stage(), dialog::useData);
            return dialog;
        }, Platform::runLater).whenComplete((d, error) -> {
            if (error != null) {
                Platform.runLater(() -> window.showStatus("Cannot export a deck: " + reason(error)));
            }
        });
    }

    /** File → Import…: asks for a file and imports it. */
    void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import into the store");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Borderwatch, ACLED, GeoJSON, KML", "*.borderwatch", "*.json", "*.csv",
                        "*.geojson", "*.kml"),
                new FileChooser.ExtensionFilter("Borderwatch bundle", "*.borderwatch", "*.json"),
                new FileChooser.ExtensionFilter("ACLED export", "*.csv"),
                new FileChooser.ExtensionFilter("GeoJSON", "*.geojson"),
                new FileChooser.ExtensionFilter("KML", "*.kml"));
        File f = chooser.showOpenDialog(owner());
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /**
     * Imports {@code file} with a progress dialog; on success the window reloads its data and the
     * counts are shown, on failure the reason is shown and the store is unchanged.
     *
     * @return the running task (its dialog closes when it ends)
     */
    public ImportTask importFile(Path file) {
        ImportTask task;
        try {
            task = new ImportTask(window.storeAccess(), file);
        } catch (IllegalArgumentException e) {
            alert(Alert.AlertType.ERROR, "Cannot import", e.getMessage());
            return null;
        }
        ImportDialog dialog = new ImportDialog(task);
        task.setOnSucceeded(e -> {
            dialog.close();
            window.reload();
            window.showStatus("Imported " + file.getFileName());
            alert(Alert.AlertType.INFORMATION, "Imported " + file.getFileName(), task.getValue());
        });
        task.setOnFailed(e -> {
            dialog.close();
            alert(Alert.AlertType.ERROR, "Import failed — nothing was changed", reason(task.getException()));
        });
        task.setOnCancelled(e -> {
            dialog.close();
            window.showStatus("Import of " + file.getFileName() + " cancelled; nothing was changed");
        });
        dialog.show(owner());
        Background.work().execute(task);
        return task;
    }

    /**
     * Asks whether to import {@code file} (a file opened with Borderwatch from the file manager)
     * into the window's store, and imports it when the user agrees. FX thread.
     *
     * @return the confirmation dialog, already showing
     */
    public Alert offerImport(Path file) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.setHeaderText("Import " + file.getFileName() + "?");
        ask.setContentText("Its crossings, closures, events and annotations are added to the store at "
                + window.storeAccess().location() + " (items already there are updated). Nothing is changed if the file has a problem.");
        javafx.scene.control.ButtonType importButton = new javafx.scene.control.ButtonType("Import",
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(importButton, javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(owner());
        ask.resultProperty().addListener((o, a, b) -> {
            if (b == importButton) {
                importFile(file);
            } else {
                window.showStatus("Not imported: " + file.getFileName());
            }
        });
        ask.show();
        return ask;
    }

    /** File → Add layer…: asks for a GeoPackage and adds it to the map. */
    void chooseLayer() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add a GeoPackage layer");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoPackage", "*.gpkg"));
        File f = chooser.showOpenDialog(owner());
        if (f != null) {
            addLayer(f.toPath());
        }
    }

    /** Reads a GeoPackage in the background and adds it to the map as a user layer. */
    public CompletableFuture<UserLayer> addLayer(Path file) {
        window.showStatus("Reading " + file.getFileName() + "…");
        CompletableFuture<UserLayer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return new GeoPackageLayerReader().read(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Background.work());
        read.whenComplete((layer, error) -> Platform.runLater(() -> {
            if (error != null) {
                alert(Alert.AlertType.ERROR, "Cannot add the layer", reason(error));
            } else {
                window.userLayers().add(layer);
                window.showStatus("Added layer " + layer.name() + " (" + layer.projected().size() + " features)");
            }
        }));
        return read;
    }

    /** Opens the list of the user's layers (show, hide, remove). */
    public LayerList showLayers() {
        LayerList list = new LayerList(window.userLayers());
        list.show(owner());
        return list;
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text);
        a.setHeaderText(header);
        a.initOwner(owner());
        a.show();
    }

    /** The one-line reason of a failure, without wrapper exceptions. */
    static String reason(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && (c instanceof CompletionException || c instanceof java.io.UncheckedIOException
                || c instanceof java.util.concurrent.ExecutionException)) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
