package org.borderwatch.store.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Looks at the structure of a WKB geometry before JTS reads it. JTS's reader quietly mends what
 * is no shape — it pads a line of one point and closes a ring that does not end where it starts —
 * and it cannot read curves ("Unknown WKB type 8"). Here such a geometry is named: a curve by its
 * type, a broken line or ring by what is wrong with it, so the layer can leave it out and say so.
 *
 * <p>Reads ISO WKB (types 1–17, with 1000/2000/3000 for Z, M and ZM) and the EWKB flags, each
 * part in its own byte order. Stateless; thread-safe.
 */
final class WkbShape {
    private static final String[] CURVES = {null, null, null, null, null, null, null, null, "CircularString",
        "CompoundCurve", "CurvePolygon", "MultiCurve", "MultiSurface", "Curve", "Surface", "PolyhedralSurface", "TIN",
        "Triangle"};

    private WkbShape() {
    }

    /** The curved (or surface) type a WKB geometry is or holds, or null when it has none. */
    static String curve(byte[] wkb, int offset) {
        try {
            return new Scan(wkb, offset).curve();
        } catch (RuntimeException truncated) {
            return null; // JTS reports a truncated blob with its own words
        }
    }

    /** What is structurally wrong with a WKB geometry ("a ring of 3 points that does not close"), or null. */
    static String problem(byte[] wkb, int offset) {
        try {
            return new Scan(wkb, offset).problem();
        } catch (RuntimeException truncated) {
            return null;
        }
    }

    private static final class Scan {
        private final ByteBuffer b;

        Scan(byte[] wkb, int offset) {
            this.b = ByteBuffer.wrap(wkb);
            b.position(offset);
        }

        private int[] header() {
            b.order(b.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int raw = b.getInt();
            int dims = 2;
            if ((raw & 0x80000000) != 0) {
                dims++;
            }
            if ((raw & 0x40000000) != 0) {
                dims++;
            }
            if ((raw & 0x20000000) != 0) {
                b.getInt(); // EWKB SRID
            }
            int type = raw & 0x0FFFFFFF;
            int iso = type / 1000;
            type %= 1000;
            dims += iso == 1 || iso == 2 ? 1 : iso == 3 ? 2 : 0;
            return new int[] {type, dims};
        }

        String curve() {
            int[] h = header();
            int type = h[0];
            if (type >= 8 && type < CURVES.length) {
                return CURVES[type];
            }
            if (type >= 4 && type <= 7) {
                int n = b.getInt();
                for (int i = 0; i < n; i++) {
                    String c = curve();
                    if (c != null) {
                        return c;
                    }
                }
                return null;
            }
            skipBody(type, h[1]);
            return null;
        }

        String problem() {
            int[] h = header();
            int type = h[0];
            int dims = h[1];
            switch (type) {
                case 1 -> b.position(b.position() + 8 * dims);
                case 2 -> {
                    int n = b.getInt();
                    if (n == 1) {
                        return "a line of one point";
                    }
                    b.position(b.position() + 8 * dims * n);
                }
                case 3 -> {
                    int rings = b.getInt();
                    for (int r = 0; r < rings; r++) {
                        String p = ring(dims, r == 0 ? "outer ring" : "inner ring " + r);
                        if (p != null) {
                            return "a polygon whose " + p;
                        }
                    }
                }
                case 4, 5, 6, 7 -> {
                    int n = b.getInt();
                    for (int i = 0; i < n; i++) {
                        String p = problem();
                        if (p != null) {
                            return p;
                        }
                    }
                }
                default -> {
                    return null; // a curve: named by curve()
                }
            }
            return null;
        }

        private String ring(int dims, String which) {
            int n = b.getInt();
            if (n == 0) {
                return null;
            }
            int start = b.position();
            b.position(start + 8 * dims * n);
            if (n < 4) {
                return which + " has " + n + (n == 1 ? " point" : " points") + " (a ring needs at least 4)";
            }
            int last = start + 8 * dims * (n - 1);
            if (b.getDouble(start) != b.getDouble(last) || b.getDouble(start + 8) != b.getDouble(last + 8)) {
                return which + " does not end where it starts";
            }
            return null;
        }

        private void skipBody(int type, int dims) {
            switch (type) {
                case 1 -> b.position(b.position() + 8 * dims);
                case 2 -> b.position(b.position() + 8 * dims * b.getInt());
                case 3 -> {
                    int rings = b.getInt();
                    for (int r = 0; r < rings; r++) {
                        b.position(b.position() + 8 * dims * b.getInt());
                    }
                }
                default -> throw new IllegalArgumentException("unknown WKB type " + type);
            }
        }
    }
}
