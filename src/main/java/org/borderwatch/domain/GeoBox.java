package org.borderwatch.domain;

/**
 * A box of WGS84 positions in decimal degrees, edges included: what part of the map a query asks
 * about. Boxes do not cross the antimeridian (the region lies between 0° and 70° east).
 *
 * @param west  smallest longitude, −180 … 180
 * @param south smallest latitude, −90 … 90
 * @param east  largest longitude, ≥ west
 * @param north largest latitude, ≥ south
 */
public record GeoBox(double west, double south, double east, double north) {
    public GeoBox {
        new GeoPoint(south, west);
        new GeoPoint(north, east);
        if (east < west || north < south) {
            throw new IllegalArgumentException("a box needs west ≤ east and south ≤ north, not " + west + "…" + east
                    + " × " + south + "…" + north);
        }
    }

    /** Whether {@code p} lies in the box (edges included). */
    public boolean contains(GeoPoint p) {
        return p.lon() >= west && p.lon() <= east && p.lat() >= south && p.lat() <= north;
    }
}
