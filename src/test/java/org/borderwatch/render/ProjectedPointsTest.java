package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;

class ProjectedPointsTest {
    private static Event at(int i, GeoPoint p) {
        return new Event("e" + i, LocalDate.of(2023, 11, 1), DatePrecision.DAY, "Event " + i, "", Category.INCIDENT,
                Border.PL_BY, null, p, null, List.of("P1"), List.of(), Map.of());
    }

    @Test
    void givesExactlyWhatTheProjectionGivesWhetherRememberedOrNotAndPastItsSize() {
        Random r = new Random(3035);
        int n = ProjectedPoints.MAX_ENTRIES + 20_000;
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // a quarter of the points repeat an earlier one, as the events of a sliding window do
            int from = i > 1 && r.nextInt(4) == 0 ? r.nextInt(i) : -1;
            GeoPoint p = i == 0 ? new GeoPoint(-0.0, 0.0) : i == 1 ? new GeoPoint(0.0, -0.0)
                    : i % 1000 == 2 ? null
                    : from >= 0 && events.get(from).location() != null ? events.get(from).location()
                    : new GeoPoint(51 + r.nextDouble() * 19, 22 + r.nextDouble() * 10);
            events.add(at(i, p));
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int round = 0; round < 2; round++) {
            ProjectedPoints.projectAll(events, xs, ys);
            for (int i = 0; i < n; i += (i < 5_000 ? 1 : 7)) {
                GeoPoint p = events.get(i).location();
                if (p == null) {
                    assertTrue(Double.isNaN(xs[i]) && Double.isNaN(ys[i]), "no position for event " + i);
                    continue;
                }
                Coordinate expected = MapProjection.forward(p.lon(), p.lat());
                assertEquals(expected.x, xs[i], 0.0, "easting of point " + i + " in round " + round);
                assertEquals(expected.y, ys[i], 0.0, "northing of point " + i + " in round " + round);
                Coordinate one = ProjectedPoints.of(p);
                assertEquals(expected.x, one.x, 0.0, "easting of point " + i + " alone");
                assertEquals(expected.y, one.y, 0.0, "northing of point " + i + " alone");
            }
        }
    }
}
