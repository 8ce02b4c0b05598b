package org.borderwatch.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.render.MapScene;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every frame the map shows while the date moves holds the annotations of the day whose situation
 * it shows — never the next day's annotations over the day before's crossings and events, even
 * for the moment before the new situation is computed.
 */
class AnnotationDateFramesTest extends AnnotationWindowTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Override
    String author() {
        return "dana";
    }

    @Override
    Store openStore(Path dir) throws Exception {
        return Store.openOrCreateSeeded(dir.resolve("frames.db"));
    }

    private static Annotation point(String id, LocalDate from, LocalDate until) {
        Instant t = Instant.parse("2023-11-01T08:00:00Z");
        return new Annotation(id, AnnotationKind.POINT, GF.createPoint(new Coordinate(23.6, 53.5)), id, "", "dana", t, t,
                List.of(), List.of(), Confidence.values()[0], from, until, "#D81B60", null);
    }

    @Test
    void eachShownFrameHoldsTheAnnotationsOfItsOwnDay(FxRobot robot) throws Exception {
        fixView(robot);
        // as the application does once the tools are installed
        robot.interact(() -> feature.dateProperty().bind(window.timeline().dateProperty()));
        feature.session().importAll(List.of(
                point("only-20-nov", LocalDate.of(2023, 11, 20), LocalDate.of(2023, 11, 21)),
                point("from-22-nov", LocalDate.of(2023, 11, 22), null))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.session().annotations().size() == 2);
        LocalDate first = LocalDate.of(2023, 11, 18);
        show(robot, first);
        List<MapScene> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> window.map().shownSceneProperty().addListener((o, a, s) -> shown.add(s)));
        for (LocalDate d = first.plusDays(1); !d.isAfter(LocalDate.of(2023, 11, 24)); d = d.plusDays(1)) {
            show(robot, d);
        }
        Set<LocalDate> days = new TreeSet<>();
        for (MapScene s : shown) {
            if (s == null || s.situation() == null) {
                continue;
            }
            LocalDate day = s.situation().date();
            days.add(day);
            List<String> ids = new ArrayList<>();
            for (Annotation a : s.annotations()) {
                ids.add(a.id());
            }
            assertEquals(expected(day), ids, "the annotations of the frame of " + day);
        }
        assertTrue(days.containsAll(List.of(LocalDate.of(2023, 11, 20), LocalDate.of(2023, 11, 22), LocalDate.of(2023, 11, 24))),
                "frames of the days stepped through: " + days);
    }

    private static List<String> expected(LocalDate day) {
        List<String> ids = new ArrayList<>();
        if (day.equals(LocalDate.of(2023, 11, 20))) {
            ids.add("only-20-nov");
        }
        if (!day.isBefore(LocalDate.of(2023, 11, 22))) {
            ids.add("from-22-nov");
        }
        return ids;
    }

    /** Sets the date and waits for the map's frame of that day, annotations included. */
    private void show(FxRobot robot, LocalDate day) throws Exception {
        robot.interact(() -> window.timeline().setDate(day));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            MapScene s = window.map().shownSceneProperty().get();
            return s != null && s.situation() != null && s.situation().date().equals(day)
                    && s.annotations().size() == expected(day).size();
        });
    }
}
