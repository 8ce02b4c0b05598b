package org.borderwatch.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * One base-map layer, projected to EPSG:3035 once, with level-of-detail copies and a spatial index.
 *
 * <p>Level of detail: level k is simplified with a tolerance of {@link #TOLERANCES}[k] metres
 * (Douglas–Peucker). {@link #query} picks the coarsest level whose tolerance is at most half a
 * pixel, so what is dropped can never be seen. Douglas–Peucker may let a ring touch itself where
 * it narrows below the tolerance; at half a pixel that cannot be seen either, and it is several
 * times faster than JTS' TopologyPreservingSimplifier, which kept the first frame waiting for
 * seconds. Levels are built on first use, on the calling (painting) thread.
 *
 * <p>Culling: each level keeps an {@link STRtree} of its pieces. Lines are cut into pieces of at
 * most {@value #PIECE_VERTICES} vertices so a close zoom touches only what is on screen.
 *
 * <p>A layer read from the bundled compact map ({@link CompactMapReader}) carries its coarse
 * levels precomputed (the same Douglas–Peucker result, stored as indices of the kept vertices) and
 * decodes each on first use in milliseconds; only the full-detail level is cut at run time.
 *
 * <p>Thread-safe: queries may run on several painting threads at once (STRtree queries are
 * thread-safe once built; a level built twice by a race is harmless, the first one wins).
 */
public final class MapLayer {
    /** Simplification tolerances of the levels, coarsest first, in metres. */
    public static final double[] TOLERANCES = {4000, 1000, 250, 60, 15, 0};
    static final int PIECE_VERTICES = 256;

    /**
     * A feature: the WGS84 source geometry (x = longitude, y = latitude, degrees), its projection
     * to EPSG:3035 (x = easting, y = northing, metres), and its properties. A feature of the
     * compact map decodes both geometries on first use and keeps them; until then it holds only
     * its projected bounds. Equality is identity. Thread-safe.
     */
    public static final class Feature {
        private final Map<String, Object> properties;
        private final Supplier<Geometry> source;
        private final Envelope projectedBounds;
        private volatile Geometry wgs84;
        private volatile Geometry projected;

        /** A feature whose geometries are already at hand. */
        public Feature(Geometry wgs84, Geometry projected, Map<String, Object> properties) {
            this.wgs84 = Objects.requireNonNull(wgs84, "wgs84");
            this.projected = Objects.requireNonNull(projected, "projected");
            this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
            this.source = () -> this.wgs84;
            this.projectedBounds = projected.getEnvelopeInternal();
        }

        /** A feature whose WGS84 geometry {@code source} decodes on first use; {@code projectedBounds} in metres. */
        Feature(Supplier<Geometry> source, Envelope projectedBounds, Map<String, Object> properties) {
            this.source = Objects.requireNonNull(source, "source");
            this.projectedBounds = new Envelope(projectedBounds);
            this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }

        /** The source geometry in WGS84 degrees (lon, lat). */
        public Geometry wgs84() {
            Geometry g = wgs84;
            if (g == null) {
                g = source.get();
                wgs84 = g;
            }
            return g;
        }

        /** The geometry projected to EPSG:3035 metres (easting, northing), every vertex kept. */
        public Geometry projected() {
            Geometry g = projected;
            if (g == null) {
                g = MapProjection.forward(wgs84());
                projected = g;
            }
            return g;
        }

        /** Bounds of {@link #projected()} in metres, known without decoding the geometry. */
        public Envelope projectedBounds() {
            return new Envelope(projectedBounds);
        }

        /** The properties as read (strings, numbers, booleans, nulls), in file order; unmodifiable. */
        public Map<String, Object> properties() {
            return properties;
        }

        /** A property as text, or {@code ""}. */
        public String text(String key) {
            Object v = properties.get(key);
            return v == null ? "" : v.toString();
        }

        @Override
        public String toString() {
            return "Feature" + properties;
        }
    }

    /** A drawable piece of a feature at one level: projected geometry plus the feature it belongs to. */
    public record Piece(Geometry geometry, Feature feature) {
    }

    private final String id;
    private final List<Feature> features;
    private final Envelope extent;
    private final AtomicReferenceArray<STRtree> levels = new AtomicReferenceArray<>(TOLERANCES.length);
    private final IntFunction<List<Piece>> precomputed;

    /** A layer whose levels are simplified from the features' projected geometries on first use. */
    public MapLayer(String id, List<Feature> features) {
        this(id, features, k -> null);
    }

    /**
     * A layer whose level {@code k} comes from {@code precomputed.apply(k)} (pieces in drawing
     * order), or is simplified at run time when that gives {@code null}.
     */
    MapLayer(String id, List<Feature> features, IntFunction<List<Piece>> precomputed) {
        this.id = id;
        this.features = List.copyOf(features);
        this.precomputed = precomputed;
        Envelope e = new Envelope();
        for (Feature f : features) {
            e.expandToInclude(f.projectedBounds);
        }
        this.extent = e;
    }

    public String id() {
        return id;
    }

    public List<Feature> features() {
        return features;
    }

    /** Projected bounds of the whole layer. */
    public Envelope extent() {
        return extent;
    }

    /** Index of the level used at {@code metresPerPixel}: the coarsest with tolerance ≤ half a pixel. */
    public static int levelFor(double metresPerPixel) {
        for (int k = 0; k < TOLERANCES.length; k++) {
            if (TOLERANCES[k] <= metresPerPixel / 2) {
                return k;
            }
        }
        return TOLERANCES.length - 1;
    }

    /**
     * The pieces to draw for a view: those whose bounds meet {@code view} (projected metres), at the
     * level of detail for {@code metresPerPixel}. Order: feature order, so fills stack as in the file.
     */
    public List<Piece> query(Envelope view, double metresPerPixel) {
        return query(view, levelFor(metresPerPixel));
    }

    /** Pieces of a level, built on first use. */
    STRtree level(int k) {
        STRtree tree = levels.get(k);
        if (tree == null) {
            List<Piece> stored = precomputed.apply(k);
            tree = stored != null ? index(stored) : index(simplified(TOLERANCES[k]));
            if (!levels.compareAndSet(k, null, tree)) {
                tree = levels.get(k);
            }
        }
        return tree;
    }

    /** Every piece of level {@code k} in drawing order. */
    List<Piece> pieces(int k) {
        return query(extent, k);
    }

    private List<Piece> query(Envelope view, int k) {
        @SuppressWarnings("unchecked")
        List<Object[]> hits = level(k).query(view);
        hits.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        List<Piece> out = new ArrayList<>(hits.size());
        for (Object[] h : hits) {
            out.add((Piece) h[1]);
        }
        return out;
    }

    private static STRtree index(List<Piece> pieces) {
        STRtree tree = new STRtree();
        int order = 0;
        for (Piece p : pieces) {
            tree.insert(p.geometry().getEnvelopeInternal(), new Object[] {order++, p});
        }
        tree.build();
        return tree;
    }

    /** Douglas–Peucker at {@code tolerance} metres (0: every vertex), cut into pieces, in feature order. */
    List<Piece> simplified(double tolerance) {
        List<Piece> out = new ArrayList<>();
        for (Feature f : features) {
            Geometry g = f.projected();
            if (tolerance > 0) {
                DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(g);
                simplifier.setDistanceTolerance(tolerance);
                simplifier.setEnsureValid(false);
                g = simplifier.getResultGeometry();
            }
            if (g.isEmpty()) {
                continue;
            }
            for (Geometry piece : pieces(g)) {
                out.add(new Piece(piece, f));
            }
        }
        return out;
    }

    /** Polygons stay whole (a fill needs the ring); lines are cut into short runs for culling. */
    private static List<Geometry> pieces(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        GeometryFactory gf = g.getFactory();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon) {
                out.add(part);
            } else if (part instanceof LineString line) {
                var cs = line.getCoordinates();
                for (int start = 0; start < cs.length - 1; start += PIECE_VERTICES - 1) {
                    int end = Math.min(cs.length, start + PIECE_VERTICES);
                    out.add(gf.createLineString(java.util.Arrays.copyOfRange(cs, start, end)));
                }
            } else if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }
}
