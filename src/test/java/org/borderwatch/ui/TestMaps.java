package org.borderwatch.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.borderwatch.geo.BaseMap;

/**
 * A small hand-made base map for window tests: the two border lines simplified to a dozen points
 * each and four box-shaped countries. Window tests check what lies over the map (crossings,
 * events, picking, centring), which needs the map's frame and projection but not its detail, and
 * a small map keeps each frame cheap.
 */
final class TestMaps {
    /** The simplified Finnish–Russian line, (lon, lat), south to north. */
    private static final double[][] FI_RU = {
        {27.60, 60.45}, {27.85, 60.59}, {28.35, 60.85}, {28.80, 61.12}, {29.60, 61.60}, {30.62, 62.17},
        {31.20, 63.00}, {30.00, 64.55}, {29.70, 65.50}, {29.30, 66.80}, {28.90, 68.00}, {28.40, 68.50}, {28.60, 69.00},
    };
    /** The simplified Polish–Belarusian line, (lon, lat), north to south. */
    private static final double[][] PL_BY = {
        {23.50, 54.30}, {23.70, 53.50}, {23.90, 52.80}, {23.60, 52.10}, {23.70, 51.50},
    };

    private TestMaps() {
    }

    static BaseMap simplified() throws IOException {
        Map<String, String> files = Map.of(
                BaseMap.COUNTRIES, collection(country("FI", "Finland", 20.5, 59.7, 29.0, 70.0)
                        + "," + country("RU", "Russia", 29.0, 59.7, 36.0, 70.0)
                        + "," + country("PL", "Poland", 14.0, 49.0, 23.6, 54.8)
                        + "," + country("BY", "Belarus", 23.6, 51.3, 32.0, 56.0)),
                BaseMap.LAKES, collection(""),
                BaseMap.RIVERS, collection(""),
                BaseMap.BORDER_FI_RU, collection(line(FI_RU)),
                BaseMap.BORDER_PL_BY, collection(line(PL_BY)));
        return BaseMap.load(name -> new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)));
    }

    private static String collection(String features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}";
    }

    private static String country(String iso, String name, double w, double s, double e, double n) {
        return "{\"type\":\"Feature\",\"properties\":{\"iso_a2\":\"" + iso + "\",\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + w + "," + s + "],[" + e + "," + s + "],["
                + e + "," + n + "],[" + w + "," + n + "],[" + w + "," + s + "]]]}}";
    }

    private static String line(double[][] pts) {
        StringBuilder sb = new StringBuilder("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < pts.length; i++) {
            sb.append(i == 0 ? "" : ",").append('[').append(pts[i][0]).append(',').append(pts[i][1]).append(']');
        }
        return sb.append("]}}").toString();
    }
}
