package org.borderwatch.store.gpkg;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * A feature table of a GeoPackage, read and reprojected to WGS84.
 *
 * @param table          the table name (what {@code gpkg_contents.table_name} says)
 * @param identifier     the human name ({@code gpkg_contents.identifier}), the table name when empty
 * @param description    {@code gpkg_contents.description}, possibly empty
 * @param geometryColumn the geometry column
 * @param geometryType   the declared type, upper case (e.g. {@code POLYGON}, {@code GEOMETRY})
 * @param sourceEpsg     the EPSG code the file stores the geometries in
 * @param attributeNames the non-geometry columns in table order, the primary key excluded
 * @param features       every row in primary-key order
 * @param bounds         WGS84 bounds of all geometries (x = longitude), empty when there are none
 * @param skipped        rows left out, by reason ("a line of one point", "a CircularString (…)"): what
 *                       is no shape, or a curve, is not drawn as something else
 * @param repaired       areas that crossed themselves, repaired with JTS's {@code GeometryFixer}
 */
public record GeoPackageLayer(String table, String identifier, String description, String geometryColumn,
                              String geometryType, int sourceEpsg, List<String> attributeNames,
                              List<GeoPackageFeature> features, Envelope bounds, Map<String, Integer> skipped,
                              int repaired) {
    public GeoPackageLayer {
        identifier = identifier == null || identifier.isBlank() ? table : identifier;
        description = description == null ? "" : description;
        attributeNames = List.copyOf(attributeNames);
        features = List.copyOf(features);
        bounds = new Envelope(bounds);
        skipped = Map.copyOf(skipped);
    }

    /**
     * What was left out or repaired, in one sentence for the user ("table patrol: 2 rows left out
     * (1 a line of one point, 1 a CircularString …); 1 area repaired"), or empty when nothing was.
     */
    public String notes() {
        if (skipped.isEmpty() && repaired == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("table ").append(table).append(": ");
        if (!skipped.isEmpty()) {
            int n = skipped.values().stream().mapToInt(Integer::intValue).sum();
            sb.append(n).append(n == 1 ? " row left out (" : " rows left out (");
            sb.append(String.join("; ", new java.util.TreeMap<>(skipped).entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).toList())).append(')');
        }
        if (repaired > 0) {
            sb.append(skipped.isEmpty() ? "" : "; ").append(repaired).append(repaired == 1
                    ? " area that crossed itself repaired" : " areas that crossed themselves repaired");
        }
        return sb.toString();
    }

    /** A copy, so the record stays immutable. */
    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }
}
