package org.borderwatch.store.gpkg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a user layer.
 *
 * @param fid        the row's primary key
 * @param geometry   WGS84, x = longitude, y = latitude (degrees), SRID 4326; {@code null} when the
 *                   row has no geometry; never mutated
 * @param attributes the other columns in table order: {@link Long}, {@link Double},
 *                   {@link String}, {@code byte[]} or {@code null}; unmodifiable
 */
public record GeoPackageFeature(long fid, Geometry geometry, Map<String, Object> attributes) {
    public GeoPackageFeature {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
