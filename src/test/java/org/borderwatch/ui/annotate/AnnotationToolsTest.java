package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.Store;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.UiPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The other tools in the window: a point snaps onto a crossing of the seeded store, Esc drops a
 * line half drawn, a text label is typed in place, a ring takes a typed radius, and the select
 * tool moves a shape by dragging it.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationToolsTest {
    private static final Coordinate CENTRE = MapProjection.forward(23.60, 53.52);
    private static final double MPP = 50;

    @TempDir
    Path dir;
    private Preferences node;
    private MainWindow window;
    private Store store;
    private AnnotationFeature feature;
    private AnnotationRepository repo;

    @Start
    void start(Stage stage) throws Exception {
        node = Preferences.userRoot().node("org/borderwatch-test/annotations-" + System.nanoTime());
        node.put("annotation.author", "carla");
        node.putDouble("window.width", 1200);
        node.putDouble("window.height", 760);
        UiPreferences prefs = new UiPreferences(node);
        store = Store.openOrCreateSeeded(dir.resolve("tools.db"));
        window = new MainWindow(prefs, new org.borderwatch.ui.StoreAccess(store), url -> { });
        window.show(stage);
        repo = new AnnotationRepository(store);
        feature = AnnotationFeature.install(window, store, prefs);
    }

    @AfterEach
    void cleanUp() throws Exception {
        feature.session().awaitWrites(10_000);
        store.close();
        node.removeNode();
    }

    private void fixView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Loading"));
        robot.interact(() -> {
            var map = window.map();
            map.viewportProperty().set(new Viewport(CENTRE.x, CENTRE.y, MPP, (int) map.getWidth(), (int) map.getHeight()));
        });
    }

    private Point2D screenOf(double lon, double lat, double dx, double dy) {
        Viewport v = window.map().viewportProperty().get();
        Coordinate m = MapProjection.forward(lon, lat);
        var p = v.toScreen(m.x, m.y);
        return window.map().localToScreen(p.getX() + dx, p.getY() + dy);
    }

    private Point2D at(double dx, double dy) {
        var map = window.map();
        return map.localToScreen(map.getWidth() / 2 + dx, map.getHeight() / 2 + dy);
    }

    private void awaitWrites(long committed) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.session().committedWritesProperty().get() >= committed
                && feature.session().pendingWritesProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Annotation only(AnnotationKind kind) throws Exception {
        return repo.all().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void pointSnapsEscCancelsTextAndRingAreTypedAndSelectMoves(FxRobot robot) throws Exception {
        fixView(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.snapCrossings() > 0);

        robot.clickOn("#toolPoint");
        robot.moveTo(screenOf(23.66, 53.517, 3, -2)).clickOn(MouseButton.PRIMARY);
        awaitWrites(1);
        Coordinate p = only(AnnotationKind.POINT).geometry().getCoordinate();
        assertEquals(23.66, p.x, 1e-12, "snapped onto the Kuźnica road crossing");
        assertEquals(53.517, p.y, 1e-12);

        robot.clickOn("#toolLine");
        robot.clickOn(at(-200, -100)).clickOn(at(-100, -120));
        assertTrue(feature.measurementProperty().get().startsWith("Length "), feature.measurementProperty().get());
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", feature.measurementProperty().get(), "Esc dropped the line");
        assertEquals(1, feature.session().committedWritesProperty().get(), "and nothing was written");

        robot.clickOn("#toolText");
        robot.clickOn(at(-150, 60));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sketchTextField").tryQuery().isPresent());
        robot.clickOn("#sketchTextField").write("Buffer zone").type(KeyCode.ENTER);
        awaitWrites(2);
        Annotation text = only(AnnotationKind.TEXT);
        assertEquals("Buffer zone", text.title());

        robot.clickOn("#toolRing");
        robot.clickOn(at(200, 100));
        robot.doubleClickOn("#ringRadiusField").push(KeyCode.CONTROL, KeyCode.A).write("12.5").type(KeyCode.ENTER);
        awaitWrites(3);
        Annotation ring = only(AnnotationKind.RING);
        assertEquals(12.5, ring.radiusKm(), 1e-9);

        robot.clickOn("#toolSelect");
        Coordinate before = text.geometry().getCoordinate();
        robot.drag(at(-150, 60), MouseButton.PRIMARY).moveTo(at(-120, 60)).moveTo(at(-90, 100)).release(MouseButton.PRIMARY);
        awaitWrites(4);
        Coordinate after = repo.find(text.id()).orElseThrow().geometry().getCoordinate();
        Coordinate b = MapProjection.forward(before.x, before.y);
        Coordinate a = MapProjection.forward(after.x, after.y);
        assertEquals(60 * MPP, a.x - b.x, 2 * MPP, "moved 60 px east");
        assertEquals(-40 * MPP, a.y - b.y, 2 * MPP, "and 40 px south");
        assertEquals(Geodesy.distanceMetres(before.x, before.y, after.x, after.y),
                Math.hypot(a.x - b.x, a.y - b.y), 50, "a move on the map is the same move on the ground");
    }
}
