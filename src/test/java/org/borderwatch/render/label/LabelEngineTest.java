package org.borderwatch.render.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelEngineTest {
    private static final Rectangle2D FRAME = new Rectangle2D.Double(0, 0, 800, 600);

    @Test
    void aLabelGoesRightOfItsAnchorWhenNothingElsePrefers() {
        LabelEngine e = new LabelEngine(FRAME, 2);
        LabelSpot s = e.place(LabelRequest.around("a", 0, 0, 400, 300, 10, 80, 20)).orElseThrow();
        assertEquals(LabelSpot.Kind.BESIDE, s.kind());
        assertEquals(410, s.box().getX(), 1e-9);
        assertEquals(290, s.box().getY(), 1e-9);
        assertNull(s.leader());
    }

    @Test
    void aPreferredSideIsTriedFirstAndTheOtherSideWhenItIsTaken() {
        LabelEngine e = new LabelEngine(FRAME, 2);
        LabelSpot west = e.place(LabelRequest.around("a", 0, 0, 400, 300, 10, 80, 20).preferring(-1, 0)).orElseThrow();
        assertEquals(310, west.box().getX(), 1e-9, "left of the anchor");
        LabelEngine f = new LabelEngine(FRAME, 2);
        f.block(new Rectangle2D.Double(280, 280, 110, 40));
        LabelSpot s = f.place(LabelRequest.around("a", 0, 0, 400, 300, 10, 80, 20).preferring(-1, 0)).orElseThrow();
        assertTrue(s.box().getX() > 400 || s.box().getMaxY() < 290 || s.box().getY() > 310,
                "the left side is taken, so the label goes elsewhere: " + s.box());
    }

    @Test
    void aLabelWithNoRoomBesideItsAnchorIsLedOffByALineThatCrossesNothing() {
        LabelEngine e = new LabelEngine(FRAME, 2);
        List<Rectangle2D> walls = walledIn(e);
        LabelRequest r = LabelRequest.around("a", 0, 0, 400, 300, 12, 80, 20).withLeader(200);
        LabelSpot s = e.place(r).orElseThrow();
        assertEquals(LabelSpot.Kind.LED, s.kind());
        assertNotNull(s.leader());
        for (Rectangle2D o : walls) {
            assertFalse(o.intersects(s.box()), "the label covers an obstacle");
            assertFalse(o.intersectsLine(s.leader()), "the leader runs through an obstacle");
        }
        assertEquals(400, s.anchor().getX(), 1e-9);
        double start = s.leader().getP1().distance(400, 300);
        assertEquals(12, start, 1e-6, "the leader starts at the gap, outside the anchor's own symbol");
        assertTrue(touches(s.box(), s.leader().getX2(), s.leader().getY2()), "the leader ends on the label's edge");
    }

    @Test
    void withoutALeaderALabelThatFindsNoPlaceIsLeftOutOrFallsBackToItsBadge() {
        LabelEngine e = new LabelEngine(FRAME, 2);
        List<Rectangle2D> walls = walledIn(e);
        assertTrue(e.place(LabelRequest.around("a", 0, 0, 400, 300, 10, 80, 20)).isEmpty());
        LabelSpot badge = e.place(LabelRequest.around("b", 0, 0, 400, 300, 10, 80, 20).withBadge(22, 20)).orElseThrow();
        assertEquals(LabelSpot.Kind.BADGE, badge.kind());
        assertEquals(22, badge.box().getWidth(), 1e-9);
        assertNotNull(badge.leader(), "a badge led out of a crowd");
        for (Rectangle2D o : walls) {
            assertFalse(o.intersects(badge.box()));
        }
    }

    @Test
    void labelsStayInsideTheFrameAndAreNeverCut() {
        LabelEngine e = new LabelEngine(FRAME, 2);
        LabelSpot s = e.place(LabelRequest.around("edge", 0, 0, 790, 5, 6, 120, 20)).orElseThrow();
        assertTrue(FRAME.contains(s.box()), s.box().toString());
        assertTrue(e.place(LabelRequest.centred("wide", 0, 0, List.of(new java.awt.geom.Point2D.Double(10, 300)), 200, 20))
                .isEmpty(), "a centred name that would cross the frame is left out, not cut");
    }

    @Test
    void aLabelThatBringsItsOwnSymbolNeedsRoomForBothAndReservesBoth() {
        LabelEngine e = new LabelEngine(FRAME, 2);
        e.block(new Rectangle2D.Double(95, 95, 10, 10));
        Rectangle2D dot = new Rectangle2D.Double(97, 97, 6, 6);
        assertTrue(e.place(LabelRequest.around("town", 7, 0, 100, 100, 6, 50, 14).withOwnBox(dot)).isEmpty(),
                "a town whose dot would sit on a symbol is left out, dot and all");
        Rectangle2D free = new Rectangle2D.Double(297, 297, 6, 6);
        assertTrue(e.place(LabelRequest.around("town2", 7, 0, 300, 300, 6, 50, 14).withOwnBox(free)).isPresent());
        assertTrue(e.place(LabelRequest.centred("over", 7, 1, List.of(new java.awt.geom.Point2D.Double(300, 300)), 8, 8))
                .isEmpty(), "the dot is reserved with its name");
    }

    @Test
    void aLabelTooWideForItsRoomTakesItsOtherShape() {
        Rectangle2D narrow = new Rectangle2D.Double(0, 0, 200, 200);
        LabelEngine e = new LabelEngine(narrow, 2);
        e.block(new Rectangle2D.Double(0, 0, 200, 78));
        e.block(new Rectangle2D.Double(0, 122, 200, 78));
        LabelRequest r = LabelRequest.around("name", 0, 0, 100, 100, 8, 150, 16)
                .withAlternates(List.of(new LabelRequest.Size(80, 32)));
        LabelSpot s = e.place(r).orElseThrow();
        assertEquals(1, s.variant(), "the two-line shape");
        assertEquals(80, s.box().getWidth(), 1e-9);
    }

    @Test
    void higherPrioritiesAreServedFirst() {
        LabelEngine e = new LabelEngine(FRAME, 2);
        // both want the only free place beside the same point; the lower tier wins it
        e.block(new Rectangle2D.Double(0, 0, 395, 600));
        e.block(new Rectangle2D.Double(395, 0, 405, 285));
        e.block(new Rectangle2D.Double(395, 315, 405, 285));
        List<LabelSpot> spots = e.placeAll(List.of(LabelRequest.around("minor", 5, 0, 400, 300, 6, 60, 20),
                LabelRequest.around("major", 2, 0, 400, 300, 6, 60, 20)));
        assertEquals(List.of("major"), spots.stream().map(LabelSpot::key).toList());
    }

    @Test
    void manyLabelsNeverOverlapEachOtherTheObstaclesOrTheirLeaders() {
        Random rnd = new Random(7);
        LabelEngine e = new LabelEngine(FRAME, 2);
        List<Rectangle2D> obstacles = new ArrayList<>();
        List<LabelRequest> requests = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double x = 20 + rnd.nextDouble() * 760;
            double y = 20 + rnd.nextDouble() * 560;
            Rectangle2D symbol = new Rectangle2D.Double(x - 6, y - 6, 12, 12);
            obstacles.add(symbol);
            e.block(symbol);
            requests.add(LabelRequest.around("l" + i, i % 3, i, x, y, 8, 40 + rnd.nextInt(60), 16).withLeader(120)
                    .withBadge(18, 16));
        }
        List<LabelSpot> spots = e.placeAll(requests);
        assertTrue(spots.size() > 100, "most labels find a place: " + spots.size());
        for (int i = 0; i < spots.size(); i++) {
            LabelSpot a = spots.get(i);
            assertTrue(FRAME.contains(a.box()));
            for (Rectangle2D o : obstacles) {
                assertFalse(o.intersects(a.box()), a.key() + " covers a symbol");
                if (a.leader() != null && !a.badge()) {
                    assertFalse(o.intersectsLine(a.leader()), a.key() + "'s leader runs through a symbol");
                }
            }
            for (int j = i + 1; j < spots.size(); j++) {
                LabelSpot b = spots.get(j);
                assertFalse(a.box().intersects(b.box()), a.key() + " overlaps " + b.key());
                if (a.leader() != null) {
                    assertFalse(b.box().intersectsLine(a.leader()), b.key() + " covers the leader of " + a.key());
                    if (b.leader() != null && !a.badge() && !b.badge()) {
                        assertFalse(a.leader().intersectsLine(b.leader()), "leaders of " + a.key() + " and " + b.key() + " cross");
                    }
                }
                if (b.leader() != null) {
                    assertFalse(a.box().intersectsLine(b.leader()), a.key() + " covers the leader of " + b.key());
                }
            }
        }
    }

    /** Walls around (400, 300) within 50 px, open only along a 4-pixel corridor straight up. */
    private static List<Rectangle2D> walledIn(LabelEngine e) {
        List<Rectangle2D> walls = List.of(new Rectangle2D.Double(300, 250, 98, 100), new Rectangle2D.Double(402, 250, 98, 100),
                new Rectangle2D.Double(398, 305, 4, 45));
        e.blockAll(walls);
        return walls;
    }

    private static boolean touches(Rectangle2D box, double x, double y) {
        double eps = 1e-6;
        boolean onX = Math.abs(x - box.getMinX()) < eps || Math.abs(x - box.getMaxX()) < eps;
        boolean onY = Math.abs(y - box.getMinY()) < eps || Math.abs(y - box.getMaxY()) < eps;
        return (onX && y >= box.getMinY() - eps && y <= box.getMaxY() + eps)
                || (onY && x >= box.getMinX() - eps && x <= box.getMaxX() + eps);
    }
}
