package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A slide reads only the events of the box {@link SlideScope#geoBox} gives, so that box must hold
 * every place the slide's extent holds — at the presets, at a crossing's scale and at a
 * continent's — or else an event on the slide's edge would be missing from it.
 */
class SlideScopeTest {
    /** Every point of a 60 × 60 grid over the extent, its edges included, in degrees. */
    private static List<GeoPoint> grid(Envelope area) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            for (int j = 0; j <= 60; j++) {
                Coordinate c = MapProjection.inverse(area.getMinX() + area.getWidth() * i / 60,
                        area.getMinY() + area.getHeight() * j / 60);
                points.add(new GeoPoint(c.y, c.x));
            }
        }
        return points;
    }

    private static void holdsTheWholeExtent(Envelope area) {
        SlideScope scope = new SlideScope(area, List.of());
        GeoBox box = scope.geoBox();
        assertNotNull(box, area.toString());
        double west = 180;
        double east = -180;
        double south = 90;
        double north = -90;
        for (GeoPoint p : grid(area)) {
            assertTrue(box.contains(p), p + " lies in " + area + " but not in " + box);
            west = Math.min(west, p.lon());
            east = Math.max(east, p.lon());
            south = Math.min(south, p.lat());
            north = Math.max(north, p.lat());
        }
        // and not much more: the extent's bounds in degrees with a small margin
        assertTrue(box.west() > west - 0.1 && box.east() < east + 0.1 && box.south() > south - 0.1
                && box.north() < north + 0.1, "a tight box: " + box + " for " + west + "…" + east + " × " + south + "…" + north);
    }

    @Test
    void theBoxOfEveryPresetHoldsEveryPlaceOfItsExtent() {
        for (ViewPreset preset : ViewPreset.values()) {
            holdsTheWholeExtent(SlideExtent.of(preset).envelope());
        }
    }

    @Test
    void theBoxOfExtentsFromACrossingToAContinentHoldsEveryPlaceOfThem() {
        Random random = new Random(7);
        for (int k = 0; k < 200; k++) {
            Coordinate c = MapProjection.forward(14 + random.nextDouble() * 20, 48 + random.nextDouble() * 20);
            double half = Math.pow(10, 2 + random.nextDouble() * 4);
            double aspect = 0.4 + random.nextDouble() * 1.6;
            holdsTheWholeExtent(new Envelope(c.x - half, c.x + half, c.y - half * aspect, c.y + half * aspect));
        }
    }

    @Test
    void anExtentOverThePoleHasNoBoxAndSoReadsEverything() {
        Coordinate pole = MapProjection.forward(0, 90);
        SlideScope scope = new SlideScope(new Envelope(pole.x - 5e5, pole.x + 5e5, pole.y - 5e5, pole.y + 5e5), List.of());
        assertNull(scope.geoBox());
    }
}
