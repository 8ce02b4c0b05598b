package org.borderwatch.store.gpkg;

import java.util.Map;
import java.util.TreeMap;

/**
 * PROJ.4 parameters for the EPSG coordinate systems a user layer may come in. Proj4J's
 * {@code CRSFactory.createFromName("EPSG:…")} needs the separate {@code proj4j-epsg} database,
 * which this project does not ship, so the systems that matter here are listed with the same
 * parameters PROJ 9 gives ({@code gdalsrsinfo -o proj4 EPSG:n}):
 *
 * <ul>
 *   <li>4326 WGS 84 and 4258 ETRS89 (geographic, x = longitude);</li>
 *   <li>3067 ETRS-TM35FIN and 3873–3885 ETRS-GK19…GK31 (Finland);</li>
 *   <li>2180 PL-1992 and 2176–2179 PL-2000 zones 5–8 (Poland);</li>
 *   <li>3035 ETRS89-LAEA Europe; 3857 Web Mercator; 3395 World Mercator;</li>
 *   <li>32601–32660 and 32701–32760 WGS 84 / UTM; 25828–25838 ETRS89 / UTM.</li>
 * </ul>
 *
 * ETRS89 is taken equal to WGS 84 (they differ by well under a metre here, below what a user
 * layer is drawn at). Thread-safe: immutable.
 */
public final class EpsgDefinitions {
    private static final String GRS80 = " +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
    private static final Map<Integer, String> FIXED = new TreeMap<>(Map.of(
            4326, "+proj=longlat +datum=WGS84 +no_defs",
            4258, "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs",
            3067, "+proj=utm +zone=35" + GRS80,
            2180, "+proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 +y_0=-5300000" + GRS80,
            3035, "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000" + GRS80,
            3857, "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs",
            3395, "+proj=merc +lon_0=0 +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"));

    private EpsgDefinitions() {
    }

    /** The PROJ.4 parameters of {@code EPSG:code}, or {@code null} when not supported. */
    public static String proj4(int code) {
        String fixed = FIXED.get(code);
        if (fixed != null) {
            return fixed;
        }
        if (code >= 32601 && code <= 32660) {
            return "+proj=utm +zone=" + (code - 32600) + " +datum=WGS84 +units=m +no_defs";
        }
        if (code >= 32701 && code <= 32760) {
            return "+proj=utm +zone=" + (code - 32700) + " +south +datum=WGS84 +units=m +no_defs";
        }
        if (code >= 25828 && code <= 25838) {
            return "+proj=utm +zone=" + (code - 25800) + GRS80;
        }
        if (code >= 3873 && code <= 3885) {
            int zone = code - 3873 + 19;
            return "+proj=tmerc +lat_0=0 +lon_0=" + zone + " +k=1 +x_0=" + (zone * 1_000_000 + 500_000) + " +y_0=0" + GRS80;
        }
        if (code >= 2176 && code <= 2179) {
            int zone = code - 2176 + 5;
            return "+proj=tmerc +lat_0=0 +lon_0=" + (zone * 3) + " +k=0.999923 +x_0=" + (zone * 1_000_000 + 500_000)
                    + " +y_0=0" + GRS80;
        }
        return null;
    }

    /** True for a geographic (degrees) system. */
    public static boolean isGeographic(int code) {
        return code == 4326 || code == 4258;
    }

    /** A phrase listing what is supported, for error messages. */
    public static String supported() {
        return "EPSG:4326, 4258, 3067, 3873–3885, 2180, 2176–2179, 3035, 3857, 3395, 326xx/327xx (UTM), 258xx (ETRS89 UTM)";
    }
}
