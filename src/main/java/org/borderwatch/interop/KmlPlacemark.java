package org.borderwatch.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * What {@link KmlReader} collects from one {@code Placemark} before mapping it: texts, times,
 * {@code ExtendedData} values and geometries (WGS84, x = longitude), with the position of its
 * start tag for messages.
 */
final class KmlPlacemark {
    final long line;
    final long column;
    String name;
    String description;
    String when;
    String begin;
    String end;
    final Map<String, String> data = new LinkedHashMap<>();
    final List<Geometry> geometries = new ArrayList<>();
    boolean multi;

    KmlPlacemark(long line, long column) {
        this.line = line;
        this.column = column;
    }

    /** "line:column" of the start tag. */
    String place() {
        return line + ":" + column;
    }

    /** An {@code ExtendedData} value, {@code null} when absent or empty. */
    String data(String key) {
        String v = data.get(key);
        return v == null || v.isEmpty() ? null : v;
    }
}
