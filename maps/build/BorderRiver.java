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
     * made to end on the moved river ({@code after}): cut where it first crosses it, or else
     * extended to its nearest point, at most ~4 km away. Only the downstream end is touched.
     */
    static Geometry rejoin(Geometry tributary, Geometry before, Geometry after) {
        GeometryFactory f = tributary.getFactory();
        List<LineString> parts = new ArrayList<>();
        for (Object o : LinearComponentExtracter.getLines(tributary)) {
            parts.add((LineString) o);
        }
        LineString last = parts.get(parts.size() - 1);
        Coordinate[] c = last.getCoordinates();
        Geometry end = f.createPoint(c[c.length - 1]);
        if (end.distance(before) > 0.005 || end.distance(after) < 1e-6 || end.distance(after) > 0.04) {
            return tributary;
        }
        List<Coordinate> kept = new ArrayList<>();
        kept.add(c[0]);
        boolean crossed = false;
        for (int i = 1; i < c.length && !crossed; i++) {
            Geometry hit = f.createLineString(new Coordinate[] {c[i - 1], c[i]}).intersection(after);
            if (!hit.isEmpty() && i > 1) {
                kept.add(DistanceOp.nearestPoints(hit, f.createPoint(c[i - 1]))[0]);
                crossed = true;
            } else {
                kept.add(c[i]);
            }
        }
        if (!crossed) {
            kept.add(DistanceOp.nearestPoints(after, end)[0]);
        }
        parts.set(parts.size() - 1, f.createLineString(kept.toArray(new Coordinate[0])));
        return parts.size() == 1 ? parts.get(0) : f.createMultiLineString(parts.toArray(new LineString[0]));
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
