import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Projection between WGS84 longitude/latitude (degrees) and ETRS89 / LAEA Europe (EPSG:3035,
 * metres, here in easting/northing order), used only where the build needs metric tolerances
 * (the 300 m buffer of the shared-boundary test). Lengths are measured geodesically on the WGS84
 * ellipsoid, never in the plane. Not thread-safe (the Proj4J transforms keep state).
 */
final class Laea {

    private static final String LAEA = "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000"
            + " +ellps=GRS80 +units=m +no_defs";
    private static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";

    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;

    Laea() {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem geo = crs.createFromParameters("WGS84", WGS84);
        CoordinateReferenceSystem laea = crs.createFromParameters("EPSG:3035", LAEA);
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        forward = f.createTransform(geo, laea);
        inverse = f.createTransform(laea, geo);
    }

    /** A projected copy of a longitude/latitude geometry. */
    Geometry project(Geometry lonLat) {
        return apply(lonLat, forward);
    }

    /** A longitude/latitude copy of a projected geometry. */
    Geometry unproject(Geometry projected) {
        return apply(projected, inverse);
    }

    private static Geometry apply(Geometry g, CoordinateTransform t) {
        Geometry copy = g.copy();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
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
        copy.geometryChanged();
        return copy;
    }

    /** Geodesic length in metres on the WGS84 ellipsoid of the lines in a lon/lat geometry. */
    static double geodesicLength(Geometry lonLat) {
        double sum = 0;
        for (Object o : LinearComponentExtracter.getLines(lonLat)) {
            Coordinate[] c = ((LineString) o).getCoordinates();
            for (int i = 1; i < c.length; i++) {
                sum += Geodesic.WGS84.Inverse(c[i - 1].y, c[i - 1].x, c[i].y, c[i].x,
                        GeodesicMask.DISTANCE).s12;
            }
        }
        return sum;
    }
}
