package org.borderwatch.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;

class ProjectedPointsTest {
    @Test
    void givesExactlyWhatTheProjectionGivesWhetherRememberedOrNotAndPastItsSize() {
        Random r = new Random(3035);
        ProjectedPoints.Table table = ProjectedPoints.table();
        double[] xy = new double[2];
        int n = ProjectedPoints.MAX_ENTRIES + 20_000;
        double[] lats = new double[n];
        double[] lons = new double[n];
        for (int i = 0; i < n; i++) {
            // a quarter of the points repeat an earlier one, as the events of a sliding window do
            int from = i > 0 && r.nextInt(4) == 0 ? r.nextInt(i) : -1;
            lats[i] = from >= 0 ? lats[from] : 51 + r.nextDouble() * 19;
            lons[i] = from >= 0 ? lons[from] : 22 + r.nextDouble() * 10;
        }
        lats[0] = -0.0;
        lons[0] = 0.0;
        lats[1] = 0.0;
        lons[1] = -0.0;
        for (int i = 0; i < n; i += (i < 5_000 ? 1 : 7)) {
            Coordinate expected = MapProjection.forward(lons[i], lats[i]);
            table.project(lats[i], lons[i], xy);
            assertEquals(expected.x, xy[0], 0.0, "easting of point " + i);
            assertEquals(expected.y, xy[1], 0.0, "northing of point " + i);
            Coordinate again = ProjectedPoints.of(new GeoPoint(lats[i], lons[i]));
            assertEquals(expected.x, again.x, 0.0, "remembered easting of point " + i);
            assertEquals(expected.y, again.y, 0.0, "remembered northing of point " + i);
        }
        for (int i = 0; i < n; i++) {
            table.project(lats[i], lons[i], xy);
        }
        Coordinate last = MapProjection.forward(lons[n - 1], lats[n - 1]);
        table.project(lats[n - 1], lons[n - 1], xy);
        assertEquals(last.x, xy[0], 0.0, "after the table was dropped and filled again");
        assertEquals(last.y, xy[1], 0.0);
    }
}
