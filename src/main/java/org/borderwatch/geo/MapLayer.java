package org.borderwatch.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * <p>Thread-safe: queries may run on several painting threads at once (STRtree queries are
 * thread-safe once built; a level built twice by a race is harmless, the first one wins).
 */
public final class MapLayer {
    /** Simplification tolerances of the levels, coarsest first, in metres. */
    public static final double[] TOLERANCES = {4000, 1000, 250, 60, 15, 0};
    static final int PIECE_VERTICES = 256;

    /** A feature: the WGS84 source geometry, its projection, and its properties. */
    public record Feature(Geometry wgs84, Geometry projected, Map<String, Object> properties) {
        /** A property as text, or {@code ""}. */
        public String text(String key) {
            Object v = properties.get(key);
            return v == null ? "" : v.toString();
        }
    }

    /** A drawable piece of a feature at one level: projected geometry plus the feature it belongs to. */
    public record Piece(Geometry geometry, Feature feature) {
    }

    private final String id;
    private final List<Feature> features;
    private final Envelope extent;
    private final AtomicReferenceArray<STRtree> levels = new AtomicReferenceArray<>(TOLERANCES.length);

    public MapLayer(String id, List<Feature> features) {
        this.id = id;
        this.features = List.copyOf(features);
        Envelope e = new Envelope();
        for (Feature f : features) {
            e.expandToInclude(f.projected().getEnvelopeInternal());
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
        STRtree tree = level(levelFor(metresPerPixel));
        @SuppressWarnings("unchecked")
        List<Object[]> hits = tree.query(view);
        hits.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
        List<Piece> out = new ArrayList<>(hits.size());
        for (Object[] h : hits) {
            out.add((Piece) h[1]);
        }
        return out;
    }

    /** Pieces of a level, built on first use. */
    STRtree level(int k) {
        STRtree tree = levels.get(k);
        if (tree == null) {
            tree = build(TOLERANCES[k]);
            if (!levels.compareAndSet(k, null, tree)) {
                tree = levels.get(k);
            }
        }
        return tree;
    }

    private STRtree build(double tolerance) {
        STRtree tree = new STRtree();
        int order = 0;
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
                tree.insert(piece.getEnvelopeInternal(), new Object[] {order++, new Piece(piece, f)});
            }
        }
        tree.build();
        return tree;
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
