package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.domain.Situation;
import org.junit.jupiter.api.Test;

/**
 * The frame's one label layout on the seed data: every crossing in view named (alone, in a callout
 * or by a numbered badge), no label over another, a symbol, a pin or the frame's edge, the most
 * important ones first, and a layout painted on a surface of another resolution the same.
 */
class MapLabelsTest {

    private static MapScene scene(String date, Viewport v, MapStyle style) {
        Situation sit = RenderFixtures.situation(SeedData.load(), date);
        return RenderFixtures.scene(sit, v).withStyle(style).withOptions(MapOptions.ALL.withLegend(false));
    }

    private static List<MapScene> scenes() {
        MapStyle big = MapStyle.DEFAULT.withText(MapStyle.DEFAULT.fontFamily(), new TextSizes(28, 26, 20, 20, 20, 20, 21, 24, 20))
                .scaled(1);
        return List.of(scene("2023-11-30", RenderFixtures.wholeView(), MapStyle.DEFAULT),
                scene("2023-11-30", ViewPreset.FINLAND.viewport(1100, 1000), big),
                scene("2021-11-09", ViewPreset.POLAND.viewport(900, 1000), big),
                scene("2025-11-17", ViewPreset.BOTH.viewport(1300, 1000), MapStyle.DEFAULT));
    }

    @Test
    void everyCrossingInViewIsNamedOrNumbered() {
        for (MapScene scene : scenes()) {
            MapLabels labels = new MapPainter().layoutLabels(scene);
            Set<String> named = new TreeSet<>();
            for (MapLabel l : labels.of(MapLabel.Layer.CROSSING)) {
                named.addAll(CrossingLabels.crossingIds(l.key()));
            }
            Set<String> inView = new TreeSet<>();
            CrossingPainter.place(scene).forEach(p -> inView.add(p.crossing().id()));
            assertEquals(inView, named, scene.situation().date() + " " + scene.view());
        }
    }

    @Test
    void noLabelCoversAnotherLabelASymbolAPinOrTheFrameEdge() {
        for (MapScene scene : scenes()) {
            MapLabels labels = new MapPainter().layoutLabels(scene);
            OverlayPlan plan = OverlayPlan.of(scene);
            List<Rectangle2D> symbols = new ArrayList<>();
            plan.crossings().forEach(p -> symbols.add(p.box()));
            plan.markers().forEach(m -> symbols.add(m.box(scene.style())));
            Rectangle2D frame = new Rectangle2D.Double(0, 0, scene.view().width(), scene.view().height());
            List<MapLabel> all = labels.labels();
            for (int i = 0; i < all.size(); i++) {
                MapLabel a = all.get(i);
                assertTrue(frame.contains(a.box()), a.key() + " is cut by the frame: " + a.box());
                for (Rectangle2D s : symbols) {
                    assertFalse(s.intersects(a.box()), a.key() + " covers a symbol at " + s);
                }
                for (int j = i + 1; j < all.size(); j++) {
                    assertFalse(a.box().intersects(all.get(j).box()), a.key() + " overlaps " + all.get(j).key());
                }
            }
        }
    }

    @Test
    void countryNamesAreWholeOrAbsentNeverCut() {
        MapScene scene = scenes().get(3);
        MapLabels labels = new MapPainter().layoutLabels(scene);
        List<MapLabel> countries = labels.of(MapLabel.Layer.COUNTRY);
        assertFalse(countries.isEmpty());
        for (MapLabel l : countries) {
            assertEquals(l.key().substring("country:".length()), l.rows().get(0).text(), "a country name is shortened");
            assertTrue(new Rectangle2D.Double(0, 0, scene.view().width(), scene.view().height()).contains(l.box()));
        }
    }

    @Test
    void closedAndChangedCrossingsAreNamedInBoldBeforeTheRest() {
        MapScene scene = scenes().get(1);
        MapLabels labels = new MapPainter().layoutLabels(scene);
        MapLabel vaalimaa = labels.labels().stream()
                .filter(l -> CrossingLabels.crossingIds(l.key()).contains("fi-vaalimaa")).findFirst().orElseThrow();
        assertTrue(vaalimaa.content().rows().get(0).font().isBold(), "Vaalimaa is closed on 30 Nov 2023");
    }

    @Test
    void aLayoutTransformedToAnotherResolutionKeepsEveryLabelInItsPlace() {
        MapScene scene = scenes().get(1);
        MapLabels labels = new MapPainter().layoutLabels(scene);
        Viewport fine = scene.view().scaledTo(scene.view().width() * 2, scene.view().height() * 2);
        MapLabels moved = labels.transformed(MapLabels.between(scene.view(), fine), 2);
        assertEquals(labels.labels().size(), moved.labels().size());
        for (int i = 0; i < labels.labels().size(); i++) {
            MapLabel a = labels.labels().get(i);
            MapLabel b = moved.labels().get(i);
            assertEquals(a.key(), b.key());
            assertEquals(a.box().getX() * 2, b.box().getX(), 1e-6);
            assertEquals(a.box().getWidth() * 2, b.box().getWidth(), 1e-6);
            assertEquals(a.rows().get(0).font().getSize2D() * 2, b.rows().get(0).font().getSize2D(), 1e-3);
        }
    }
}
