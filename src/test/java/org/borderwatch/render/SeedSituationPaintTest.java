package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.junit.jupiter.api.Test;

/** The seed data of data/ painted over the small test map: what a briefing officer sees on the key dates. */
class SeedSituationPaintTest {

    private static RenderFixtures.Painted paint(String date) {
        Situation sit = RenderFixtures.situation(SeedData.load(), date);
        return RenderFixtures.paint(RenderFixtures.scene(sit, RenderFixtures.wholeView()));
    }

    private static BorderClosurePainter.Mode mode(RenderFixtures.Painted p, Border b) {
        return BorderClosurePainter.plan(p.scene).stream().filter(c -> c.border() == b).findFirst().orElseThrow().mode();
    }

    @Test
    void onThirtiethNovember2023TheWholeFinnishLineIsClosed() {
        var p = paint("2023-11-30");
        assertEquals(BorderClosurePainter.Mode.FULL, mode(p, Border.FI_RU));
        assertEquals(BorderClosurePainter.Mode.STRETCHES, mode(p, Border.PL_BY), "Terespol is open");
        List<double[]> symbols = new ArrayList<>();
        for (Crossing c : SeedData.load().crossings()) {
            symbols.add(p.at(c.location().lon(), c.location().lat()));
        }
        int red = 0;
        int all = 0;
        for (double[] s : RenderFixtures.along(p, RenderFixtures.FI_RU, 6)) {
            if (symbols.stream().anyMatch(c -> Math.hypot(c[0] - s[0], c[1] - s[1]) < 22)
                    || p.result.hits().near(s[0], s[1], 8).isPresent() || underALeader(p, s[0], s[1])) {
                continue;
            }
            for (int side : new int[] {-1, 1}) {
                all++;
                red += RenderFixtures.reddish(p.pixel(s[0] + side * 5 * s[2], s[1] + side * 5 * s[3])) ? 1 : 0;
            }
        }
        p.check(all > 40 && red == all, "seed-2023-11-30", "closure band at " + red + " of " + all + " samples along FI–RU, away from symbols, pins and leaders");
        assertTrue(p.result.legend().stream().anyMatch(e -> e.code().equals(LegendEntry.CLOSURE_FULL)));
    }

    /** True where a label's leader line passes within 8 px (leaders may cross the border; boxes may not). */
    private static boolean underALeader(RenderFixtures.Painted p, double x, double y) {
        return p.result.labels().labels().stream()
                .anyMatch(l -> l.leader() != null && l.leader().ptSegDist(x, y) < 8);
    }

    @Test
    void beforeRajaJooseppiClosesOnlyStretchesAreDrawn() {
        var p = paint("2023-11-26");
        assertEquals(BorderClosurePainter.Mode.STRETCHES, mode(p, Border.FI_RU));
        var hit = p.result.hits().crossing("fi-raja-jooseppi").orElseThrow();
        assertEquals(Status.OPEN, hit.status());
    }

    @Test
    void onFourteenthDecemberVaalimaaAndNiiralaAreOpenAgain() {
        var p = paint("2023-12-14");
        assertEquals(BorderClosurePainter.Mode.STRETCHES, mode(p, Border.FI_RU));
        for (String id : List.of("fi-vaalimaa", "fi-niirala")) {
            assertEquals(Status.OPEN, p.result.hits().crossing(id).orElseThrow().status(), id);
        }
        Crossing vaalimaa = SeedData.load().crossing("fi-vaalimaa");
        double[] at = p.at(vaalimaa.location().lon(), vaalimaa.location().lat());
        double open = p.share(at[0], at[1], CrossingSymbol.RADIUS * 0.7, MapStyle.DEFAULT.statusColor(Status.OPEN), 10);
        p.check(open > 0.5, "seed-2023-12-14", "Vaalimaa is not drawn open (" + open + ")");
    }

    @Test
    void duringZapad2025ThePolishLineIsClosedWhole() {
        var p = paint("2025-09-15");
        assertEquals(BorderClosurePainter.Mode.FULL, mode(p, Border.PL_BY));
        assertEquals(BorderClosurePainter.Mode.FULL, mode(p, Border.FI_RU));
    }

    @Test
    void everyPaintedCrossingShowsItsStatusOfTheDay() {
        for (String date : List.of("2021-11-10", "2023-11-18", "2023-11-30", "2023-12-15", "2025-09-26", "2025-11-17")) {
            var p = paint(date);
            Situation sit = p.scene.situation();
            int seen = 0;
            for (HitTarget t : p.result.hits().targets()) {
                if (t instanceof HitTarget.CrossingHit c) {
                    assertEquals(sit.statusOf(c.crossingId()).orElseThrow().status(), c.status(), c.crossingId() + " on " + date);
                    seen++;
                }
            }
            assertEquals(sit.crossings().size(), seen, "every crossing is in the whole view on " + date);
            for (var e : p.result.legend()) {
                if (e.section() == LegendEntry.Section.CROSSING_STATUS) {
                    assertTrue(sit.crossings().stream().anyMatch(c -> c.status().code().equals(e.code())), e + " on " + date);
                }
            }
        }
    }
}
