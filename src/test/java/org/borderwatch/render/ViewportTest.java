package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    private final Viewport v = new Viewport(5_000_000, 4_000_000, 1000, 800, 600);

    @Test
    void screenAndWorldAreInverse() {
        Coordinate w = v.toWorld(123, 456);
        Point2D s = v.toScreen(w.x, w.y);
        assertEquals(123, s.getX(), 1e-9);
        assertEquals(456, s.getY(), 1e-9);
        assertEquals(5_000_000 - 400_000, v.toWorld(0, 0).x, 1e-6);
        assertEquals(4_000_000 + 300_000, v.toWorld(0, 0).y, 1e-6, "screen y grows downwards");
    }

    @Test
    void zoomKeepsThePointUnderTheCursorFixed() {
        Coordinate before = v.toWorld(100, 500);
        Viewport z = v.zoomAt(2, 100, 500);
        assertEquals(500, z.metresPerPixel(), 1e-9);
        Coordinate after = z.toWorld(100, 500);
        assertEquals(before.x, after.x, 1e-6);
        assertEquals(before.y, after.y, 1e-6);
    }

    @Test
    void panMovesContentWithTheMouse() {
        Viewport p = v.pan(10, -20);
        Point2D s = p.toScreen(v.centerX(), v.centerY());
        assertEquals(410, s.getX(), 1e-9);
        assertEquals(280, s.getY(), 1e-9);
    }

    @Test
    void fitShowsTheWholeExtent() {
        Envelope e = new Envelope(4_000_000, 5_000_000, 3_000_000, 3_500_000);
        Viewport f = Viewport.fit(e, 800, 600, 0.05);
        assertTrue(f.envelope().contains(e));
    }

    @Test
    void zoomIsClampedAndSizeMustBePositive() {
        assertEquals(Viewport.MIN_METRES_PER_PIXEL, v.zoomAt(1e9, 0, 0).metresPerPixel(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, 1, 0, 10));
    }
}
