package org.borderwatch.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Crossing;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapLayer;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;

/**
 * Pulls a clicked position onto what is drawn near it: a border crossing first, then a vertex of
 * a border line, then the nearest point on a border segment, each only within a tolerance in
 * screen pixels. Works on the full-resolution border lines (not the simplified ones drawn at the
 * current zoom), so a snapped vertex is the surveyed one (to well under a millimetre, the round trip
 * through the projection). Immutable; any thread.
 */
final class Snapper {
    /** Default pull distance in pixels. */
    static final double TOLERANCE_PX = 10;

    /** Where a position snapped to: the WGS84 point and what it is ("Kuźnica crossing", "border vertex"). */
    record Snap(Coordinate wgs84, String target) {
    }

    private record Place(String name, Coordinate projected, Coordinate wgs84) {
    }

    private final BaseMap map;
    private final List<Place> crossings;

    /** @param map the base map, or {@code null} while it loads (then only crossings snap) */
    Snapper(BaseMap map, List<Crossing> crossings) {
        this.map = map;
        List<Place> places = new ArrayList<>();
        for (Crossing c : crossings) {
            places.add(new Place(c.name() + " crossing", MapProjection.forward(c.location().lon(), c.location().lat()),
                    new Coordinate(c.location().lon(), c.location().lat())));
        }
        this.crossings = List.copyOf(places);
    }

    /** A snapper with nothing to snap to. */
    static Snapper none() {
        return new Snapper(null, List.of());
    }

    /** The snap for screen point (x, y) of {@code view}, or {@code null} when nothing is within {@code tolerancePx}. */
    Snap snap(Viewport view, double x, double y, double tolerancePx) {
        Coordinate p = view.toWorld(x, y);
        double tol = tolerancePx * view.metresPerPixel();
        Place bestPlace = null;
        double best = tol;
        for (Place c : crossings) {
            double d = c.projected().distance(p);
            if (d <= best) {
                best = d;
                bestPlace = c;
            }
        }
        if (bestPlace != null) {
            return new Snap(bestPlace.wgs84(), bestPlace.name());
        }
        if (map == null) {
            return null;
        }
        Envelope near = new Envelope(p);
        near.expandBy(tol);
        Coordinate vertex = null;
        double vertexDist = tol;
        Coordinate onLine = null;
        double lineDist = tol;
        for (Border b : List.of(Border.FI_RU, Border.PL_BY)) {
            for (MapLayer.Piece piece : map.border(b).query(near, 0)) {
                Geometry g = piece.geometry();
                if (!(g instanceof LineString line)) {
                    continue;
                }
                Coordinate[] cs = line.getCoordinates();
                for (int i = 0; i < cs.length; i++) {
                    double d = cs[i].distance(p);
                    if (d <= vertexDist) {
                        vertexDist = d;
                        vertex = cs[i];
                    }
                    if (i > 0) {
                        LineSegment seg = new LineSegment(cs[i - 1], cs[i]);
                        Coordinate q = seg.closestPoint(p);
                        double dq = q.distance(p);
                        if (dq <= lineDist) {
                            lineDist = dq;
                            onLine = q;
                        }
                    }
                }
            }
        }
        if (vertex != null) {
            return new Snap(MapProjection.inverse(vertex.x, vertex.y), "border vertex");
        }
        if (onLine != null) {
            return new Snap(MapProjection.inverse(onLine.x, onLine.y), "border line");
        }
        return null;
    }
}
