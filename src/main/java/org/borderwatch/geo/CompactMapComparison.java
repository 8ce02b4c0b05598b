package org.borderwatch.geo;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proof that two base maps are the same map: the same layers and features, equal properties,
 * WGS84 and projected geometries equal vertex for vertex (exact doubles), equal projected bounds,
 * and at every level of detail the same pieces in the same order from the same features.
 */
final class CompactMapComparison {
    private CompactMapComparison() {
    }

    /** Throws {@link IllegalStateException} naming the first difference. */
    static void requireSame(BaseMap expected, BaseMap actual) {
        List<MapLayer> a = CompactMapWriter.layers(expected);
        List<MapLayer> b = CompactMapWriter.layers(actual);
        for (int l = 0; l < a.size(); l++) {
            layer(a.get(l), b.get(l));
        }
    }

    private static void layer(MapLayer a, MapLayer b) {
        String id = a.id();
        check(id.equals(b.id()), id, "layer id " + b.id());
        check(a.features().size() == b.features().size(), id, "feature count " + b.features().size());
        check(a.extent().equals(b.extent()), id, "extent " + b.extent());
        Map<MapLayer.Feature, Integer> indexA = new IdentityHashMap<>();
        Map<MapLayer.Feature, Integer> indexB = new IdentityHashMap<>();
        for (int i = 0; i < a.features().size(); i++) {
            MapLayer.Feature fa = a.features().get(i);
            MapLayer.Feature fb = b.features().get(i);
            indexA.put(fa, i);
            indexB.put(fb, i);
            String where = id + " feature " + i;
            check(Objects.equals(fa.properties(), fb.properties()), where, "properties " + fb.properties());
            check(fa.wgs84().equalsExact(fb.wgs84()), where, "WGS84 geometry");
            check(fa.projected().equalsExact(fb.projected()), where, "projected geometry");
            check(fa.projectedBounds().equals(fb.projectedBounds()), where, "projected bounds");
        }
        for (int k = 0; k < MapLayer.TOLERANCES.length; k++) {
            List<MapLayer.Piece> pa = a.pieces(k);
            List<MapLayer.Piece> pb = b.pieces(k);
            String where = id + " level " + k;
            check(pa.size() == pb.size(), where, pb.size() + " pieces instead of " + pa.size());
            for (int i = 0; i < pa.size(); i++) {
                check(indexA.get(pa.get(i).feature()).equals(indexB.get(pb.get(i).feature())), where,
                        "piece " + i + " belongs to another feature");
                check(pa.get(i).geometry().equalsExact(pb.get(i).geometry()), where, "piece " + i + " differs");
            }
        }
    }

    private static void check(boolean same, String where, String what) {
        if (!same) {
            throw new IllegalStateException(where + ": the compact map differs: " + what);
        }
    }
}
