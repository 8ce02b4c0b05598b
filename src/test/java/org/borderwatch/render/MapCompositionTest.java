package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.domain.Situation;
import org.borderwatch.geo.MapProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Detail insets where crossings crowd, and the frame's one layout that names every crossing once. */
class MapCompositionTest {
    private static final MapStyle SLIDE = MapStyle.DEFAULT
            .withText(MapStyle.DEFAULT.fontFamily(), new TextSizes(17.5, 16, 12.5, 12.5, 12.5, 12.5, 13, 15, 12.5)).scaled(1.6);
    private static final List<String> SOUTH_EAST = List.of("fi-vaalimaa", "fi-vainikkala", "fi-nuijamaa", "fi-imatra",
            "fi-imatrankoski-rail", "fi-parikkala");

    private static MapScene finland(String date) {
        Situation sit = RenderFixtures.situation(SeedData.load(), date);
        return RenderFixtures.scene(sit, ViewPreset.FINLAND.viewport(1240, 1000)).withStyle(SLIDE)
                .withOptions(MapOptions.ALL.withLegend(false));
    }

    @Test
    void theCrowdedSouthEastOfFinlandGetsAnInsetWithItsAreaMarked() {
        MapScene scene = finland("2023-11-30");
        MapComposition c = MapComposition.compose(scene, true, List.of());
        assertEquals(1, c.insets().size(), "one inset: " + c.insets());
        DetailInset a = c.insets().get(0).inset();
        assertEquals("A", a.letter());
        assertTrue(a.crossingIds().containsAll(SOUTH_EAST), a.crossingIds().toString());
        assertTrue(a.zoom(scene.view()) >= InsetPlanner.MIN_ZOOM, "zoom " + a.zoom(scene.view()));
        for (String id : SOUTH_EAST) {
            var cr = SeedData.load().crossing(id);
            Coordinate g = MapProjection.forward(cr.location().lon(), cr.location().lat());
            assertTrue(a.ground().contains(g), id + " is outside the inset's area");
            Point2D onMain = scene.view().toScreen(g.x, g.y);
            assertTrue(a.area().contains(onMain), id + " is outside the area marked on the main map");
        }
        assertFalse(a.box().intersects(a.area()), "the inset covers the area it shows");
        for (CrossingPainter.Placed p : CrossingPainter.place(scene)) {
            assertFalse(a.box().intersects(p.box()), "the inset covers " + p.crossing().id());
        }
        assertTrue(new Rectangle2D.Double(0, 0, scene.view().width(), scene.view().height()).contains(a.box()));
    }

    @Test
    void everyCrossingIsNamedOnceInTheMainMapOrInItsInset() {
        MapScene scene = finland("2023-11-30");
        MapComposition c = MapComposition.compose(scene, true, List.of());
        Set<String> all = new TreeSet<>();
        CrossingPainter.place(scene).forEach(p -> all.add(p.crossing().id()));
        assertEquals(all, new TreeSet<>(c.namedCrossings()));
        Set<String> onMain = new TreeSet<>();
        c.labels().of(MapLabel.Layer.CROSSING).forEach(l -> onMain.addAll(CrossingLabels.crossingIds(l.key())));
        for (String id : SOUTH_EAST) {
            assertFalse(onMain.contains(id), id + " is named on the main map as well as in the inset");
        }
        DetailInset a = c.insets().get(0).inset();
        for (MapLabel l : c.labels().labels()) {
            assertFalse(l.box().intersects(a.box()), l.key() + " lies on the inset");
        }
    }

    @Test
    void theInsetsStayPutFromDayToDay() {
        DetailInset before = MapComposition.compose(finland("2023-11-10"), true, List.of()).insets().get(0).inset();
        DetailInset after = MapComposition.compose(finland("2024-03-01"), true, List.of()).insets().get(0).inset();
        assertEquals(before.box(), after.box());
        assertEquals(before.view(), after.view());
    }

    @Test
    void badgesAreNumberedOnceThroughTheFrame() {
        MapScene scene = finland("2023-11-30");
        MapComposition c = MapComposition.compose(scene, true, List.of());
        List<MapLabel> badges = c.badges();
        for (int i = 0; i < badges.size(); i++) {
            assertEquals(i + 1, badges.get(i).number());
        }
    }

    @Test
    void aComposedFrameIsPaintedWithItsInset() {
        MapScene scene = finland("2023-11-30");
        MapComposition c = MapComposition.compose(scene, true, List.of());
        BufferedImage img = new BufferedImage(scene.view().width(), scene.view().height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new MapPainter().paintComposed(g, scene, c);
        g.dispose();
        RenderFixtures.Painted p = new RenderFixtures.Painted(img, null, scene);
        DetailInset a = c.insets().get(0).inset();
        // the inset's title bar is dark across the top of its box
        int dark = 0;
        int all = 0;
        for (double x = a.box().getX() + 8; x < a.box().getMaxX() - 8; x += 2) {
            java.awt.Color px = p.pixel(x, a.box().getY() + 12);
            dark += px.getRed() < 60 && px.getGreen() < 60 ? 1 : 0;
            all++;
        }
        p.check(dark > all * 0.3, "inset-frame", "no title bar across the inset: " + dark + " of " + all + " dark");
        // Vainikkala's symbol is in the inset at its own position in the inset's view
        var v = SeedData.load().crossing("fi-vainikkala");
        Coordinate gp = MapProjection.forward(v.location().lon(), v.location().lat());
        Point2D in = a.view().toScreen(gp.x, gp.y);
        double x = a.box().getX() + in.getX();
        double y = a.box().getY() + in.getY();
        double restricted = p.share(x, y + 3, 4, SLIDE.statusColor(org.borderwatch.domain.Status.RESTRICTED), 30);
        p.check(restricted > 0.5, "inset-frame", "Vainikkala (restricted) not drawn in the inset at " + x + "," + y);
    }
}
