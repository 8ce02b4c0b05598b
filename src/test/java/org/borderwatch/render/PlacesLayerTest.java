package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Status;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.Places;
import org.junit.jupiter.api.Test;

/** The places layer: the towns near both borders, by population, named in both languages; and the crossings' uncertainty. */
class PlacesLayerTest {
    private static final Map<String, Places.Place> BY_NAME = Places.bundled().stream()
            .collect(Collectors.toMap(p -> p.name() + "|" + p.country(), Function.identity(), (a, b) -> a));

    private static Places.Place place(String key) {
        Places.Place p = BY_NAME.get(key);
        assertTrue(p != null, key + " is not among the places");
        return p;
    }

    @Test
    void theTownsNearBothBordersAreThereWithTheirNamesInBothLanguages() {
        assertTrue(Places.bundled().size() > 150, "places: " + Places.bundled().size());
        for (String key : List.of("Lappeenranta|FI", "Imatra|FI", "Joensuu|FI", "Vyborg|RU", "Svetogorsk|RU",
                "Kostomuksha|RU", "Białystok|PL", "Brest|BY", "Hrodna|BY", "Helsinki|FI", "Warsaw|PL", "Minsk|BY",
                "Moscow|RU")) {
            place(key);
        }
        assertEquals("Выборг · Viipuri", place("Vyborg|RU").otherNames());
        assertTrue(place("Lappeenranta|FI").otherNames().contains("Лаппеэнранта"));
        assertTrue(place("Brest|BY").otherNames().contains("Брэст") && place("Brest|BY").otherNames().contains("Brześć"));
        assertTrue(place("Helsinki|FI").capital());
        for (int i = 1; i < Places.bundled().size(); i++) {
            assertTrue(Places.bundled().get(i - 1).population() >= Places.bundled().get(i).population(), "ranked by population");
        }
        assertTrue(BaseMap.ATTRIBUTION.contains(Places.ATTRIBUTION), "the map credits GeoNames");
    }

    private static List<Places.Place> paintAt(double lon, double lat, double mpp) {
        BufferedImage img = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        try {
            MapScene scene = MapScene.base(RenderFixtures.map(), RenderFixtures.viewAt(lon, lat, mpp, 1600, 1000));
            return new PlacePainter().paint(g, scene, new LabelPlacer(2));
        } finally {
            g.dispose();
        }
    }

    private static List<String> names(List<Places.Place> drawn) {
        return drawn.stream().map(Places.Place::name).toList();
    }

    @Test
    void whenSouthEastFinlandFillsTheViewLappeenrantaImatraAndVyborgAreNamed() {
        List<String> shown = names(paintAt(28.4, 61.0, 250));
        assertTrue(shown.containsAll(List.of("Lappeenranta", "Imatra", "Vyborg")), shown.toString());
        assertFalse(shown.contains("Joutseno"), "small towns wait for a closer scale: " + shown);
    }

    @Test
    void theWholeRegionShowsOnlyTheLargestCitiesAndTheCapitals() {
        List<String> shown = names(paintAt(28, 60, 3500));
        assertTrue(shown.contains("Helsinki") && shown.contains("Saint Petersburg"), shown.toString());
        assertFalse(shown.contains("Lappeenranta"), shown.toString());
        assertTrue(shown.size() <= 10, shown.toString());
    }

    @Test
    void atOneTo250000EveryTownOfTenThousandIsShownWithItsOtherNames() {
        List<Places.Place> drawn = paintAt(23.75, 53.6, 66);
        List<String> shown = names(drawn);
        assertTrue(shown.contains("Hrodna"), shown.toString());
        assertTrue(PlacePainter.minPopulation(66) == 0);
        assertTrue(66 < PlacePainter.NAMES_BELOW_MPP, "second lines with the other names");
    }

    @Test
    void anEstimatedCrossingIsDrawnWithAHaloOfItsUncertaintyRadius() {
        Crossing c = new Crossing("fi-x", Border.FI_RU, "X", null, null, CrossingType.ROAD, new GeoPoint(61.0, 28.8),
                CoordinatePrecision.ESTIMATE, "estimate: for the test", null, List.of("S1"), 4000.0, 1, null, List.of(),
                null, null);
        Viewport v = RenderFixtures.viewAt(28.8, 61.0, 100, 800, 600);
        assertEquals(40, CrossingUncertainty.radiusPixels(c, v), 1e-9, "4 km at 100 m a pixel");
        var sit = new org.borderwatch.domain.Situation(java.time.LocalDate.of(2023, 11, 30),
                org.borderwatch.domain.TimeWindow.DEFAULT,
                List.of(new org.borderwatch.domain.CrossingStatus(c, Status.CLOSED, null)), List.of());
        var painted = RenderFixtures.paint(RenderFixtures.scene(sit, v));
        double[] at = painted.at(28.8, 61.0);
        Color inside = painted.pixel(at[0] + 30, at[1]);
        Color outside = painted.pixel(at[0] + 55, at[1]);
        Color closed = MapStyle.DEFAULT.statusColor(Status.CLOSED);
        painted.check(tint(inside, closed) > tint(outside, closed) + 0.02, "uncertainty-halo",
                "no halo 30 px from an estimate of 4 km at 100 m/px: " + inside + " vs " + outside);
        Crossing sourced = new Crossing("fi-y", Border.FI_RU, "Y", null, null, CrossingType.ROAD, new GeoPoint(61.0, 28.8),
                CoordinatePrecision.SOURCED, "sourced: for the test", null, List.of("S1"));
        assertEquals(0, CrossingUncertainty.radiusPixels(sourced, v), "a sourced point needs no halo");
    }

    /** How far {@code c} leans towards {@code toward} (0 none, 1 all the way), by its red-minus-blue balance. */
    private static double tint(Color c, Color toward) {
        return (c.getRed() - c.getBlue()) / (double) Math.max(1, toward.getRed() - toward.getBlue());
    }
}
