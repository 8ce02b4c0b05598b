package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.borderwatch.ui.FxWait;

/**
 * The other tools in the window: a point snaps onto a crossing of the seeded store only when asked
 * (Shift or the Snap switch) and shows where first, Esc drops a
 * line half drawn, a text label is typed in place, a ring takes a typed radius, and the select
 * tool moves a shape by dragging it.
 */
class AnnotationToolsTest extends AnnotationWindowTest {
    @Override
    String author() {
        return "carla";
    }

    @Override
    Store openStore(Path dir) throws Exception {
        return Store.openOrCreateSeeded(dir.resolve("tools.db"));
    }

    private Annotation only(AnnotationKind kind) throws Exception {
        return repo.all().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void pointSnapsEscCancelsTextAndRingAreTypedAndSelectMoves(FxRobot robot) throws Exception {
        fixView(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.snapCrossings() > 0);

        robot.clickOn("#toolPoint");
        robot.moveTo(screenOf(23.66, 53.517, 3, -2)).press(KeyCode.SHIFT).clickOn(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        awaitWrites(1);
        Coordinate p = only(AnnotationKind.POINT).geometry().getCoordinate();
        assertEquals(23.66, p.x, 1e-12, "Shift-click snapped onto the Kuźnica road crossing");
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
        FxWait.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sketchTextField").tryQuery().isPresent());
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

    @Test
    void aClickNearACrossingStaysWhereItWasUnlessSnappingIsAskedForAndTheTargetShowsFirst(FxRobot robot) throws Exception {
        fixView(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.snapCrossings() > 0);
        robot.clickOn("#toolPoint");
        robot.moveTo(screenOf(23.66, 53.517, 4, -3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, feature.tools().snapShown(), "no snap marker without Shift or the switch");
        robot.clickOn(MouseButton.PRIMARY);
        awaitWrites(1);
        Coordinate free = only(AnnotationKind.POINT).geometry().getCoordinate();
        assertTrue(Math.abs(free.x - 23.66) > 1e-6, "a plain click places the point where it was clicked: " + free);

        clickToolBarItem(robot, "#snapToggle");
        robot.interact(() -> feature.toolProperty().set(Tool.POINT));
        robot.moveTo(screenOf(23.66, 53.517, 4, -3)).moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Kuźnica crossing", feature.tools().snapShown().target(), "the target is marked before the click");
        robot.clickOn(MouseButton.PRIMARY);
        awaitWrites(2);
        assertTrue(repo.all().stream().anyMatch(a -> a.kind() == AnnotationKind.POINT
                && Math.abs(a.geometry().getCoordinate().x - 23.66) < 1e-12), "with the switch on the click snapped");
        assertTrue(fx.prefs().node().getBoolean("annotation.snap", false), "the switch is remembered");
    }
}
