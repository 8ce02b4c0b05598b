package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.AnnotationRevision;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.borderwatch.ui.FxWait;

/**
 * An analyst draws an area by clicks on the map, writes its note in the inspector, undoes and
 * redoes; after every step the store (a real SQLite file) holds exactly what the screen shows.
 */
class AnnotationDrawingTest extends AnnotationWindowTest {
    @Override
    String author() {
        return "anna";
    }

    private Annotation stored(AnnotationRepository repo, String id) throws Exception {
        return repo.find(id).orElse(null);
    }

    @Test
    void drawAnAreaEditItsNoteUndoAndRedo(FxRobot robot) throws Exception {
        fixView(robot);

        robot.clickOn("#toolPolygon");
        robot.clickOn(at(-120, -80));
        robot.clickOn(at(130, -60));
        robot.doubleClickOn(at(20, 110));
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
        FxWait.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#annotationTable").queryAs(TableView.class).getItems().size() == 1);

        robot.clickOn("#inspectorNote").write("Fence cut over 40 m.");
        robot.clickOn("#inspectorSave");
        awaitWrites(2);
        assertEquals("Fence cut over 40 m.", stored(repo, area.id()).note());
        assertEquals(2, repo.history(area.id()).size());

        robot.clickOn("#toolPolygon");
        assertEquals(Tool.BROWSE, feature.toolProperty().get(), "pressing the tool again leaves it");
        robot.clickOn(at(-300, 200));
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
        FxWait.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#inspectorHistory").queryAs(ListView.class).getItems().size() == 6);
        assertTrue(robot.lookup("#inspectorNote").queryAs(javafx.scene.control.TextArea.class).getText().startsWith("Fence"));
    }
}
