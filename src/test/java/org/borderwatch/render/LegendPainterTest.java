package org.borderwatch.render;

import static org.borderwatch.render.RenderFixtures.KUZNICA;
import static org.borderwatch.render.RenderFixtures.TERESPOL;
import static org.borderwatch.render.RenderFixtures.interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Status;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class LegendPainterTest {

    private static MapScene polandScene() {
        var data = RenderFixtures.data(List.of(
                interval(KUZNICA, "2021-11-09", null, Status.CLOSED),
                interval(TERESPOL, "2020-01-01", null, Status.OPEN)),
                List.of(RenderFixtures.event("s1", "2023-11-20", Category.STATEMENT, 52.5, 22.5)));
        var sit = RenderFixtures.situation(data, "2023-11-30");
        var area = new GeometryFactory().createPolygon(new Coordinate[] {
            new Coordinate(23.0, 52.6), new Coordinate(23.4, 52.6), new Coordinate(23.4, 52.9),
            new Coordinate(23.0, 52.6)});
        var poly = AnnotationPainterTest.annotation("a", AnnotationKind.POLYGON, area, "Zone", "#009E73", null);
        return RenderFixtures.scene(sit, ViewPreset.POLAND.viewport(900, 1000)).withAnnotations(List.of(poly))
                .withOptions(MapOptions.ALL);
    }

    @Test
    void entriesListExactlyTheSymbolsInUse() {
        List<String> got = LegendPainter.entries(polandScene()).stream()
                .map(e -> e.section() + ":" + e.code()).toList();
        assertEquals(List.of("BORDER:border", "CROSSING_TYPE:road", "CROSSING_STATUS:open", "CROSSING_STATUS:closed",
                "CLOSURE:stretch", "EVENT:statement", "ANNOTATION:polygon"), got);
    }

    @Test
    void entriesFollowTheViewAndTheDate() {
        var scene = polandScene();
        // zoomed on Terespol: Kuźnica (closed, 160 km north) and its stretch are out of view
        var terespol = scene.withView(RenderFixtures.viewAt(23.63, 52.08, 60, 800, 600));
        List<String> got = LegendPainter.entries(terespol).stream().map(LegendEntry::code).toList();
        assertEquals(List.of("border", "road", "open"), got);
        // with every PL–BY crossing closed the whole line takes the full-closure style
        var data = RenderFixtures.data(List.of(
                interval(KUZNICA, "2021-11-09", null, Status.CLOSED),
                interval(TERESPOL, "2025-09-12", "2025-09-25", Status.CLOSED)), List.of());
        var closed = scene.withSituation(RenderFixtures.situation(data, "2025-09-15")).withAnnotations(List.of());
        assertTrue(LegendPainter.entries(closed).contains(new LegendEntry(LegendEntry.Section.CLOSURE,
                LegendEntry.CLOSURE_FULL, "Whole border closed to travellers")));
    }

    @Test
    void legendIsPaintedInsideTheFrameWithTitleAndDateAndReturnsItsBox() {
        var p = RenderFixtures.paint(polandScene());
        Rectangle2D box = p.result.legendBounds();
        assertNotNull(box);
        Rectangle2D frame = new Rectangle2D.Double(0, 0, p.image.getWidth(), p.image.getHeight());
        p.check(frame.contains(box), "legend", "legend box " + box + " runs off the frame");
        assertEquals("Situation on Thu 30 Nov 2023", LegendPainter.title(p.scene.situation()));
        // the box is mostly white, and the closed symbol appears in it
        double white = p.share(box.getCenterX(), box.getCenterY(), 10, Color.WHITE, 12);
        p.check(white > 0.5, "legend", "legend box is not painted (white share " + white + ")");
        int closed = 0;
        Color c = MapStyle.DEFAULT.statusColor(Status.CLOSED);
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
                if (RenderFixtures.near(new Color(p.image.getRGB(x, y)), c, 6)) {
                    closed++;
                }
            }
        }
        p.check(closed > 10, "legend", "no closed-status symbol in the legend");
        assertEquals(LegendPainter.entries(p.scene), p.result.legend());
    }

    @Test
    void noLegendWhenSwitchedOffAndItFlowsIntoColumnsOnAShortFrame() {
        var scene = polandScene();
        var off = RenderFixtures.paint(scene.withOptions(scene.options().withLegend(false)));
        assertNull(off.result.legendBounds());
        var shortFrame = RenderFixtures.paint(scene.withView(ViewPreset.POLAND.viewport(900, 260)));
        Rectangle2D box = shortFrame.result.legendBounds();
        shortFrame.check(box.getMaxY() <= 260 && box.getWidth() > box.getHeight(), "legend-short",
                "legend on a 260 px frame: " + box);
    }
}
