package org.borderwatch.render;

import java.util.Locale;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** The named views of the map: both borders, the Finnish–Russian border, the Polish–Belarusian one. */
public enum ViewPreset {
    BOTH("both", "Both borders", 19.5, 49.6, 33.5, 70.2),
    FINLAND("finland", "Finland–Russia", 24.5, 59.6, 32.5, 70.1),
    POLAND("poland", "Poland–Belarus", 21.8, 50.9, 25.2, 54.5);

    private final String code;
    private final String label;
    private final double west;
    private final double south;
    private final double east;
    private final double north;

    ViewPreset(String code, String label, double west, double south, double east, double north) {
        this.code = code;
        this.label = label;
        this.west = west;
        this.south = south;
        this.east = east;
        this.north = north;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The preset's area in EPSG:3035 metres (the projected bounds of its lon/lat box). */
    public Envelope extent() {
        Envelope e = new Envelope();
        int n = 16;
        for (int i = 0; i <= n; i++) {
            double lon = west + (east - west) * i / n;
            double lat = south + (north - south) * i / n;
            for (Coordinate c : new Coordinate[] {MapProjection.forward(lon, south), MapProjection.forward(lon, north),
                    MapProjection.forward(west, lat), MapProjection.forward(east, lat)}) {
                e.expandToInclude(c);
            }
        }
        return e;
    }

    /** A viewport of the given size that shows this preset. */
    public Viewport viewport(int width, int height) {
        return Viewport.fit(extent(), width, height, 0.02);
    }

    public static ViewPreset parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ViewPreset p : values()) {
            if (p.code.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown view '" + text + "' (expected both, finland or poland)");
    }
}
