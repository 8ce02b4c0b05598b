package org.borderwatch.render;

import java.util.Locale;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The named views of the map: both borders, the Finnish–Russian border, the Polish–Belarusian one.
 * Each border's view is its line's extent (27.8–31.6°E, 60.5–69.1°N; 23.2–23.9°E, 51.5–54.0°N in the
 * bundled map) with a margin of about a twentieth of its length, so the border fills the frame from
 * end to end; sideways the frame shows as much of both countries as its shape allows.
 */
public enum ViewPreset {
    BOTH("both", "Both borders", 21.0, 51.0, 31.5, 70.2),
    FINLAND("finland", "Finland–Russia", 26.7, 60.05, 32.7, 69.5),
    POLAND("poland", "Poland–Belarus", 22.4, 51.35, 24.7, 54.12);

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

    /**
     * The preset's area in EPSG:3035 metres: centred on the projected centre of its lon/lat box and
     * large enough to hold the whole box. (The plain projected bounds of the box would lean east:
     * in LAEA Europe the meridians east of 10°E fan out towards the south-east.)
     */
    public Envelope extent() {
        Coordinate c = MapProjection.forward((west + east) / 2, (south + north) / 2);
        Envelope box = bounds();
        double hw = Math.max(c.x - box.getMinX(), box.getMaxX() - c.x);
        double hh = Math.max(c.y - box.getMinY(), box.getMaxY() - c.y);
        return new Envelope(c.x - hw, c.x + hw, c.y - hh, c.y + hh);
    }

    private Envelope bounds() {
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

    /**
     * The views a slide of this preset shows side by side: both borders as two panels, each at its
     * own scale; a border alone as itself.
     */
    public java.util.List<ViewPreset> panels() {
        return this == BOTH ? java.util.List.of(FINLAND, POLAND) : java.util.List.of(this);
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
