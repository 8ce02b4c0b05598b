package org.borderwatch.interop;

import java.util.Locale;
import org.borderwatch.domain.Border;

/**
 * Decides which frontier a place belongs to: a point within {@value #REACH_KM} km of a border
 * line, in one of the two countries on that line, belongs to that border; anything else is
 * {@link Border#OTHER} (kept, and filterable).
 *
 * <p>The border lines are coarse polylines through the crossings and the ends of each border
 * (WGS84 lat/lon, degrees), good to about 20 km, which the 100 km reach absorbs. Distances use an
 * equirectangular approximation around the point (error well under 1 % at these distances).
 * Thread-safe: no state.
 */
public final class BorderRegions {
    /** How far from a border line a place still belongs to that border, in km. */
    public static final double REACH_KM = 100;

    /**
     * Finland–Russia, south to north: the Gulf of Finland coast at Virolahti, Vaalimaa, Nuijamaa,
     * Imatra, Parikkala, Niirala, the eastern tip at Hattuvaara, Kuhmo, Vartius, Kuusamo, Salla,
     * Savukoski, Raja-Jooseppi and the Finland–Norway–Russia tripoint. {lat, lon} pairs.
     */
    private static final double[][] FI_RU = {
        {60.50, 27.75}, {60.60, 27.81}, {60.96, 28.55}, {61.15, 28.85}, {61.57, 29.62},
        {62.17, 30.63}, {62.90, 31.58}, {63.60, 30.65}, {64.10, 30.55}, {64.55, 29.99},
        {65.30, 29.75}, {66.05, 29.15}, {66.83, 29.35}, {67.60, 29.95}, {68.20, 28.70},
        {68.48, 28.33}, {68.86, 28.45}, {69.05, 28.93}};

    /**
     * Poland–Belarus, north to south: the Lithuania tripoint, Kuźnica, Bobrowniki, Białowieża
     * Forest, Połowce, Terespol, Sławatycze and the Ukraine tripoint on the Bug. {lat, lon} pairs.
     */
    private static final double[][] PL_BY = {
        {53.95, 23.51}, {53.51, 23.68}, {53.14, 23.94}, {52.75, 23.93}, {52.38, 23.46},
        {52.07, 23.65}, {51.75, 23.59}, {51.50, 23.64}};

    /** The lines, their borders and boxes, at index group − 1 ({@link #FINLAND_OR_RUSSIA}, then Poland–Belarus). */
    private static final double[][][] LINES = {FI_RU, PL_BY};
    private static final Border[] BORDERS = {Border.FI_RU, Border.PL_BY};
    private static final double[][] BOXES = {box(FI_RU), box(PL_BY)};

    private BorderRegions() {
    }

    /**
     * The border of a place.
     *
     * @param lat     latitude in degrees
     * @param lon     longitude in degrees
     * @param country the country name (English, as ACLED writes it) or ISO 3166 alpha-3 or
     *                numeric code; {@code null} or empty to decide by distance alone
     */
    public static Border of(double lat, double lon, String country) {
        return of(lat, lon, group(country));
    }

    /** Countries on no border. */
    static final int NEITHER = 0;
    /** Finland or Russia. */
    static final int FINLAND_OR_RUSSIA = 1;
    /** Poland or Belarus. */
    static final int POLAND_OR_BELARUS = 2;
    /** No country given: decide by distance alone. */
    static final int ANY = 3;

    /** Which border a country name or code may belong to: {@link #NEITHER} … {@link #ANY}. */
    static int group(String country) {
        String c = country == null ? "" : country.trim().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) {
            return ANY;
        }
        return isFinlandOrRussia(c) ? FINLAND_OR_RUSSIA : isPolandOrBelarus(c) ? POLAND_OR_BELARUS : NEITHER;
    }

    /** As {@link #of(double, double, String)} for a country already put in its {@link #group(String)}. */
    static Border of(double lat, double lon, int group) {
        // in this order: a place near both lines (none is) would belong to Finland–Russia
        for (int i = 0; i < LINES.length; i++) {
            if ((group == ANY || group == i + 1) && near(lat, lon, BOXES[i]) && within(lat, lon, LINES[i])) {
                return BORDERS[i];
            }
        }
        return Border.OTHER;
    }

    /**
     * The line's bounding box grown by one degree of latitude (111 km) and three of longitude
     * (over 100 km up to 70° N, beyond the northernmost box): a point outside it is farther than
     * {@link #REACH_KM} from the line. {south, north, west, east}.
     */
    private static double[] box(double[][] line) {
        double s = 90;
        double n = -90;
        double w = 180;
        double e = -180;
        for (double[] p : line) {
            s = Math.min(s, p[0]);
            n = Math.max(n, p[0]);
            w = Math.min(w, p[1]);
            e = Math.max(e, p[1]);
        }
        return new double[] {s - 1, n + 1, w - 3, e + 3};
    }

    private static boolean near(double lat, double lon, double[] box) {
        return lat >= box[0] && lat <= box[1] && lon >= box[2] && lon <= box[3];
    }

    private static boolean isFinlandOrRussia(String c) {
        return switch (c) {
            case "finland", "fin", "246", "russia", "rus", "643", "russian federation" -> true;
            default -> false;
        };
    }

    private static boolean isPolandOrBelarus(String c) {
        return switch (c) {
            case "poland", "pol", "616", "belarus", "blr", "112" -> true;
            default -> false;
        };
    }

    /**
     * True when the shortest distance from the point to the polyline is at most {@link #REACH_KM};
     * done with as soon as one segment is near enough. Squared distances are compared, and the
     * root taken of the least only when none is: the root rounds monotonically, so the result is
     * that of comparing every root.
     */
    private static boolean within(double lat, double lon, double[][] line) {
        double kx = 111.320 * Math.cos(Math.toRadians(lat));
        double ky = 110.574;
        double reach2 = REACH_KM * REACH_KM;
        double best = Double.MAX_VALUE;
        double ax = (line[0][1] - lon) * kx;
        double ay = (line[0][0] - lat) * ky;
        for (int i = 1; i < line.length; i++) {
            double bx = (line[i][1] - lon) * kx;
            double by = (line[i][0] - lat) * ky;
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            double px = ax + t * dx;
            double py = ay + t * dy;
            double d2 = px * px + py * py;
            if (d2 <= reach2) {
                // the root rounds monotonically and REACH_KM² is exact: the root is at most REACH_KM
                return true;
            }
            best = Math.min(best, d2);
            ax = bx;
            ay = by;
        }
        return Math.sqrt(best) <= REACH_KM;
    }
}
