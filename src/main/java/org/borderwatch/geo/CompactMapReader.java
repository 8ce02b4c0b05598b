package org.borderwatch.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Reads the compact base map ({@value #RESOURCE}), which {@link CompactMapWriter} generates from
 * {@code maps/*.geojson}: the same five layers, the same features and properties, the same WGS84
 * coordinates bit for bit, and the coarse levels of detail already simplified.
 *
 * <p>Layout (integers are unsigned LEB128 varints unless said otherwise, see {@link CompactBytes}):
 * <pre>
 * "BWMAP" u8:version
 * varint:layers, then per layer:
 *   text:id  varint:features, then per feature:
 *     varint:properties, per property: text:key u8:tag value   (tag: 0 null, 1 text, 2 int, 3 long,
 *                                                                4 double, 5 true, 6 false)
 *     float64 ×4: projected bounds minX maxX minY maxY (EPSG:3035 metres)
 *     block: the WGS84 geometry ({@link CompactShape})
 *   varint:levels (one per tolerance &gt; 0 of {@link MapLayer#TOLERANCES}), per level a block of
 *     varint:pieces, per piece: varint:feature u8:kind (4 polygon, 2 line) varint:part, then
 *       polygon: varint:rings, per ring varint:ring of the part, indices;  line: indices
 *     indices: varint:count, then zig-zag steps between the indices of the vertices kept
 * </pre>
 * A level's vertices are the kept vertices of the source, projected on decoding with
 * {@link MapProjection}: exactly what Douglas–Peucker gives at run time.
 *
 * <p>Only the header, the properties and the bounds are read at load; each feature's geometry and
 * each level decode on first use (so a corrupt byte there surfaces as an
 * {@link UncheckedIOException} naming the resource and the offset). Thread-safe after load.
 */
final class CompactMapReader {
    /** Where the bundled compact map lives on the classpath. */
    static final String RESOURCE = "org/borderwatch/geo/basemap.bwmap";
    static final byte[] MAGIC = "BWMAP".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    /** The layers, in file order. */
    static final List<String> LAYERS = List.of("countries", "lakes", "rivers", "border-fi-ru", "border-pl-by");
    static final int TAG_NULL = 0;
    static final int TAG_TEXT = 1;
    static final int TAG_INT = 2;
    static final int TAG_LONG = 3;
    static final int TAG_DOUBLE = 4;
    static final int TAG_TRUE = 5;
    static final int TAG_FALSE = 6;
    private static final int MAX = 50_000_000;

    private final String name;
    private final byte[] data;

    private CompactMapReader(String name, byte[] data) {
        this.name = name;
        this.data = data;
    }

    /** Reads a whole compact map; {@code name} is used in messages. */
    static BaseMap read(byte[] data, String name) throws IOException {
        return new CompactMapReader(name, data).read();
    }

    private BaseMap read() throws IOException {
        CompactBytes.Source in = new CompactBytes.Source(name, data, 0, data.length);
        for (byte b : MAGIC) {
            if (in.u8() != (b & 0xff)) {
                throw new IOException(name + ": not a Borderwatch compact map (no \"BWMAP\" header)");
            }
        }
        int version = in.u8();
        if (version != VERSION) {
            throw in.error("compact map version " + version + ", this build reads version " + VERSION);
        }
        int layers = in.count(MAX, "layer count");
        if (layers != LAYERS.size()) {
            throw in.error("expected " + LAYERS.size() + " layers, found " + layers);
        }
        List<MapLayer> read = new ArrayList<>();
        for (String expected : LAYERS) {
            read.add(layer(in, expected));
        }
        if (!in.atEnd()) {
            throw in.error("unexpected data after the last layer");
        }
        Map<Border, MapLayer> borders = new EnumMap<>(Border.class);
        borders.put(Border.FI_RU, read.get(3));
        borders.put(Border.PL_BY, read.get(4));
        return new BaseMap(read.get(0), read.get(1), read.get(2), borders);
    }

    private MapLayer layer(CompactBytes.Source in, String expected) throws IOException {
        String id = in.text();
        if (!id.equals(expected)) {
            throw in.error("expected layer '" + expected + "', found '" + id + "'");
        }
        int n = in.count(MAX, "feature count");
        List<MapLayer.Feature> features = new ArrayList<>(n);
        long[] geometryAt = new long[n];
        for (int i = 0; i < n; i++) {
            Map<String, Object> props = properties(in);
            Envelope bounds = new Envelope(in.float64(), in.float64(), in.float64(), in.float64());
            long span = span(in.block("geometry"));
            geometryAt[i] = span;
            features.add(new MapLayer.Feature(() -> wgs84(span), bounds, props));
        }
        int levels = in.count(MAX, "level count");
        if (levels != MapLayer.TOLERANCES.length - 1) {
            throw in.error("expected " + (MapLayer.TOLERANCES.length - 1) + " levels of detail, found " + levels);
        }
        long[] levelAt = new long[levels];
        for (int k = 0; k < levels; k++) {
            levelAt[k] = span(in.block("level"));
        }
        List<MapLayer.Feature> fs = List.copyOf(features);
        return new MapLayer(id, fs, k -> k < levels ? level(levelAt[k], fs, geometryAt) : null);
    }

    private static Map<String, Object> properties(CompactBytes.Source in) throws IOException {
        int n = in.count(MAX, "property count");
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String key = in.text();
            int tag = in.u8();
            Object value = switch (tag) {
                case TAG_NULL -> null;
                case TAG_TEXT -> in.text();
                case TAG_INT -> (int) in.zigzag();
                case TAG_LONG -> in.zigzag();
                case TAG_DOUBLE -> in.float64();
                case TAG_TRUE -> Boolean.TRUE;
                case TAG_FALSE -> Boolean.FALSE;
                default -> throw in.error("unknown property tag " + tag + " of '" + key + "'");
            };
            props.put(key, value);
        }
        return props;
    }

    /** A block's start and end offsets in one long (start in the high half). */
    private static long span(CompactBytes.Source block) {
        return (long) block.position() << 32 | block.end();
    }

    private CompactBytes.Source blockAt(long span) {
        return new CompactBytes.Source(name, data, (int) (span >>> 32), (int) span);
    }

    private CompactShape shape(long at) throws IOException {
        return CompactShape.decode(blockAt(at));
    }

    private Geometry wgs84(long at) {
        try {
            CompactBytes.Source in = blockAt(at);
            return CompactShape.decode(in).toGeometry(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MapLayer.Piece> level(long at, List<MapLayer.Feature> features, long[] geometryAt) {
        try {
            CompactBytes.Source in = blockAt(at);
            int n = in.count(MAX, "piece count");
            List<MapLayer.Piece> out = new ArrayList<>(n);
            int shapeOf = -1;
            CompactShape shape = null;
            for (int i = 0; i < n; i++) {
                int f = in.count(features.size() - 1, "feature index");
                if (f != shapeOf) {
                    shape = shape(geometryAt[f]);
                    shapeOf = f;
                }
                int kind = in.u8();
                double[][] rings = shape.parts()[in.count(shape.parts().length - 1, "part index")];
                Geometry g;
                if (kind == CompactShape.POLYGON) {
                    int ringCount = in.count(rings.length, "ring count");
                    if (ringCount == 0) {
                        throw in.error("a polygon piece needs a shell");
                    }
                    LinearRing[] rs = new LinearRing[ringCount];
                    for (int r = 0; r < ringCount; r++) {
                        double[] xy = projected(rings[in.count(rings.length - 1, "ring index")], in);
                        if (xy.length < 8 || xy[0] != xy[xy.length - 2] || xy[1] != xy[xy.length - 1]) {
                            throw in.error("a ring of a level needs at least 4 positions, first = last");
                        }
                        rs[r] = CompactShape.FACTORY.createLinearRing(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
                    }
                    g = CompactShape.FACTORY.createPolygon(rs[0], Arrays.copyOfRange(rs, 1, rs.length));
                } else if (kind == CompactShape.LINE_STRING) {
                    double[] xy = projected(rings[0], in);
                    if (xy.length < 4) {
                        throw in.error("a line of a level needs at least 2 positions");
                    }
                    g = CompactShape.FACTORY.createLineString(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(xy, 2));
                } else {
                    throw in.error("unknown piece kind " + kind);
                }
                out.add(new MapLayer.Piece(g, features.get(f)));
            }
            if (!in.atEnd()) {
                throw in.error("unexpected data after the last piece");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vertices of {@code ring} (WGS84 pairs) the next index list names, projected to EPSG:3035. */
    private static double[] projected(double[] ring, CompactBytes.Source in) throws IOException {
        int vertices = ring.length / 2;
        int n = in.count(MAX, "index count");
        double[] lonLat = new double[2 * n];
        long index = 0;
        for (int i = 0; i < n; i++) {
            index += in.zigzag();
            if (index < 0 || index >= vertices) {
                throw in.error("vertex index " + index + " outside a ring of " + vertices);
            }
            lonLat[2 * i] = ring[(int) (2 * index)];
            lonLat[2 * i + 1] = ring[(int) (2 * index + 1)];
        }
        double[] xy = new double[2 * n];
        MapProjection.forward(lonLat, 0, xy, 0, n);
        return xy;
    }
}
