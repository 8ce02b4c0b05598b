import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Puts a river that forms a border onto the border line. Along the Bug the Polish–Belarusian and
 * Polish–Ukrainian boundaries run in the river, and the OpenStreetMap boundary follows its
 * meanders closely, while the WDBII river line (digitised at about 1:1,000,000) strays up to a
 * kilometre from it. Drawn as they are, river and border would cross each other at every bend.
 * So: where the border runs within {@code nearMetres} of the river for at least
 * {@code minReachMetres}, the river takes the border's line; elsewhere it keeps its own, and the
 * two are joined at the ends of each border reach. Works in ETRS89 / LAEA Europe metres; input
 * and output are WGS84 lon/lat.
 */
final class BorderRiver {

    private BorderRiver() {
    }

    static Geometry follow(Geometry river, Geometry border, Laea laea, double nearMetres, double minReachMetres) {
        GeometryFactory f = river.getFactory();
        Geometry pRiver = laea.project(river);
        Geometry pBorder = laea.project(border);
        List<LineString> reaches = new ArrayList<>();
        for (LineString l : merge(pBorder.intersection(pRiver.buffer(nearMetres, 8)))) {
            if (l.getLength() >= minReachMetres) {
                reaches.add(l);
            }
        }
        if (reaches.isEmpty()) {
            return river;
        }
        Geometry reachGeom = f.buildGeometry(reaches);
        List<LineString> own = new ArrayList<>();
        for (LineString l : merge(pRiver.difference(reachGeom.buffer(nearMetres, 8)))) {
            own.add(l);
        }
        List<LineString> all = new ArrayList<>(reaches);
        all.addAll(own);
        for (LineString reach : reaches) {
            for (Coordinate end : new Coordinate[] {reach.getCoordinateN(0),
                    reach.getCoordinateN(reach.getNumPoints() - 1)}) {
                Coordinate nearest = null;
                double best = nearMetres * 2.5;
                for (LineString o : own) {
                    for (Coordinate c : new Coordinate[] {o.getCoordinateN(0), o.getCoordinateN(o.getNumPoints() - 1)}) {
                        if (c.distance(end) < best) {
                            best = c.distance(end);
                            nearest = c;
                        }
                    }
                }
                if (nearest != null) {
                    all.add(f.createLineString(new Coordinate[] {nearest, end}));
                }
            }
        }
        List<LineString> merged = merge(f.buildGeometry(all));
        return laea.unproject(merged.size() == 1 ? merged.get(0) : f.createMultiLineString(merged.toArray(new LineString[0])));
    }

    /**
     * A tributary that ended on (within ~500 m of) the river's source line ({@code before}) is
     * extended to the nearest point of the moved river ({@code after}), at most ~4 km away.
     */
    static Geometry rejoin(Geometry tributary, Geometry before, Geometry after) {
        GeometryFactory f = tributary.getFactory();
        List<LineString> parts = new ArrayList<>();
        for (Object o : LinearComponentExtracter.getLines(tributary)) {
            LineString l = (LineString) o;
            List<Coordinate> c = new ArrayList<>(List.of(l.getCoordinates()));
            Coordinate last = c.get(c.size() - 1);
            Coordinate first = c.get(0);
            Coordinate toLast = target(f, last, before, after);
            if (toLast != null) {
                c.add(toLast);
            }
            Coordinate toFirst = target(f, first, before, after);
            if (toFirst != null) {
                c.add(0, toFirst);
            }
            parts.add(f.createLineString(c.toArray(new Coordinate[0])));
        }
        return parts.size() == 1 ? parts.get(0) : f.createMultiLineString(parts.toArray(new LineString[0]));
    }

    private static Coordinate target(GeometryFactory f, Coordinate end, Geometry before, Geometry after) {
        Geometry p = f.createPoint(end);
        if (p.distance(before) > 0.005 || p.distance(after) < 1e-6 || p.distance(after) > 0.04) {
            return null;
        }
        return DistanceOp.nearestPoints(after, p)[0];
    }

    @SuppressWarnings("unchecked")
    private static List<LineString> merge(Geometry lines) {
        LineMerger merger = new LineMerger();
        for (Object o : LinearComponentExtracter.getLines(lines)) {
            merger.add((Geometry) o);
        }
        return new ArrayList<>((Collection<LineString>) merger.getMergedLineStrings());
    }
}
