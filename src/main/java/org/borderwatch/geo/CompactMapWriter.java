package org.borderwatch.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Generates the compact base map ({@link CompactMapReader} describes the layout) from a map read
 * from GeoJSON: every feature with its properties and WGS84 coordinates, and each coarse level of
 * detail as the indices of the vertices Douglas–Peucker keeps — computed by {@link MapLayer}
 * itself, so the stored levels are the run-time ones. Before returning, the output is read back
 * and compared with the source, feature by feature and piece by piece.
 *
 * <p>{@code maps/build/compact/compact.sh} writes the file the jar ships through {@link #write(Path, Path)};
 * a unit test proves the committed file is what the GeoJSON gives.
 */
public final class CompactMapWriter {
    private CompactMapWriter() {
    }

    /**
     * Reads the GeoJSON layers from the directory {@code maps} and writes their compact form to
     * {@code out}; returns its size in bytes.
     */
    public static long write(Path maps, Path out) throws IOException {
        BaseMap map = BaseMap.load(name -> Files.newInputStream(maps.resolve(Path.of(name).getFileName())));
        byte[] bytes = write(map);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes);
        return bytes.length;
    }

    /** The compact form of {@code map}; checked by reading it back. */
    public static byte[] write(BaseMap map) throws IOException {
        List<MapLayer> layers = layers(map);
        CompactBytes.Sink out = new CompactBytes.Sink();
        out.bytes(CompactMapReader.MAGIC);
        out.u8(CompactMapReader.VERSION);
        out.varint(layers.size());
        for (MapLayer layer : layers) {
            layer(out, layer);
        }
        byte[] bytes = out.toByteArray();
        CompactMapComparison.requireSame(map, CompactMapReader.read(bytes, "generated compact map"));
        return bytes;
    }

    static List<MapLayer> layers(BaseMap map) {
        return List.of(map.countries(), map.lakes(), map.rivers(), map.border(Border.FI_RU), map.border(Border.PL_BY));
    }

    private static void layer(CompactBytes.Sink out, MapLayer layer) {
        out.text(layer.id());
        List<MapLayer.Feature> features = layer.features();
        out.varint(features.size());
        Map<MapLayer.Feature, Integer> index = new IdentityHashMap<>();
        List<double[][][]> projected = new ArrayList<>();
        for (MapLayer.Feature f : features) {
            index.put(f, index.size());
            properties(out, f.properties());
            Envelope e = f.projected().getEnvelopeInternal();
            out.float64(e.getMinX());
            out.float64(e.getMaxX());
            out.float64(e.getMinY());
            out.float64(e.getMaxY());
            CompactBytes.Sink geometry = new CompactBytes.Sink();
            CompactShape.of(f.wgs84()).encode(geometry);
            out.block(geometry);
            projected.add(CompactShape.of(f.projected()).parts());
        }
        out.varint(MapLayer.TOLERANCES.length - 1);
        for (int k = 0; k < MapLayer.TOLERANCES.length - 1; k++) {
            CompactBytes.Sink level = new CompactBytes.Sink();
            List<MapLayer.Piece> pieces = layer.simplified(MapLayer.TOLERANCES[k]);
            level.varint(pieces.size());
            PieceMatcher matcher = new PieceMatcher(level, layer.id() + " level " + k);
            for (MapLayer.Piece p : pieces) {
                int f = index.get(p.feature());
                matcher.piece(f, projected.get(f), p);
            }
            out.block(level);
        }
    }

    private static void properties(CompactBytes.Sink out, Map<String, Object> props) {
        out.varint(props.size());
        for (Map.Entry<String, Object> e : props.entrySet()) {
            out.text(e.getKey());
            Object v = e.getValue();
            if (v == null) {
                out.u8(CompactMapReader.TAG_NULL);
            } else if (v instanceof String s) {
                out.u8(CompactMapReader.TAG_TEXT);
                out.text(s);
            } else if (v instanceof Integer i) {
                out.u8(CompactMapReader.TAG_INT);
                out.zigzag(i);
            } else if (v instanceof Long l) {
                out.u8(CompactMapReader.TAG_LONG);
                out.zigzag(l);
            } else if (v instanceof Double d) {
                out.u8(CompactMapReader.TAG_DOUBLE);
                out.float64(d);
            } else if (v instanceof Boolean b) {
                out.u8(b ? CompactMapReader.TAG_TRUE : CompactMapReader.TAG_FALSE);
            } else {
                throw new IllegalArgumentException("property '" + e.getKey() + "' holds a " + v.getClass().getSimpleName()
                        + "; the compact map stores text, int, long, double, boolean and null");
            }
        }
    }

    /**
     * Finds where each simplified piece's vertices sit in its feature's source rings. Pieces come
     * in feature order and, within a feature, in part order (Douglas–Peucker drops collapsed parts
     * and holes but never reorders), so a cursor per feature finds each one with a forward search.
     */
    private static final class PieceMatcher {
        private final CompactBytes.Sink out;
        private final String where;
        private int feature = -1;
        private int part;
        private int position;

        PieceMatcher(CompactBytes.Sink out, String where) {
            this.out = out;
            this.where = where;
        }

        void piece(int f, double[][][] parts, MapLayer.Piece piece) {
            if (f != feature) {
                feature = f;
                part = 0;
                position = 0;
            }
            out.varint(f);
            if (piece.geometry() instanceof Polygon poly) {
                for (int q = part; q < parts.length; q++) {
                    List<int[]> rings = polygon(poly, parts[q]);
                    if (rings != null) {
                        out.u8(CompactShape.POLYGON);
                        out.varint(q);
                        out.varint(rings.size());
                        for (int[] ring : rings) {
                            out.varint(ring[0]);
                            indices(ring, 1);
                        }
                        part = q + 1;
                        return;
                    }
                }
            } else if (piece.geometry() instanceof LineString line) {
                for (int q = part; q < parts.length; q++) {
                    int[] found = match(line.getCoordinateSequence(), parts[q][0], q == part ? position : 0, false);
                    if (found != null) {
                        out.u8(CompactShape.LINE_STRING);
                        out.varint(q);
                        indices(found, 0);
                        part = q;
                        position = found[found.length - 1];
                        return;
                    }
                }
            }
            throw new IllegalStateException(where + ": a " + piece.geometry().getGeometryType() + " of feature " + f
                    + " is not made of its source's vertices");
        }

        /** Per ring of {@code poly}: the source ring index, then the vertex indices; null when it is not this part. */
        private static List<int[]> polygon(Polygon poly, double[][] rings) {
            List<int[]> out = new ArrayList<>();
            int[] shell = match(poly.getExteriorRing().getCoordinateSequence(), rings[0], 0, true);
            if (shell == null) {
                return null;
            }
            out.add(prepend(0, shell));
            int next = 1;
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                CoordinateSequence hole = poly.getInteriorRingN(h).getCoordinateSequence();
                int[] found = null;
                while (found == null && next < rings.length) {
                    found = match(hole, rings[next++], 0, true);
                }
                if (found == null) {
                    return null;
                }
                out.add(prepend(next - 1, found));
            }
            return out;
        }

        private static int[] prepend(int first, int[] rest) {
            int[] a = new int[rest.length + 1];
            a[0] = first;
            System.arraycopy(rest, 0, a, 1, rest.length);
            return a;
        }

        /**
         * Indices into {@code ring} (flat x, y pairs) of the vertices of {@code seq}, in order, the
         * first at or after {@code from}; going round the ring when {@code cyclic}. Null if none.
         */
        private static int[] match(CoordinateSequence seq, double[] ring, int from, boolean cyclic) {
            int n = ring.length / 2;
            int m = seq.size();
            if (m == 0) {
                return null;
            }
            for (int s = from; s < n; s++) {
                if (ring[2 * s] != seq.getX(0) || ring[2 * s + 1] != seq.getY(0)) {
                    continue;
                }
                int[] idx = new int[m];
                idx[0] = s;
                int pos = s;
                int i = 1;
                for (; i < m; i++) {
                    int found = -1;
                    int limit = cyclic ? n - 1 : n - 1 - pos;
                    for (int step = 1; step <= limit; step++) {
                        int j = cyclic ? (pos + step) % n : pos + step;
                        if (ring[2 * j] == seq.getX(i) && ring[2 * j + 1] == seq.getY(i)) {
                            found = j;
                            break;
                        }
                    }
                    if (found < 0) {
                        break;
                    }
                    idx[i] = found;
                    pos = found;
                }
                if (i == m) {
                    return idx;
                }
            }
            return null;
        }

        private void indices(int[] idx, int from) {
            out.varint(idx.length - from);
            long last = 0;
            for (int i = from; i < idx.length; i++) {
                out.zigzag(idx[i] - last);
                last = idx[i];
            }
        }
    }
}
