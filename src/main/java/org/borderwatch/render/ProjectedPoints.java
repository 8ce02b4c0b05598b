package org.borderwatch.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * Projected positions (EPSG:3035 metres) of WGS84 points, remembered so that repainting thousands
 * of events on every date change does not project them again. Bounded: the memory is dropped
 * whole when it passes {@value #MAX_ENTRIES} points. Thread-safe.
 */
final class ProjectedPoints {
    static final int MAX_ENTRIES = 400_000;
    private static final Map<GeoPoint, Coordinate> CACHE = new ConcurrentHashMap<>();

    private ProjectedPoints() {
    }

    /** The projected position of {@code p}; the returned coordinate must not be changed. */
    static Coordinate of(GeoPoint p) {
        Coordinate c = CACHE.get(p);
        if (c == null) {
            c = MapProjection.forward(p.lon(), p.lat());
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(p, c);
        }
        return c;
    }
}
