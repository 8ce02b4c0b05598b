/**
 * Map layers and the geometry around them: the bundled base map read from GeoJSON into JTS,
 * projected once at load into ETRS89 / LAEA Europe (EPSG:3035), simplified per zoom level and
 * indexed with an STRtree for culling; geodesic lengths, areas and circles on the WGS84 ellipsoid.
 *
 * <p>The application starts from the compact form of the same map ({@code basemap.bwmap},
 * {@link org.borderwatch.geo.CompactMapReader}), generated from the GeoJSON by
 * {@link org.borderwatch.geo.CompactMapWriter} with the coarse levels of detail precomputed; a test
 * keeps the two identical.
 *
 * <p>Coordinates: WGS84 geometries hold x = longitude, y = latitude in degrees (GeoJSON order).
 * Projected geometries hold x = easting, y = northing in metres — note that EPSG:3035's official
 * axis order is northing, easting; this package always uses (easting, northing).
 *
 * <p>Imports no JavaFX, AWT or SQL; Jackson only in {@link org.borderwatch.geo.GeoJsonReader}.
 * Everything here is immutable after construction and safe to share between threads, unless a
 * class says otherwise.
 */
package org.borderwatch.geo;
