package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.HitIndex;
import org.borderwatch.render.HitTarget;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.Viewport;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The map, the legend and the lanes on chosen days; picking on the map; centring on a chosen event. */
class MapSituationWindowTest extends SeededWindowTest {
    private HitIndex hits() {
        return fx.window.map().overlaysProperty().get().hits();
    }

    private Status onMap(String crossingId) {
        return hits().crossing(crossingId).map(HitTarget.CrossingHit::status).orElseThrow(
                () -> new AssertionError(crossingId + " is not on the map"));
    }

    /** A point of a frame target, on screen (the frame is the current view: nothing panned since). */
    private Point2D onScreen(HitTarget t) {
        var b = t.bounds();
        return fx.window.map().localToScreen(b.getCenterX(), b.getCenterY());
    }

    @Test
    void theMapTheLegendAndTheLanesAgreeOnTheFinnishClosures(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.awaitFrameOf(fx.window.timeline().date());
        for (String d : List.of("2023-11-17", "2023-11-18", "2023-11-30", "2023-12-14", "2023-12-16")) {
            fx.showDay(day(d), TimeWindow.DEFAULT);
            fx.awaitFrameOf(day(d));
            for (var cs : fx.window.situation().situation().crossings()) {
                String id = cs.crossing().id();
                if (hits().crossing(id).isPresent()) {
                    assertEquals(cs.status(), onMap(id), id + " on " + d + ": map and situation");
                }
                var lane = fx.window.situation().data().statusOn(cs.crossing(), day(d));
                assertEquals(cs.status(), lane.status(), id + " on " + d + ": lane");
            }
        }
        fx.showDay(day("2023-11-17"), TimeWindow.DEFAULT);
        fx.awaitFrameOf(day("2023-11-17"));
        assertEquals(Status.OPEN, onMap("fi-vaalimaa"));
        fx.showDay(day("2023-11-30"), TimeWindow.DEFAULT);
        fx.awaitFrameOf(day("2023-11-30"));
        for (String id : List.of("fi-vaalimaa", "fi-nuijamaa", "fi-niirala", "fi-vartius", "fi-salla", "fi-raja-jooseppi")) {
            assertEquals(Status.CLOSED, onMap(id), id);
        }
        List<LegendEntry> legend = fx.window.legend().entries();
        assertEquals(fx.window.map().overlaysProperty().get().legend(), legend, "the legend panel lists the frame's symbols");
        assertTrue(legend.contains(new LegendEntry(LegendEntry.Section.CROSSING_STATUS, "closed", "Closed")), legend.toString());
        String fi = robot.lookup("#legendCount-FI-RU").queryAs(Label.class).getText();
        long closed = fx.window.situation().situation().count(Border.FI_RU, Status.CLOSED);
        assertTrue(fi.contains(closed + " closed"), fi);
        fx.showDay(day("2023-12-14"), TimeWindow.DEFAULT);
        fx.awaitFrameOf(day("2023-12-14"));
        assertEquals(Status.OPEN, onMap("fi-vaalimaa"), "the brief reopening");
        assertEquals(Status.OPEN, onMap("fi-niirala"));
        assertEquals(Status.CLOSED, onMap("fi-nuijamaa"));
        fx.showDay(day("2023-12-16"), TimeWindow.DEFAULT);
        fx.awaitFrameOf(day("2023-12-16"));
        assertEquals(Status.CLOSED, onMap("fi-vaalimaa"), "closed again");
    }

    @Test
    void theMapsImageShowsEachNewDayInPlace(FxRobot robot) throws Exception {
        fx.awaitData();
        robot.clickOn("#presetFinland");
        fx.showDay(day("2023-11-17"), TimeWindow.DEFAULT);
        fx.awaitFrameOf(day("2023-11-17"));
        javafx.scene.image.ImageView shown = (javafx.scene.image.ImageView) fx.window.map().getChildrenUnmodifiable().get(0);
        javafx.scene.image.Image before = shown.getImage();
        javafx.scene.paint.Color open = symbolColour(shown, "fi-vaalimaa");
        fx.showDay(day("2023-11-30"), TimeWindow.DEFAULT);
        fx.awaitFrameOf(day("2023-11-30"));
        assertTrue(before == shown.getImage(), "the same image, its pixels replaced (none allocated per frame)");
        javafx.scene.paint.Color closed = symbolColour(shown, "fi-vaalimaa");
        assertTrue(open.getGreen() > open.getRed() + 0.15, "Vaalimaa's symbol is green while open: " + open);
        assertTrue(closed.getRed() > closed.getGreen() + 0.15, "and orange once closed, in the same image: " + closed);
    }

    /** The colour of the frame's pixels around a crossing's symbol: the most saturated of them. */
    private javafx.scene.paint.Color symbolColour(javafx.scene.image.ImageView shown, String crossingId) {
        var b = hits().crossing(crossingId).orElseThrow().bounds();
        var reader = shown.getImage().getPixelReader();
        javafx.scene.paint.Color best = javafx.scene.paint.Color.GRAY;
        for (int x = (int) b.getMinX(); x <= (int) b.getMaxX(); x++) {
            for (int y = (int) b.getMinY(); y <= (int) b.getMaxY(); y++) {
                javafx.scene.paint.Color c = reader.getColor(x, y);
                if (c.getSaturation() > best.getSaturation()) {
                    best = c;
                }
            }
        }
        return best;
    }

