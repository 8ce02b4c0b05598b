package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Event;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analyst links an annotation to events by finding them (date, title and id in the list) or by
 * picking them in the event list; looks at an earlier version before restoring it; and the status
 * bar says what really happened after an undo and a redo.
 */
class AnnotationLinksTest extends AnnotationWindowTest {
    @Override
    String author() {
        return "dana";
    }

    @Override
    Store openStore(Path dir) throws Exception {
        return Store.openOrCreateSeeded(dir.resolve("links.db"));
    }

    private Annotation point(String title) throws Exception {
        Annotation a = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.POINT,
                new GeometryFactory().createPoint(wgs84At(-40, -40)), "dana", feature.session().stamp(), "#2E7D32")
                .title(title).build();
        return a;
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusLabel").queryAs(Label.class).getText();
    }

    @Test
    void eventsAreLinkedByFindingThemOrPickingThemNotByTypingIds(FxRobot robot) throws Exception {
        fixView(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.eventsLoadedProperty().get());
        Annotation camp = point("Camp near Kuźnica");
        robot.interact(() -> {
            feature.session().apply(AnnotationEdit.create("Draw point", camp));
            feature.session().selectedIdProperty().set(camp.id());
        });
        awaitWrites(1);

        scrollIntoView(robot, "#linkEvent");
        robot.clickOn("#linkEvent");
        robot.clickOn("#linkSearch").write("Kuźnica");
        ListView<?> results = robot.lookup("#linkResults").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        Event first = (Event) results.getItems().get(0);
        assertTrue(first.title().contains("Kuźnica") || first.summary().contains("Kuźnica") || first.place().contains("Kuźnica"),
                first.title());
        robot.type(KeyCode.ENTER);
        awaitWrites(2);
        assertEquals(List.of(first.id()), repo.find(camp.id()).orElseThrow().eventIds(), "linked by finding it");
        assertTrue(robot.lookup("#eventLinkChips .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith(first.title())), "the chip names the event, not its id");

        scrollIntoView(robot, "#pickEvents");
        robot.clickOn("#pickEvents");
        Event other = store.eventsById(List.of("2023-12-14-vaalimaa-reopens")).get("2023-12-14-vaalimaa-reopens");
        assertNotNull(other, "a seed event");
        robot.interact(() -> window.chooseEvent(other));
        awaitWrites(3);
        assertEquals(List.of(first.id(), other.id()), repo.find(camp.id()).orElseThrow().eventIds(), "linked by picking it");
        assertTrue(status(robot).contains(other.id()), "the status bar says which id was linked: " + status(robot));
    }

    @Test
    void anEarlierVersionIsShownBeforeItIsRestoredAndUndoSaysWhatItUndid(FxRobot robot) throws Exception {
        fixView(robot);
        Annotation queue = point("Lorry queue");
        robot.interact(() -> {
            feature.session().apply(AnnotationEdit.create("Draw point", queue));
            feature.session().selectedIdProperty().set(queue.id());
        });
        awaitWrites(1);
        Annotation moved = AnnotationBuilder.from(queue).title("Lorry queue, 3 km")
                .geometry(new GeometryFactory().createPoint(wgs84At(60, 30))).build();
        robot.interact(() -> feature.session().apply(AnnotationEdit.update("Move point", queue, moved)));
        awaitWrites(2);

        robot.clickOn("History");
        ListView<?> history = robot.lookup("#inspectorHistory").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        robot.interact(() -> history.getSelectionModel().select(1));
        String preview = robot.lookup("#historyPreview").queryAs(Label.class).getText();
        assertTrue(preview.contains("\u2022 Title: Lorry queue\n"), preview);
        assertTrue(preview.contains("\u2022 Shape:"), "the shape differs: " + preview);
        assertEquals(queue.geometry(), feature.session().previewProperty().get().geometry(), "the map draws version 1");
        assertEquals("Lorry queue, 3 km", repo.find(queue.id()).orElseThrow().title(), "looking changed nothing");
        assertEquals("Restore version 1", robot.lookup("#inspectorRestore").queryButton().getText());

        robot.clickOn("#inspectorRestore");
        awaitWrites(3);
        assertEquals("Lorry queue", repo.find(queue.id()).orElseThrow().title());
        assertNull(feature.session().previewProperty().get(), "restored: nothing left to preview");

        robot.interact(() -> feature.session().undo());
        awaitWrites(4);
        assertEquals("Undone: Restore version 1", status(robot));
        robot.interact(() -> feature.session().redo());
        awaitWrites(5);
        assertEquals("Redone: Restore version 1", status(robot));
    }
}
