/**
 * Reading GeoPackage files (OGC 12-128r18, versions 1.0–1.4) as user layers: the feature tables
 * listed in {@code gpkg_contents} and {@code gpkg_geometry_columns}, their GeoPackage binary
 * geometries decoded with JTS and reprojected from the layer's SRS to WGS84 longitude/latitude
 * with Proj4J. Files are opened read-only with sqlite-jdbc and never changed.
 *
 * <p>It lives under {@code store} because it speaks SQL. Every problem is reported as a
 * {@link org.borderwatch.store.gpkg.GeoPackageException} naming the file, the table and the row.
 * Readers are not thread-safe; read a file on a background thread.
 */
package org.borderwatch.store.gpkg;