    @Test
    void steppingFrom15NovemberTo20December2023ShowsTheFinnishClosuresInOrderOnTheMap(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-11-15"), TimeWindow.DEFAULT);
        robot.clickOn("#presetFinland");
        fx.awaitFrameOf(day("2023-11-15"));
        List<String> road = List.of("fi-raja-jooseppi", "fi-salla", "fi-kuusamo", "fi-vartius", "fi-niirala", "fi-imatra",
                "fi-nuijamaa", "fi-vaalimaa");
        java.util.Map<String, Status> before = new java.util.HashMap<>();
        road.forEach(id -> before.put(id, onMap(id)));
        List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> fx.window.map().requestFocus());
        for (LocalDate d = day("2023-11-16"); !d.isAfter(day("2023-12-20")); d = d.plusDays(1)) {
            robot.type(javafx.scene.input.KeyCode.RIGHT);
            fx.awaitFrameOf(d);
            for (String id : road) {
                Status now = onMap(id);
                if (now != before.get(id)) {
                    seen.add(d + " " + id.substring(3) + " " + now.code());
                    before.put(id, now);
                }
            }
        }
        assertEquals(List.of(
                // Raja-Jooseppi, Salla and Vartius stay open on 18 Nov: only the four southern crossings close
                "2023-11-18 kuusamo closed", "2023-11-18 niirala closed", "2023-11-18 imatra closed",
                "2023-11-18 nuijamaa closed", "2023-11-18 vaalimaa closed",
                "2023-11-20 kuusamo open",
                "2023-11-24 salla closed", "2023-11-24 kuusamo closed", "2023-11-24 vartius closed",
                "2023-11-30 raja-jooseppi closed",
                "2023-12-14 niirala open", "2023-12-14 vaalimaa open",
                "2023-12-16 niirala closed", "2023-12-16 vaalimaa closed"), seen,
                "the weekend closure of Kuusamo, the closures of 18 Nov, 24 Nov and 30 Nov, the day of reopening and the re-closure");
    }

    @Test
    void choosingAnEventCentresTheMapOnItAndHighlightsIt(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-12-31"), TimeWindow.lastDays(30));
        fx.awaitFrameOf(day("2023-12-31"));
        TableView<Event> table = robot.lookup("#eventTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx.tableRows().stream()
                .anyMatch(e -> e.id().equals("2023-12-15-niirala-closed")));
        robot.interact(() -> table.scrollTo(table.getItems().indexOf(
                fx.window.situation().event("2023-12-15-niirala-closed"))));
        robot.clickOn("Niirala closes again");
        fx.awaitFrameOf(day("2023-12-15"));
        Event e = fx.window.situation().event("2023-12-15-niirala-closed");
        var expected = MapProjection.forward(e.location().lon(), e.location().lat());
        Viewport v = fx.window.map().viewportProperty().get();
        assertEquals(expected.x, v.centerX(), 1.0, "map centre x, EPSG:3035 metres");
        assertEquals(expected.y, v.centerY(), 1.0, "map centre y, EPSG:3035 metres");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window.map().shownSceneProperty().get().view().equals(v)
                && "2023-12-15-niirala-closed".equals(fx.window.map().shownSceneProperty().get().selectedEventId()));
        HitTarget marker = hits().event(e.id()).orElseThrow();
        Point2D centre = new Point2D(v.width() / 2.0, v.height() / 2.0);
        assertTrue(marker.bounds().getCenterX() > centre.getX() - 30 && marker.bounds().getCenterX() < centre.getX() + 30,
                "the highlighted marker sits in the middle of the map");
    }

    @Test
    void clickingAMarkerOrACrossingSelectsItAndHoveringTellsItsStatus(FxRobot robot) throws Exception {
        fx.awaitData();
        fx.showDay(day("2023-11-24"), TimeWindow.lastDays(1));
        robot.clickOn("#presetFinland");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var s = fx.window.map().shownSceneProperty().get();
            return s != null && s.situation() != null && s.situation().date().equals(day("2023-11-24"))
                    && s.view().equals(fx.window.map().viewportProperty().get());
        });
        WaitForAsyncUtils.waitForFxEvents();
        HitTarget.EventHit marker = hits().targets().stream().filter(t -> t instanceof HitTarget.EventHit)
                .map(t -> (HitTarget.EventHit) t).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no single marker"));
        robot.clickOn(onScreen(marker));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(marker.eventId(), fx.window.situation().selectionProperty().get().eventId());
        TableView<Event> table = robot.lookup("#eventTable").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id().equals(marker.eventId()));

        HitTarget.CrossingHit vaalimaa = hits().crossing("fi-vaalimaa").orElseThrow();
        robot.moveTo(onScreen(vaalimaa));
        WaitForAsyncUtils.waitForFxEvents();
        var local = fx.window.map().screenToLocal(onScreen(vaalimaa));
        String tip = fx.window.picking().tooltipAt(local.getX(), local.getY());
        assertTrue(tip.startsWith("Vaalimaa – Торфяновка (Torfyanovka)") && tip.endsWith("Closed since Sat 18 Nov 2023, until Wed 13 Dec 2023"), tip);
        robot.clickOn(onScreen(vaalimaa));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("fi-vaalimaa", fx.window.situation().selectionProperty().get().crossingId());
        assertEquals("fi-vaalimaa", fx.window.timelineBar().lanes().selectedCrossingIdProperty().get());
        assertFalse(robot.lookup("#crossingStatus").queryAs(Label.class).getText().isEmpty());
    }
}
