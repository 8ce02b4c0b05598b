package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.borderwatch.geo.Geodesy;
import org.borderwatch.geo.MapProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class ScaleBarTest {

    @Test
    void atTheProjectionCentreGroundAndPlaneScalesAgree() {
        Coordinate c = MapProjection.forward(10, 52);
        Viewport v = new Viewport(c.x, c.y, 500, 1000, 800);
        assertEquals(500, ScaleBar.groundMetresPerPixel(v), 0.5);
    }

    @Test
    void barLengthIsTrueOnTheGroundAtTheCentreOfAFinnishView() {
        Coordinate c = MapProjection.forward(29.0, 63.0);
        Viewport v = new Viewport(c.x, c.y, 800, 1200, 900);
        ScaleBar.Measure m = ScaleBar.measure(v, 160);
        Coordinate a = MapProjection.inverse(c.x - m.pixels() / 2 * 800, c.y);
        Coordinate b = MapProjection.inverse(c.x + m.pixels() / 2 * 800, c.y);
        assertEquals(m.metres(), Geodesy.distanceMetres(a.x, a.y, b.x, b.y), m.metres() * 0.002);
    }

    @Test
    void barShowsARoundLengthThatFits() {
        Coordinate c = MapProjection.forward(25, 60);
        for (double mpp : new double[] {2, 37, 500, 4000}) {
            ScaleBar.Measure m = ScaleBar.measure(new Viewport(c.x, c.y, mpp, 800, 600), 160);
            assertTrue(m.pixels() <= 160 && m.pixels() > 160 / 5.0, m.toString());
            double mantissa = m.metres() / Math.pow(10, Math.floor(Math.log10(m.metres())));
            assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                    m.label());
        }
        assertEquals("50 km", new ScaleBar.Measure(50_000, 100).label());
        assertEquals("500 m", new ScaleBar.Measure(500, 100).label());
    }
}
