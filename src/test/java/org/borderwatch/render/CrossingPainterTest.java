package org.borderwatch.render;

import static org.borderwatch.render.RenderFixtures.VAALIMAA;
import static org.borderwatch.render.RenderFixtures.VAINIKKALA;
import static org.borderwatch.render.RenderFixtures.interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.junit.jupiter.api.Test;

class CrossingPainterTest {
    private static final MapStyle S = MapStyle.DEFAULT;

    private static RenderFixtures.Painted paintSoutheast(String date, String selected) {
        var data = RenderFixtures.data(List.of(
                interval(VAALIMAA, "2022-07-01", "2023-11-18", Status.OPEN),
                interval(VAALIMAA, "2023-11-18", null, Status.CLOSED),
                interval(VAINIKKALA, "2022-03-28", null, Status.RESTRICTED),
                interval(RenderFixtures.NIIRALA, "2022-07-01", null, Status.OPEN)), List.of());
        Situation sit = RenderFixtures.situation(data, date);
        Viewport v = RenderFixtures.viewAt(28.05, 60.72, 100, 1000, 800);
        return RenderFixtures.paint(RenderFixtures.scene(sit, v).withSelection(null, selected));
    }

    @Test
    void closedCrossingIsPaintedInTheClosedColourAtItsProjectedPosition() {
        var p = paintSoutheast("2023-11-30", null);
        double[] at = p.at(VAALIMAA.location().lon(), VAALIMAA.location().lat());
        double r = CrossingSymbol.RADIUS_CLOSE * 0.9;
        double closed = p.share(at[0], at[1], r, S.statusColor(Status.CLOSED), 8);
        double open = p.share(at[0], at[1], r, S.statusColor(Status.OPEN), 20);
        p.check(closed > 0.3, "closed-crossing", "closed colour covers only " + closed + " of the symbol");
        p.check(open == 0, "closed-crossing", "an open-coloured pixel inside a closed crossing");
        double white = p.share(at[0], at[1], r * 0.5, Color.WHITE, 10);
        p.check(white > 0.15, "closed-crossing", "the closed symbol lacks its white cross (" + white + ")");
    }

    /** The point annotation in this green. */
    private static final Color GREEN = new Color(0x009E73);

