package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.AnnotationRevision;
import org.borderwatch.store.Store;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analyst draws an area by clicks on the map, writes its note in the inspector, undoes and
 * redoes; after every step the store (a real SQLite file) holds exactly what the screen shows.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationDrawingTest {
    /** Kuźnica, where the view is centred, and the scale: 50 m per pixel. */
    private static final Coordinate CENTRE = MapProjection.forward(23.60, 53.52);
    private static final double MPP = 50;

    @TempDir
    Path dir;
    private Preferences node;
    private MainWindow window;
    private Store store;
    private AnnotationFeature feature;

    @Start
    void start(Stage stage) throws Exception {
        node = Preferences.userRoot().node("org/borderwatch-test/annotations-" + System.nanoTime());
        node.put("annotation.author", "anna");
        node.putDouble("window.width", 1200);
        node.putDouble("window.height", 760);
        UiPreferences prefs = new UiPreferences(node);
        store = Store.open(dir.resolve("drawing.db"));
        window = new MainWindow(prefs, new org.borderwatch.ui.StoreAccess(store), url -> { });
        window.show(stage);
        feature = AnnotationFeature.install(window, store, prefs);
    }

    @AfterEach
    void cleanUp() throws Exception {
        feature.session().awaitWrites(10_000);
        store.close();
        node.removeNode();
    }

    /** Waits for the map to finish loading (or failing to), then shows a fixed view of Kuźnica. */
    private void fixView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Loading"));
        robot.interact(() -> {
            var map = window.map();
            map.viewportProperty().set(new Viewport(CENTRE.x, CENTRE.y, MPP, (int) map.getWidth(), (int) map.getHeight()));
        });
    }

    /** The screen point of map pixel (x, y) offset from the map's centre. */
    private Point2D fromCentre(double dx, double dy) {
        var map = window.map();
        return map.localToScreen(map.getWidth() / 2 + dx, map.getHeight() / 2 + dy);
    }

    private Coordinate wgs84At(double dx, double dy) {
        Viewport v = window.map().viewportProperty().get();
        Coordinate m = v.toWorld(v.width() / 2.0 + dx, v.height() / 2.0 + dy);
        return MapProjection.inverse(m.x, m.y);
    }

    private void awaitWrites(long committed) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.session().committedWritesProperty().get() >= committed
                && feature.session().pendingWritesProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Annotation stored(AnnotationRepository repo, String id) throws Exception {
        return repo.find(id).orElse(null);
    }

    @Test
    void drawAnAreaEditItsNoteUndoAndRedo(FxRobot robot) throws Exception {
        fixView(robot);
        AnnotationRepository repo = new AnnotationRepository(store);

        robot.clickOn("#toolPolygon");
        robot.clickOn(fromCentre(-120, -80));
        robot.clickOn(fromCentre(130, -60));
        robot.doubleClickOn(fromCentre(20, 110));
        awaitWrites(1);

        List<Annotation> all = repo.all();
        assertEquals(1, all.size(), "one area was saved");
        Annotation area = all.get(0);
        assertEquals(AnnotationKind.POLYGON, area.kind());
        assertEquals("anna", area.author());
        Coordinate[] ring = ((Polygon) area.geometry()).getExteriorRing().getCoordinates();
        assertEquals(4, ring.length, "three corners and the closing point: the double-click added no extra corner");
        Coordinate[] clicked = {wgs84At(-120, -80), wgs84At(130, -60), wgs84At(20, 110)};
        for (int i = 0; i < 3; i++) {
            assertEquals(clicked[i].x, ring[i].x, 2 * MPP / 60_000, "longitude of corner " + i);
            assertEquals(clicked[i].y, ring[i].y, 2 * MPP / 100_000, "latitude of corner " + i);
        }
        assertEquals(area.id(), feature.session().selectedIdProperty().get(), "the new area is selected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#annotationTable").queryAs(TableView.class).getItems().size() == 1);

        robot.clickOn("#inspectorNote").write("Fence cut over 40 m.");
        robot.clickOn("#inspectorSave");
        awaitWrites(2);
        assertEquals("Fence cut over 40 m.", stored(repo, area.id()).note());
        assertEquals(2, repo.history(area.id()).size());

        robot.clickOn("#toolPolygon");
        assertEquals(Tool.BROWSE, feature.toolProperty().get(), "pressing the tool again leaves it");
        robot.clickOn(fromCentre(-300, 200));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitWrites(3);
        assertEquals("", stored(repo, area.id()).note(), "Ctrl+Z took the note back in the store");
        assertEquals("", robot.lookup("#inspectorNote").queryAs(javafx.scene.control.TextArea.class).getText());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitWrites(4);
        assertEquals(null, stored(repo, area.id()), "a second Ctrl+Z took the area back");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        awaitWrites(5);
        assertEquals("", stored(repo, area.id()).note(), "Ctrl+Shift+Z brought the area back");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        awaitWrites(6);
        assertEquals("Fence cut over 40 m.", stored(repo, area.id()).note(), "Ctrl+Y brought the note back");

        List<AnnotationRevision> history = repo.history(area.id());
        assertEquals(List.of(AnnotationRevision.Action.CREATE, AnnotationRevision.Action.UPDATE,
                AnnotationRevision.Action.UPDATE, AnnotationRevision.Action.DELETE, AnnotationRevision.Action.RESTORE,
                AnnotationRevision.Action.UPDATE), history.stream().map(AnnotationRevision::action).toList());
        robot.interact(() -> feature.session().selectedIdProperty().set(area.id()));
        robot.clickOn("History");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#inspectorHistory").queryAs(ListView.class).getItems().size() == 6);
        assertTrue(robot.lookup("#inspectorNote").queryAs(javafx.scene.control.TextArea.class).getText().startsWith("Fence"));
    }
}
