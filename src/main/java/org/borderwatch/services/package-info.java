/**
 * The services the window and the command line share: importing files into the store (ACLED CSV,
 * GeoJSON, KML), exporting it (bundle JSON, GeoJSON, KML), and reading map layer files
 * (GeoPackage). Both {@code ui} and {@code cli} call these; this package depends on neither, so
 * the window never reaches into the command line.
 *
 * <p>Every method here does disk I/O and may take seconds: call it on a background thread, never
 * on the JavaFX Application Thread. Imports are one transaction each (all of a file or nothing);
 * exports are written next to their destination and moved into place.
 */
package org.borderwatch.services;
