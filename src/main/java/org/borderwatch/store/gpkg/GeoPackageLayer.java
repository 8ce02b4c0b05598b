package org.borderwatch.store.gpkg;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A feature table of a GeoPackage, read and reprojected to WGS84.
 *
 * @param table          the table name (what {@code gpkg_contents.table_name} says)
 * @param identifier     the human name ({@code gpkg_contents.identifier}), the table name when empty
 * @param description    {@code gpkg_contents.description}, possibly empty
 * @param geometryColumn the geometry column
 * @param geometryType   the declared type, upper case (e.g. {@code POLYGON}, {@code GEOMETRY})
 * @param sourceEpsg     the EPSG code the file stores the geometries in
 * @param attributeNames the non-geometry columns in table order, the primary key excluded
 * @param features       every row in primary-key order
 * @param bounds         WGS84 bounds of all geometries (x = longitude), empty when there are none
 */
public record GeoPackageLayer(String table, String identifier, String description, String geometryColumn,
                              String geometryType, int sourceEpsg, List<String> attributeNames,
                              List<GeoPackageFeature> features, Envelope bounds) {
    public GeoPackageLayer {
        identifier = identifier == null || identifier.isBlank() ? table : identifier;
        description = description == null ? "" : description;
        attributeNames = List.copyOf(attributeNames);
        features = List.copyOf(features);
        bounds = new Envelope(bounds);
    }

    /** A copy, so the record stays immutable. */
    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }
}
