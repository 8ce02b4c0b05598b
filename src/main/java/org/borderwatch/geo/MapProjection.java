package org.borderwatch.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The map CRS: ETRS89 / LAEA Europe (EPSG:3035), the EU's equal-area frame, through Proj4J.
 *
 * <p>{@link #forward} takes WGS84 (longitude, latitude) in degrees and gives (easting, northing)
 * in metres; {@link #inverse} goes back. EPSG:3035's official axis order is (northing, easting):
 * this class always speaks (easting, northing) so that x grows to the east on screen.
 *
 * <p>Thread-safe: each thread gets its own Proj4J transforms (they keep scratch state).
 */
public final class MapProjection {
    /** EPSG:3035 as a PROJ definition (GRS80, ETRS89 ≈ WGS84 at map accuracy). */
    public static final String EPSG_3035 =
            "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";

    private static final ThreadLocal<Transforms> TRANSFORMS = ThreadLocal.withInitial(Transforms::new);

    private MapProjection() {
    }

    /** WGS84 degrees (lon, lat) → EPSG:3035 metres (easting, northing). */
    public static Coordinate forward(double lon, double lat) {
        Transforms t = TRANSFORMS.get();
        t.in.x = lon;
        t.in.y = lat;
        t.toMap.transform(t.in, t.out);
        return new Coordinate(t.out.x, t.out.y);
    }

    /**
     * Projects {@code count} WGS84 positions of {@code lonLat} (lon, lat pairs, degrees) from pair
     * {@code from} into {@code out} (easting, northing pairs, metres) from pair {@code to}; each
     * result is exactly what {@link #forward(double, double)} gives.
     */
    public static void forward(double[] lonLat, int from, double[] out, int to, int count) {
        Transforms t = TRANSFORMS.get();
        for (int i = 0; i < count; i++) {
            t.in.x = lonLat[2 * (from + i)];
            t.in.y = lonLat[2 * (from + i) + 1];
            t.toMap.transform(t.in, t.out);
            out[2 * (to + i)] = t.out.x;
            out[2 * (to + i) + 1] = t.out.y;
        }
    }

    /** EPSG:3035 metres (easting, northing) → WGS84 degrees (lon, lat). */
    public static Coordinate inverse(double easting, double northing) {
        Transforms t = TRANSFORMS.get();
        t.in.x = easting;
        t.in.y = northing;
        t.toGeo.transform(t.in, t.out);
        return new Coordinate(t.out.x, t.out.y);
    }

    /** A projected copy of a WGS84 geometry; the argument is not changed. */
    public static Geometry forward(Geometry wgs84) {
        return transformed(wgs84, true);
    }

    /** A WGS84 copy of a projected geometry; the argument is not changed. */
    public static Geometry inverse(Geometry projected) {
        return transformed(projected, false);
    }

    private static Geometry transformed(Geometry source, boolean toMap) {
        Geometry copy = source.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate p = toMap ? forward(seq.getX(i), seq.getY(i)) : inverse(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, p.x);
                seq.setOrdinate(i, 1, p.y);
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

    private static final class Transforms {
        final CoordinateTransform toMap;
        final CoordinateTransform toGeo;
        final ProjCoordinate in = new ProjCoordinate();
        final ProjCoordinate out = new ProjCoordinate();

        Transforms() {
            CRSFactory crs = new CRSFactory();
            CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
            CoordinateReferenceSystem laea = crs.createFromParameters("EPSG:3035", EPSG_3035);
            CoordinateTransformFactory f = new CoordinateTransformFactory();
            toMap = f.createTransform(wgs84, laea);
            toGeo = f.createTransform(laea, wgs84);
        }
    }
}
