package org.borderwatch.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Lengths, areas and circles on the WGS84 ellipsoid (Karney's geodesics, GeographicLib), never in
 * the projected plane. Inputs are WGS84 geometries with x = longitude, y = latitude in degrees.
 */
public final class Geodesy {
    private Geodesy() {
    }

    /** Geodesic distance in metres between two WGS84 points. */
    public static double distanceMetres(double lon1, double lat1, double lon2, double lat2) {
        return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
    }

    /**
     * Total geodesic length in metres of every line in {@code wgs84} (LineStrings, MultiLineStrings,
     * and polygon rings, which count as their perimeter).
     */
    public static double lengthMetres(Geometry wgs84) {
        double sum = 0;
        for (int g = 0; g < wgs84.getNumGeometries(); g++) {
            Geometry part = wgs84.getGeometryN(g);
            if (part instanceof Polygon p) {
                sum += lengthMetres(p.getExteriorRing());
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    sum += lengthMetres(p.getInteriorRingN(r));
                }
            } else if (part instanceof LineString line) {
                Coordinate[] cs = line.getCoordinates();
                for (int i = 1; i < cs.length; i++) {
                    sum += distanceMetres(cs[i - 1].x, cs[i - 1].y, cs[i].x, cs[i].y);
                }
            }
        }
        return sum;
    }

    /**
     * The geodesic distance in metres from (lon, lat) to the nearest point of the lines in
     * {@code wgs84}. The nearest point of each segment is found in a plane tangent at (lon, lat),
     * which at the few kilometres this is used for is exact to well under a metre; the distance
     * to it is then measured on the ellipsoid.
     */
    public static double distanceToLinesMetres(Geometry wgs84, double lon, double lat) {
        double kx = Math.cos(Math.toRadians(lat));
        double best = Double.POSITIVE_INFINITY;
        double bestLon = lon;
        double bestLat = lat;
        for (int g = 0; g < wgs84.getNumGeometries(); g++) {
            if (!(wgs84.getGeometryN(g) instanceof LineString line)) {
                continue;
            }
            Coordinate[] cs = line.getCoordinates();
            for (int i = 1; i < cs.length; i++) {
                double ax = (cs[i - 1].x - lon) * kx;
                double ay = cs[i - 1].y - lat;
                double dx = (cs[i].x - cs[i - 1].x) * kx;
                double dy = cs[i].y - cs[i - 1].y;
                double len = dx * dx + dy * dy;
                double t = len == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
                double px = ax + t * dx;
                double py = ay + t * dy;
                double d = px * px + py * py;
                if (d < best) {
                    best = d;
                    bestLon = lon + px / kx;
                    bestLat = lat + py;
                }
            }
        }
        return best == Double.POSITIVE_INFINITY ? best : distanceMetres(lon, lat, bestLon, bestLat);
    }

    /** Geodesic area in square metres of the polygons in {@code wgs84} (holes subtracted). */
    public static double areaSquareMetres(Geometry wgs84) {
        double sum = 0;
        for (int g = 0; g < wgs84.getNumGeometries(); g++) {
            if (wgs84.getGeometryN(g) instanceof Polygon p) {
                sum += ringArea(p.getExteriorRing());
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    sum -= ringArea(p.getInteriorRingN(r));
                }
            }
        }
        return sum;
    }

    private static double ringArea(LineString ring) {
        PolygonArea pa = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length - 1; i++) {
            pa.AddPoint(cs[i].y, cs[i].x);
        }
        PolygonResult r = pa.Compute(false, true);
        return Math.abs(r.area);
    }

    /** The point {@code metres} away from (lon, lat) along initial bearing {@code azimuthDeg}; (lon, lat). */
    public static Coordinate destination(double lon, double lat, double azimuthDeg, double metres) {
        GeodesicData d = Geodesic.WGS84.Direct(lat, lon, azimuthDeg, metres);
        return new Coordinate(d.lon2, d.lat2);
    }

    /**
     * A geodesic circle: {@code segments} points at {@code metres} from the centre, closed (the
     * first point repeated at the end), as WGS84 (lon, lat).
     */
    public static Coordinate[] circle(double lon, double lat, double metres, int segments) {
        Coordinate[] ring = new Coordinate[segments + 1];
        for (int i = 0; i < segments; i++) {
            ring[i] = destination(lon, lat, 360.0 * i / segments, metres);
        }
        ring[segments] = ring[0].copy();
        return ring;
    }
}
