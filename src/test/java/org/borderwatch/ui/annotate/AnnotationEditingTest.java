package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.borderwatch.store.AnnotationRevision;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reshaping with the select tool (drag a vertex, add one at a midpoint, Alt-click one away,
 * Delete), restoring an earlier version from the inspector's history, and finding annotations by
 * words of their title; each step checked in the store.
 */
class AnnotationEditingTest extends AnnotationWindowTest {
    @Override
    String author() {
        return "bruno";
    }

    private Coordinate[] storedLine(String id) throws Exception {
        return repo.find(id).orElseThrow().geometry().getCoordinates();
    }

    @Test
    void reshapeALineVertexByVertexThenDeleteAndUndo(FxRobot robot) throws Exception {
        fixView(robot);
        robot.clickOn("#toolLine");
        robot.clickOn(at(-150, 0)).clickOn(at(0, 0)).clickOn(at(150, 20));
        robot.type(KeyCode.ENTER);
        awaitWrites(1);
        Annotation line = repo.all().get(0);
        assertEquals(AnnotationKind.LINE, line.kind());
        assertEquals(3, storedLine(line.id()).length, "Enter finished the line after three clicks");

        robot.clickOn("#toolSelect");
        robot.drag(at(0, 0), MouseButton.PRIMARY).moveTo(at(0, 30)).moveTo(at(0, 60)).release(MouseButton.PRIMARY);
        awaitWrites(2);
        Coordinate moved = storedLine(line.id())[1];
        assertEquals(wgs84At(0, 60).y, moved.y, 3 * MPP / 100_000, "the dragged vertex is where it was dropped");

        robot.clickOn(at(-75, 30));
        awaitWrites(3);
        assertEquals(4, storedLine(line.id()).length, "a click on the midpoint handle added a vertex");

        robot.press(KeyCode.ALT).clickOn(at(150, 20)).release(KeyCode.ALT);
        awaitWrites(4);
        Coordinate[] afterRemove = storedLine(line.id());
        assertEquals(3, afterRemove.length, "Alt-click removed the last vertex");
        assertEquals(wgs84At(0, 60).y, afterRemove[2].y, 3 * MPP / 100_000);

        robot.type(KeyCode.DELETE);
        awaitWrites(5);
        assertNull(repo.find(line.id()).orElse(null), "Delete removed the selected line");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitWrites(6);
        assertEquals(3, storedLine(line.id()).length, "Ctrl+Z brought it back as it was");

        assertEquals(List.of(AnnotationRevision.Action.CREATE, AnnotationRevision.Action.UPDATE,
                AnnotationRevision.Action.UPDATE, AnnotationRevision.Action.UPDATE, AnnotationRevision.Action.DELETE,
                AnnotationRevision.Action.RESTORE), repo.history(line.id()).stream().map(AnnotationRevision::action).toList());
        assertEquals(List.of("geometry", "modified"), repo.history(line.id()).get(1).changedFields());
    }

