/**
 * JSON as every part of Borderwatch reads and writes it: the one Jackson configuration
 * ({@link org.borderwatch.json.Json}) and the one GeoJSON geometry codec
 * ({@link org.borderwatch.json.GeoJsonGeometry}) that the base map, the store's bundles, the
 * GeoJSON import and export and the command line's JSON output share.
 *
 * <p>Depends only on Jackson and JTS. Everything here is stateless and thread-safe.
 */
package org.borderwatch.json;
