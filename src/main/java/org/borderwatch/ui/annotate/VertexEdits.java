package org.borderwatch.ui.annotate;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reshaping an annotation's WGS84 geometry (x = longitude, y = latitude): move, insert or remove
 * one vertex, or move the whole shape. Vertex numbers are those of {@link ScreenGeometry#vertices}:
 * a line's points in order, a polygon's exterior ring without its closing point (moving vertex 0
 * moves the closing point too); holes are kept as they are. Geometries are never mutated: every
 * operation returns a new one. Stateless; any thread.
 */
final class VertexEdits {
    private static final GeometryFactory GF = new GeometryFactory();

    private VertexEdits() {
    }

    /** Fewest vertices a geometry of this type may keep: 1 point, 2 for a line, 3 for an area. */
    static int minimumVertices(Geometry g) {
        return g instanceof Polygon ? 3 : g instanceof LineString ? 2 : 1;
    }

    /** {@code g} with vertex {@code i} at {@code to}. */
    static Geometry moveVertex(Geometry g, int i, Coordinate to) {
        List<Coordinate> vs = editable(g, i);
        vs.set(i, new Coordinate(to.x, to.y));
        return rebuild(g, vs);
    }

    /** {@code g} with a new vertex {@code at} between vertices {@code after} and the next one. */
    static Geometry insertVertex(Geometry g, int after, Coordinate at) {
        if (g instanceof Point) {
            throw new IllegalArgumentException("a point has no segments to add a vertex to");
        }
        List<Coordinate> vs = editable(g, after);
        vs.add(after + 1, new Coordinate(at.x, at.y));
        return rebuild(g, vs);
    }

    /** {@code g} without vertex {@code i}, or {@code null} when that would leave too few vertices. */
    static Geometry removeVertex(Geometry g, int i) {
        List<Coordinate> vs = editable(g, i);
        if (vs.size() <= minimumVertices(g)) {
            return null;
        }
        vs.remove(i);
        return rebuild(g, vs);
    }

    /** {@code g} moved by (dx, dy) EPSG:3035 metres, as a drag on the map moves it. */
    static Geometry translate(Geometry g, double dxMetres, double dyMetres) {
        Geometry moved = g.copy();
        moved.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate m = MapProjection.forward(seq.getX(i), seq.getY(i));
                Coordinate back = MapProjection.inverse(m.x + dxMetres, m.y + dyMetres);
                seq.setOrdinate(i, 0, back.x);
                seq.setOrdinate(i, 1, back.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        moved.geometryChanged();
        return moved;
    }

    private static List<Coordinate> editable(Geometry g, int i) {
        List<Coordinate> vs = new ArrayList<>(List.of(ScreenGeometry.vertices(g)));
        if (i < 0 || i >= vs.size()) {
            throw new IndexOutOfBoundsException("vertex " + i + " of " + vs.size());
        }
        return vs;
    }

    private static Geometry rebuild(Geometry g, List<Coordinate> vs) {
        if (g instanceof Polygon p) {
            List<Coordinate> ring = new ArrayList<>(vs);
            ring.add(new Coordinate(vs.get(0)));
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = GF.createLinearRing(p.getInteriorRingN(h).getCoordinates());
            }
            return GF.createPolygon(GF.createLinearRing(ring.toArray(Coordinate[]::new)), holes);
        }
        if (g instanceof LineString) {
            return GF.createLineString(vs.toArray(Coordinate[]::new));
        }
        return GF.createPoint(vs.get(0));
    }
}
