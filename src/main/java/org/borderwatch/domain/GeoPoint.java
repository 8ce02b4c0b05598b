package org.borderwatch.domain;

/**
 * A WGS84 position in decimal degrees. Latitude first, as people write it; GeoJSON and the
 * map CRS use longitude first, so convert explicitly.
 *
 * @param lat latitude in degrees, −90 … 90
 * @param lon longitude in degrees, −180 … 180
 */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("latitude " + lat + " is outside −90…90");
        }
        if (!(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("longitude " + lon + " is outside −180…180");
        }
    }
}