    @Test
    void restoreAnEarlierVersionAndFindByWords(FxRobot robot) throws Exception {
        fixView(robot);
        GeometryFactory gf = new GeometryFactory();
        Annotation queue = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POINT,
                gf.createPoint(wgs84At(-40, -40)), "bruno", feature.session().stamp(), "#2E7D32").title("Lorry queue").build();
        Annotation camp = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POINT,
                gf.createPoint(wgs84At(80, 40)), "bruno", feature.session().stamp(), "#D81B60").title("Camp near Kuźnica").build();
        robot.interact(() -> {
            feature.session().apply(AnnotationEdit.create("Draw point", queue));
            feature.session().apply(AnnotationEdit.create("Draw point", camp));
            feature.session().selectedIdProperty().set(queue.id());
        });
        awaitWrites(2);

        robot.doubleClickOn("#inspectorTitle").eraseText(20).write("Lorry queue, 3 km").type(KeyCode.ENTER);
        awaitWrites(3);
        assertEquals("Lorry queue, 3 km", repo.find(queue.id()).orElseThrow().title());

        robot.clickOn("History");
        ListView<?> history = robot.lookup("#inspectorHistory").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        robot.interact(() -> history.getSelectionModel().select(1));
        robot.clickOn("#inspectorRestore");
        awaitWrites(4);
        Annotation restored = repo.find(queue.id()).orElseThrow();
        assertEquals("Lorry queue", restored.title(), "version 1 is back");
        List<AnnotationRevision> h = repo.history(queue.id());
        assertEquals(AnnotationRevision.Action.RESTORE, h.get(2).action());
        assertEquals("Lorry queue, 3 km", h.get(2).previous().title(), "and the restored-over version is kept");

        TableView<?> table = robot.lookup("#annotationTable").queryAs(TableView.class);
        robot.clickOn("#annotationSearch").write("kuznica");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(camp.id(), ((Annotation) table.getItems().get(0)).id());
        robot.interact(() -> table.getSelectionModel().select(0));
        assertEquals(camp.id(), feature.session().selectedIdProperty().get(), "picking a row selects the annotation");
        Viewport v = window.map().viewportProperty().get();
        Coordinate c = MapProjection.forward(camp.geometry().getCoordinate().x, camp.geometry().getCoordinate().y);
        assertEquals(c.x, v.centerX(), 1, "and centres the map on it");
        assertEquals(c.y, v.centerY(), 1);
    }
    @Test
    void theListFiltersByTagAndAuthorAndFollowsEditsAtOnce(FxRobot robot) throws Exception {
        fixView(robot);
        GeometryFactory gf = new GeometryFactory();
        Annotation camp = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POINT,
                gf.createPoint(wgs84At(-40, -40)), "bruno", feature.session().stamp(), "#2E7D32").title("Camp")
                .tags(List.of("Camp", "north")).build();
        Annotation queue = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POINT,
                gf.createPoint(wgs84At(80, 40)), "bruno", feature.session().stamp(), "#D81B60").title("Queue")
                .tags(List.of("lorries")).build();
        robot.interact(() -> {
            feature.session().apply(AnnotationEdit.create("Draw point", camp));
            feature.session().apply(AnnotationEdit.create("Draw point", queue));
        });
        // the list is in the scene while its tab is the one shown: open it, as a user would
        javafx.scene.control.TabPane tabs = robot.lookup("#sideTabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "Annotations".equals(t.getText())).findFirst().orElseThrow()));
        TableView<?> table = robot.lookup("#annotationTable").queryAs(TableView.class);
        javafx.scene.control.Label count = robot.lookup(".text-muted").match(n -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().endsWith("annotations")).queryAs(javafx.scene.control.Label.class);
        // the list shows an edit as it is made, before the store has written it
        assertEquals(2, table.getItems().size());
        // and shows its rows whole above the inspector, not only its header
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds listed = table.localToScene(table.getLayoutBounds());
        assertEquals(2, robot.lookup("#annotationTable .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null && r.isVisible()
                        && listed.contains(r.localToScene(r.getLayoutBounds()))).count(), "rows shown whole");
        assertEquals("2 annotations", count.getText());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> tag = robot.lookup("#annotationTagFilter").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> tag.setValue("camp"));
        assertEquals(List.of(camp.id()), table.getItems().stream().map(a -> ((Annotation) a).id()).toList(),
                "the tag matches whatever its case");
        assertEquals("1 of 2 annotations", count.getText());
        Annotation renamed = AnnotationBuilder.from(queue).tags(List.of("camp")).build();
        robot.interact(() -> feature.session().apply(AnnotationEdit.update("Tag", queue, renamed)));
        assertEquals(2, table.getItems().size(), "an annotation given the tag joins the list at once");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> author = robot.lookup("#annotationAuthorFilter").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> author.setValue("someone else"));
        assertEquals(0, table.getItems().size());
        assertEquals("No annotations match the filter", ((javafx.scene.control.Label) table.getPlaceholder()).getText());
        awaitWrites(3);
    }
}
