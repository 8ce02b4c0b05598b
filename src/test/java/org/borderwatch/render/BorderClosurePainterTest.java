package org.borderwatch.render;

import static org.borderwatch.render.RenderFixtures.FI_RU;
import static org.borderwatch.render.RenderFixtures.NIIRALA;
import static org.borderwatch.render.RenderFixtures.RAJA;
import static org.borderwatch.render.RenderFixtures.VAALIMAA;
import static org.borderwatch.render.RenderFixtures.VAINIKKALA;
import static org.borderwatch.render.RenderFixtures.VARTIUS;
import static org.borderwatch.render.RenderFixtures.interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.geo.Geodesy;
import org.junit.jupiter.api.Test;

class BorderClosurePainterTest {

    /** Vaalimaa closes on 18 Nov, Vartius on 24 Nov; the rest of the FI–RU crossings follow on 30 Nov; Vainikkala stays open until then. */
    private static final List<StatusInterval> INTERVALS = List.of(
            interval(VAALIMAA, "2022-07-01", "2023-11-18", Status.OPEN),
            interval(VAALIMAA, "2023-11-18", null, Status.CLOSED),
            interval(VAINIKKALA, "2022-07-01", "2023-11-30", Status.OPEN),
            interval(VAINIKKALA, "2023-11-30", null, Status.CLOSED),
            interval(NIIRALA, "2022-07-01", "2023-11-30", Status.OPEN),
            interval(NIIRALA, "2023-11-30", null, Status.CLOSED),
            interval(VARTIUS, "2022-07-01", "2023-11-24", Status.OPEN),
            interval(VARTIUS, "2023-11-24", null, Status.CLOSED),
            interval(RAJA, "2022-07-01", "2023-11-30", Status.OPEN),
            interval(RAJA, "2023-11-30", null, Status.CLOSED),
            interval(RenderFixtures.TERESPOL, "2020-01-01", null, Status.OPEN),
            interval(RenderFixtures.KUZNICA, "2020-01-01", null, Status.OPEN));

    private static RenderFixtures.Painted paint(String date, Viewport v) {
        var sit = RenderFixtures.situation(RenderFixtures.data(INTERVALS, List.of()), date);
        return RenderFixtures.paint(RenderFixtures.scene(sit, v));
    }

    /** Samples 5 px either side of the line, away from crossing symbols: {reddish, all}. */
    private static int[] sampleBand(RenderFixtures.Painted p, double[][] line) {
        List<double[]> symbols = new ArrayList<>();
        for (Crossing c : RenderFixtures.crossings()) {
            symbols.add(p.at(c.location().lon(), c.location().lat()));
        }
        int red = 0;
        int all = 0;
        for (double[] s : RenderFixtures.along(p, line, 6)) {
            boolean nearSymbol = symbols.stream().anyMatch(c -> Math.hypot(c[0] - s[0], c[1] - s[1]) < 22);
            if (nearSymbol || s[0] < 8 || s[1] < 8 || s[0] > p.image.getWidth() - 8 || s[1] > p.image.getHeight() - 8) {
                continue;
            }
            for (int side : new int[] {-1, 1}) {
                all++;
                if (RenderFixtures.reddish(p.pixel(s[0] + side * 5 * s[2], s[1] + side * 5 * s[3]))) {
                    red++;
                }
            }
        }
        return new int[] {red, all};
    }

    @Test
    void wholeLineIsDrawnClosedWhenEveryCrossingOfTheBorderIsClosed() {
        var p = paint("2023-11-30", RenderFixtures.wholeView());
        var plan = BorderClosurePainter.plan(p.scene);
        assertEquals(BorderClosurePainter.Mode.FULL, plan.get(0).mode(), "FI–RU on 30 Nov");
        assertEquals(BorderClosurePainter.Mode.NONE, plan.get(1).mode(), "PL–BY (all open)");
        int[] band = sampleBand(p, FI_RU);
        p.check(band[1] > 100 && band[0] == band[1], "full-closure",
                "closure band found at " + band[0] + " of " + band[1] + " samples along FI–RU");
        int[] pl = sampleBand(p, RenderFixtures.PL_BY);
        p.check(pl[0] == 0, "full-closure", "closure band on the open PL–BY line at " + pl[0] + " samples");
    }

