package org.borderwatch.store.gpkg;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Reprojects JTS geometries from one EPSG system ({@link EpsgDefinitions}) to WGS84 with
 * x = longitude and y = latitude in degrees, and checks the result lies on the globe. Z and M
 * values are left as they are, and so are the NaN coordinates of an empty point. Not thread-safe (Proj4J transforms keep state): one per thread.
 */
public final class Wgs84Reprojector {
    private final int epsg;
    private final CoordinateTransform transform;

    private Wgs84Reprojector(int epsg, CoordinateTransform transform) {
        this.epsg = epsg;
        this.transform = transform;
    }

    /**
     * A reprojector from {@code EPSG:code}.
     *
     * @throws IllegalArgumentException when the code is not supported
     */
    public static Wgs84Reprojector fromEpsg(int code) {
        String params = EpsgDefinitions.proj4(code);
        if (params == null) {
            throw new IllegalArgumentException("EPSG:" + code + " is not supported (supported: " + EpsgDefinitions.supported() + ")");
        }
        if (code == 4326) {
            return new Wgs84Reprojector(code, null);
        }
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem from = crs.createFromParameters("EPSG:" + code, params);
        CoordinateReferenceSystem to = crs.createFromParameters("EPSG:4326", EpsgDefinitions.proj4(4326));
        return new Wgs84Reprojector(code, new CoordinateTransformFactory().createTransform(from, to));
    }

    /** The source system's EPSG code. */
    public int epsg() {
        return epsg;
    }

    /**
     * A reprojected copy of {@code g} (SRID 4326); {@code g} itself is not changed.
     *
     * @throws IllegalArgumentException when a coordinate does not land within ±180° / ±90°
     */
    public Geometry toWgs84(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            private final ProjCoordinate in = new ProjCoordinate();
            private final ProjCoordinate out = new ProjCoordinate();

            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i);
                double y = seq.getY(i);
                if (Double.isNaN(x) && Double.isNaN(y)) {
                    return;
                }
                if (transform != null) {
                    in.x = x;
                    in.y = y;
                    try {
                        transform.transform(in, out);
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("the point (" + x + ", " + y + ") of EPSG:" + epsg
                                + " cannot be projected to WGS84 (" + e.getMessage() + ")");
                    }
                    x = out.x;
                    y = out.y;
                }
                if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) {
                    throw new IllegalArgumentException("the point (" + seq.getX(i) + ", " + seq.getY(i) + ") of EPSG:" + epsg
                            + " lies off the globe (longitude " + x + ", latitude " + y + ")");
                }
                seq.setOrdinate(i, 0, x);
                seq.setOrdinate(i, 1, y);
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
        copy.setSRID(4326);
        return copy;
    }
}