    /** An analyst's point exactly on Vaalimaa, closed on 30 Nov 2023, in a green the symbol lacks. */
    private static MapScene pointOnVaalimaa() {
        var point = AnnotationPainterTest.annotation("p1", org.borderwatch.domain.AnnotationKind.POINT,
                new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(
                        VAALIMAA.location().lon(), VAALIMAA.location().lat())), "Queue at the barrier", "#009E73", null);
        var data = RenderFixtures.data(List.of(interval(VAALIMAA, "2023-11-18", null, Status.CLOSED)), List.of());
        Viewport v = RenderFixtures.viewAt(28.05, 60.72, 100, 1000, 800);
        return RenderFixtures.scene(RenderFixtures.situation(data, "2023-11-30"), v).withAnnotations(List.of(point));
    }

    @Test
    void anAnnotationPointOnACrossingRingsItsSymbolInsteadOfCoveringIt() {
        var p = RenderFixtures.paint(pointOnVaalimaa());
        double[] at = p.at(VAALIMAA.location().lon(), VAALIMAA.location().lat());
        double r = CrossingSymbol.RADIUS_CLOSE * 0.9;
        // the crossing's status in sight: its closed colour and white cross, no green over them
        double closed = p.share(at[0], at[1], r, S.statusColor(Status.CLOSED), 8);
        p.check(closed > 0.3, "point-on-crossing", "closed colour covers only " + closed + " of the symbol");
        p.check(p.share(at[0], at[1], r * 0.5, Color.WHITE, 10) > 0.15, "point-on-crossing", "the white cross is covered");
        p.check(p.share(at[0], at[1], r, GREEN, 30) == 0, "point-on-crossing", "the point's colour covers the symbol");
        // the point itself in sight: a green ring around the symbol, centred where the point is
        double ring = AnnotationPainter.ringAround(S, new java.awt.geom.Point2D.Double(at[0], at[1]),
                List.of(new CrossingPainter.Placed(null, at[0], at[1], CrossingSymbol.RADIUS_CLOSE, false)));
        int greenOnRing = 0;
        for (int k = 0; k < 36; k++) {
            double a = Math.toRadians(10 * k);
            if (RenderFixtures.near(p.pixel(at[0] + ring * Math.cos(a), at[1] + ring * Math.sin(a)), GREEN, 40)) {
                greenOnRing++;
            }
        }
        p.check(greenOnRing >= 27, "point-on-crossing", "only " + greenOnRing + " of 36 points of the ring are green");
        var hit = p.result.hits().at(at[0] + ring, at[1]).orElseThrow();
        assertTrue(hit instanceof HitTarget.AnnotationHit a && a.annotationId().equals("p1"), hit.toString());
        // the point's title is shown, and no label — its own, the crossing's, a place's — lies on
        // the ring or its halo
        assertEquals(MapLabel.Kind.TEXT, p.result.labels().find("crossing:fi-vaalimaa").orElseThrow().kind(),
                "Vaalimaa is named beside its ring");
        assertTrue(p.result.labels().find("annotation:p1").isPresent(), "the point's title has no place: " + p.result.labels().labels().stream().map(l -> l.key() + " " + l.box()).toList());
        double outer = ring + AnnotationPainter.RING_HALO / 2;
        for (var label : p.result.labels().labels()) {
            java.awt.geom.Rectangle2D b = label.box();
            double dx = Math.max(Math.max(b.getMinX() - at[0], at[0] - b.getMaxX()), 0);
            double dy = Math.max(Math.max(b.getMinY() - at[1], at[1] - b.getMaxY()), 0);
            p.check(Math.hypot(dx, dy) >= outer - 0.5, "point-on-crossing", "label " + label.key() + " at " + b
                    + " lies on the ring (" + Math.hypot(dx, dy) + " px from its centre, the ring reaches " + outer + ")");
        }
    }

    @Test
    void theWindowsMapCopiesAPointsRingFromASpriteWhereItsDrawn() {
        // the window's painter keeps sprites: its ring must stand where the drawn ring stands
        MapScene scene = pointOnVaalimaa();
        var drawn = RenderFixtures.paint(scene);
        LayeredFramePainter window = new LayeredFramePainter();
        window.paint(scene);
        java.awt.image.BufferedImage copied = window.paint(scene).image();
        double[] at = drawn.at(VAALIMAA.location().lon(), VAALIMAA.location().lat());
        double[][] centres = new double[2][];
        int k = 0;
        for (java.awt.image.BufferedImage img : new java.awt.image.BufferedImage[] {drawn.image, copied}) {
            double sx = 0;
            double sy = 0;
            int n = 0;
            for (int y = (int) at[1] - 40; y <= at[1] + 40; y++) {
                for (int x = (int) at[0] - 40; x <= at[0] + 40; x++) {
                    if (RenderFixtures.near(new Color(img.getRGB(x, y)), GREEN, 40)) {
                        sx += x;
                        sy += y;
                        n++;
                    }
                }
            }
            assertTrue(n > 50, "only " + n + " green pixels of the ring");
            centres[k++] = new double[] {sx / n, sy / n, n};
        }
        assertTrue(Math.hypot(centres[0][0] - centres[1][0], centres[0][1] - centres[1][1]) < 0.5
                        && Math.abs(centres[0][2] - centres[1][2]) < 0.1 * centres[0][2],
                "drawn ring centred at " + java.util.Arrays.toString(centres[0]) + ", copied at "
                        + java.util.Arrays.toString(centres[1]));
    }

    @Test
    void openCrossingIsPaintedSolidInTheOpenColour() {
        var p = paintSoutheast("2023-11-10", null);
        double[] at = p.at(VAALIMAA.location().lon(), VAALIMAA.location().lat());
        double open = p.share(at[0], at[1], CrossingSymbol.RADIUS_CLOSE * 0.8, S.statusColor(Status.OPEN), 8);
        p.check(open > 0.85, "open-crossing", "open colour covers only " + open + " of an open symbol");
    }

    @Test
    void restrictedCrossingIsHalfFilledSoItDiffersWithoutColour() {
        var p = paintSoutheast("2023-11-10", null);
        double[] at = p.at(VAINIKKALA.location().lon(), VAINIKKALA.location().lat());
        double r = CrossingSymbol.RADIUS_CLOSE * 0.6;
        double upperWhite = p.share(at[0], at[1] - r / 2 - 1, r / 2, Color.WHITE, 6);
        double lowerFill = p.share(at[0], at[1] + r / 2 + 1, r / 2, S.statusColor(Status.RESTRICTED), 8);
        p.check(upperWhite > 0.8 && lowerFill > 0.8, "restricted-crossing",
                "restricted symbol is not white above and filled below: " + upperWhite + " / " + lowerFill);
    }

    @Test
    void selectedCrossingIsRingedAndPickable() {
        var p = paintSoutheast("2023-11-30", VAALIMAA.id());
        double[] at = p.at(VAALIMAA.location().lon(), VAALIMAA.location().lat());
        double ring = CrossingSymbol.RADIUS_CLOSE + 5.5;
        int blue = 0;
        for (int k = 0; k < 36; k++) {
            double a = Math.toRadians(k * 10);
            if (RenderFixtures.near(p.pixel(at[0] + ring * Math.cos(a), at[1] + ring * Math.sin(a)), new Color(0x0072B2), 40)) {
                blue++;
            }
        }
        p.check(blue > 28, "selected-crossing", "selection ring found at only " + blue + " of 36 angles");
        var hit = p.result.hits().at(at[0] + 2, at[1] - 2).orElseThrow();
        assertTrue(hit instanceof HitTarget.CrossingHit);
        HitTarget.CrossingHit c = (HitTarget.CrossingHit) hit;
        assertEquals(VAALIMAA.id(), c.crossingId());
        assertEquals(Status.CLOSED, c.status());
        assertTrue(c.tooltip().contains("Closed since Sat 18 Nov 2023"), c.tooltip());
        assertTrue(p.result.hits().at(at[0] + 60, at[1] + 60).isEmpty(), "empty map is not a target");
    }

    @Test
    void crossingsAFewHundredMetresApartStayAtTheirPositionsAndShareOneCallout() {
        var road = RenderFixtures.crossing("fi-vartius", org.borderwatch.domain.Border.FI_RU, "Vartius",
                org.borderwatch.domain.CrossingType.ROAD, 64.54502, 29.98475);
        var rail = RenderFixtures.crossing("fi-vartius-rail", org.borderwatch.domain.Border.FI_RU, "Vartius (rail)",
                org.borderwatch.domain.CrossingType.RAIL, 64.545906, 29.989741);
        var data = new org.borderwatch.domain.SituationData(List.of(road, rail), List.of(
                interval(road, "2023-11-24", null, Status.CLOSED), interval(rail, "2023-11-24", null, Status.CLOSED)),
                List.of(), List.of(new org.borderwatch.domain.Source("T1", "Test source", null, null)));
        var scene = RenderFixtures.scene(RenderFixtures.situation(data, "2023-11-30"), RenderFixtures.wholeView());
        var placed = CrossingPainter.place(scene);
        assertEquals(2, placed.size());
        for (var c : placed) {
            var m = org.borderwatch.geo.MapProjection.forward(c.crossing().location().lon(), c.crossing().location().lat());
            var pos = scene.view().toScreen(m.x, m.y);
            assertEquals(pos.getX(), c.x(), 1e-9, c.crossing().id() + " moved off its position");
            assertEquals(pos.getY(), c.y(), 1e-9, c.crossing().id() + " moved off its position");
        }
        var p = RenderFixtures.paint(scene);
        var labels = p.result.labels().of(MapLabel.Layer.CROSSING);
        assertEquals(1, labels.size(), "one callout for two crossings at one place: " + labels);
        MapLabel callout = labels.get(0);
        assertEquals(MapLabel.Kind.CALLOUT, callout.kind());
        assertEquals(List.of("Vartius", "Vartius (rail)"), callout.rows().stream().map(LabelContent.Row::text).toList());
        assertEquals(List.of("fi-vartius", "fi-vartius-rail"), CrossingLabels.crossingIds(callout.key()));
        // each row carries its own crossing's symbol, so the callout says which is which
        assertEquals(org.borderwatch.domain.CrossingType.ROAD, callout.rows().get(0).symbol().type());
        assertEquals(org.borderwatch.domain.CrossingType.RAIL, callout.rows().get(1).symbol().type());
        for (var c : placed) {
            p.check(!callout.box().intersects(c.box()), "callout", "the callout covers " + c.crossing().id());
        }
        // close in they are set apart by the map itself and named one by one
        Viewport near = RenderFixtures.viewAt(29.987, 64.5454, 2, 800, 600);
        var close = RenderFixtures.paint(scene.withView(near)).result.labels().of(MapLabel.Layer.CROSSING);
        assertEquals(2, close.size(), "each crossing named on its own when zoomed in: " + close);
        assertTrue(close.stream().allMatch(l -> l.kind() == MapLabel.Kind.TEXT), close.toString());
    }
}
