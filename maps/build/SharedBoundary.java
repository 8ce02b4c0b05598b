import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The land boundary shared by two countries of the coverage built by {@link LandCoverage}.
 *
 * <p>DESIGN.md derives a border as the boundary of one country inside a ~300 m buffer of the
 * other, because independent polygons never meet exactly. In the coverage the neighbours share
 * their edges vertex for vertex, so the same test needs no tolerance: the border is the
 * intersection of the two boundaries. {@link #check} repeats the 300 m buffer test as a
 * cross-check. The pieces are merged into as few lines as possible, each running north to south,
 * northernmost first. Pieces shorter than {@code minPieceMetres} (an island split between the
 * two, a point where two coasts touch) are dropped and reported. Coordinates: WGS84 lon/lat.
 */
final class SharedBoundary {

    /** The derived line (lon/lat) and what was dropped on the way. */
    record Result(Geometry line, double droppedMetres, int droppedPieces) { }

    private final GeometryFactory factory;

    SharedBoundary(GeometryFactory factory) {
        this.factory = factory;
    }

    Result derive(Geometry a, Geometry b, double minPieceMetres) {
        Geometry shared = OverlayNGRobust.overlay(a.getBoundary(), b.getBoundary(), OverlayNG.INTERSECTION);
        LineMerger merger = new LineMerger();
        merger.add(shared);
        @SuppressWarnings("unchecked")
        Collection<LineString> merged = merger.getMergedLineStrings();
        List<LineString> kept = new ArrayList<>();
        double dropped = 0;
        int droppedPieces = 0;
        for (LineString line : merged) {
            double metres = Laea.geodesicLength(line);
            if (metres < minPieceMetres) {
                dropped += metres;
                droppedPieces++;
            } else {
                kept.add(northFirst(line));
            }
        }
        kept.sort(Comparator.comparingDouble((LineString l) -> l.getCoordinateN(0).y).reversed());
        Geometry line = kept.size() == 1 ? kept.get(0)
                : factory.createMultiLineString(kept.toArray(new LineString[0]));
        return new Result(line, dropped, droppedPieces);
    }

    /**
     * Length in metres of A's boundary within {@code bufferMetres} of B's boundary (DESIGN.md's
     * method), measured near the derived line only, as an independent check of {@link #derive}.
     */
    static double check(Geometry a, Geometry b, Geometry derived, Laea laea, double bufferMetres) {
        Geometry near = derived.getEnvelope().buffer(0.05);
        Geometry pa = laea.project(OverlayNGRobust.overlay(a.getBoundary(), near, OverlayNG.INTERSECTION));
        Geometry pb = laea.project(OverlayNGRobust.overlay(b.getBoundary(), near, OverlayNG.INTERSECTION));
        Geometry inside = pa.intersection(pb.buffer(bufferMetres, 4));
        return Laea.geodesicLength(laea.unproject(inside));
    }

    private static LineString northFirst(LineString line) {
        Coordinate first = line.getCoordinateN(0);
        Coordinate last = line.getCoordinateN(line.getNumPoints() - 1);
        return first.y >= last.y ? line : line.reverse();
    }
}
