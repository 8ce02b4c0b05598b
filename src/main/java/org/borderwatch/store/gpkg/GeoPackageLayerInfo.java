package org.borderwatch.store.gpkg;

/**
 * A feature table listed in a GeoPackage, before its rows are read.
 *
 * @param table          table name
 * @param identifier     human name (the table name when the file gives none)
 * @param geometryColumn geometry column
 * @param geometryType   declared geometry type, upper case
 * @param srsId          the file's {@code srs_id}
 * @param organization   the SRS's organisation (e.g. {@code EPSG}), or {@code null}
 * @param organizationId the SRS's code in that organisation
 */
public record GeoPackageLayerInfo(String table, String identifier, String geometryColumn, String geometryType,
                                  int srsId, String organization, int organizationId) {
    public GeoPackageLayerInfo {
        identifier = identifier == null || identifier.isBlank() ? table : identifier;
    }
}