    @Test
    void onlyTheStretchesNearClosedCrossingsAreDrawnOnAPartialDate() {
        var p = paint("2023-11-25", RenderFixtures.wholeView());
        var plan = BorderClosurePainter.plan(p.scene);
        assertEquals(BorderClosurePainter.Mode.STRETCHES, plan.get(0).mode());
        assertEquals(2, plan.get(0).stretches().size(), "Vaalimaa and Vartius");
        int[] band = sampleBand(p, FI_RU);
        p.check(band[0] > 10 && band[0] < band[1] / 3, "partial-closure",
                "expected short bands, found them at " + band[0] + " of " + band[1] + " samples");
        // beside Vartius: red; half-way between Niirala and Raja-Jooseppi, far from Vartius: not
        double[] vartius = p.at(30.33, 64.09);
        double[] north = p.at(29.3, 66.8);
        p.check(RenderFixtures.reddish(p.pixel(vartius[0] + 5, vartius[1]))
                || RenderFixtures.reddish(p.pixel(vartius[0] - 5, vartius[1])),
                "partial-closure", "no band along the line next to Vartius");
        p.check(!RenderFixtures.reddish(p.pixel(north[0] + 5, north[1])) && !RenderFixtures.reddish(p.pixel(north[0] - 5, north[1])),
                "partial-closure", "band far from any closed crossing");
    }

    @Test
    void borderIsClosedToTravellersWhenOnlyARestrictedRailCrossingRemains() {
        List<StatusInterval> freightOnly = new ArrayList<>(INTERVALS);
        freightOnly.removeIf(i -> i.crossingId().equals(VAINIKKALA.id()));
        freightOnly.add(interval(VAINIKKALA, "2022-03-28", null, Status.RESTRICTED));
        var sit = RenderFixtures.situation(RenderFixtures.data(freightOnly, List.of()), "2023-11-30");
        assertTrue(!sit.fullyClosed(Border.FI_RU), "Vainikkala still carries freight");
        assertTrue(BorderClosurePainter.closedToTravellers(sit, Border.FI_RU));
        // a restricted road crossing (Vaalimaa with limited hours) means travellers can still cross
        List<StatusInterval> roadRestricted = new ArrayList<>(freightOnly);
        roadRestricted.removeIf(i -> i.crossingId().equals(VAALIMAA.id()));
        roadRestricted.add(interval(VAALIMAA, "2023-11-18", null, Status.RESTRICTED));
        var partly = RenderFixtures.situation(RenderFixtures.data(roadRestricted, List.of()), "2023-11-30");
        assertTrue(!BorderClosurePainter.closedToTravellers(partly, Border.FI_RU));
        var scene = RenderFixtures.scene(partly, RenderFixtures.wholeView());
        assertEquals(BorderClosurePainter.Mode.STRETCHES, BorderClosurePainter.plan(scene).get(0).mode());
    }

    @Test
    void stretchReachesFifteenKilometresAtCrossingZoomAndStopsHalfWayToAnOpenCrossing() {
        Viewport v = RenderFixtures.viewAt(27.95, 60.68, 60, 1200, 1000);
        var sit = RenderFixtures.situation(RenderFixtures.data(INTERVALS, List.of()), "2023-11-20");
        var scene = RenderFixtures.scene(sit, v);
        assertEquals(BorderClosurePainter.MIN_STRETCH_METRES, BorderClosurePainter.stretchRadiusMetres(v, scene.style()));
        var stretch = BorderClosurePainter.plan(scene).get(0).stretches().get(0);
        var wgs = org.borderwatch.geo.MapProjection.inverse(stretch);
        double km = Geodesy.lengthMetres(wgs) / 1000;
        // south of Vaalimaa the fixture line ends after ~18 km, so the stretch is 15 km south + ≤ 15 km north,
        // and Vainikkala (open) is ~35 km along the line to the north-east: half-way is ~17 km
        assertTrue(km > 25 && km < 31, "stretch length " + km + " km");
        var coords = wgs.getCoordinates();
        var end = coords[coords.length - 1];
        double toVainikkala = Geodesy.distanceMetres(end.x, end.y, VAINIKKALA.location().lon(), VAINIKKALA.location().lat());
        assertTrue(toVainikkala > 10_000, "stretch ends " + toVainikkala + " m from the open Vainikkala");
    }

    @Test
    void stretchesAreComputedOncePerCrossingAndScale() {
        var layer = RenderFixtures.map().border(Border.FI_RU);
        BorderStretches line = BorderStretches.of(layer);
        assertTrue(line == BorderStretches.of(layer), "one instance per border layer");
        var a = line.anchor(VAALIMAA);
        assertTrue(line.stretch(a, 15_000, 15_000) == line.stretch(a, 15_010, 15_010), "cached stretch reused");
    }
}
