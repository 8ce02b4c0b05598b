package org.borderwatch.store.gpkg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes GeoPackage binary geometries (GeoPackage spec §2.1.3 "GeoPackageBinary"):
 *
 * <pre>
 * magic    2 bytes  'G' 'P'
 * version  1 byte   0 = version 1
 * flags    1 byte   bit 0: byte order of srs_id and envelope (1 = little-endian)
 *                   bits 1–3: envelope (0 none, 1 [minx,maxx,miny,maxy], 2 +[minz,maxz],
 *                             3 +[minm,maxm], 4 +[minz,maxz,minm,maxm])
 *                   bit 4: empty geometry;  bit 5: 1 = extended (non-standard) type
 * srs_id   int32
 * envelope 0, 32, 48 or 64 bytes of doubles
 * geometry ISO WKB (its own byte order), 2D, Z, M or ZM
 * </pre>
 *
 * <p>Coordinates come out as stored (the layer's SRS, x = easting/longitude); the SRID of the
 * result is the blob's {@code srs_id}. Not thread-safe (the WKB reader is reused).
 */
public final class GeoPackageGeometryDecoder {
    private final WKBReader wkb;

    public GeoPackageGeometryDecoder(GeometryFactory factory) {
        this.wkb = new WKBReader(factory);
    }

    /**
     * Decodes one blob.
     *
     * @throws IllegalArgumentException with a reason a user can read when the blob is not a
     *                                  standard GeoPackage geometry
     */
    public Geometry decode(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("the geometry blob does not start with 'GP' (not GeoPackage binary)");
        }
        if (blob[2] != 0) {
            throw new IllegalArgumentException("the geometry blob has version " + (blob[2] & 0xFF) + ", only 0 (version 1) is known");
        }
        int flags = blob[3] & 0xFF;
        if ((flags & 0x20) != 0) {
            throw new IllegalArgumentException("the geometry uses an extended (non-standard) geometry type");
        }
        if ((flags & 0xC0) != 0) {
            throw new IllegalArgumentException("the geometry header has reserved flag bits set");
        }
        int envelope = (flags >> 1) & 0x07;
        int envelopeBytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("the geometry header has an invalid envelope code " + envelope);
        };
        ByteBuffer header = ByteBuffer.wrap(blob).order((flags & 1) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int srsId = header.getInt(4);
        int start = 8 + envelopeBytes;
        if (blob.length <= start) {
            throw new IllegalArgumentException("the geometry blob ends inside its header (" + blob.length + " bytes)");
        }
        byte[] body = new byte[blob.length - start];
        System.arraycopy(blob, start, body, 0, body.length);
        Geometry g;
        try {
            g = wkb.read(body);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("the WKB after the header cannot be read (" + e.getMessage() + ")");
        }
        g.setSRID(srsId);
        return g;
    }

    /** Where the WKB starts in a GeoPackage blob (after its header and envelope), or −1 when the header is broken. */
    static int wkbStart(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            return -1;
        }
        int envelope = (blob[3] >> 1) & 0x07;
        int bytes = switch (envelope) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> -1;
        };
        return bytes < 0 || blob.length <= 8 + bytes ? -1 : 8 + bytes;
    }

    /** The curved type a blob's geometry is or holds ("CircularString"), or null. */
    static String curveType(byte[] blob) {
        int at = wkbStart(blob);
        return at < 0 ? null : WkbShape.curve(blob, at);
    }

    /** What is structurally wrong with a blob's geometry (JTS would mend it quietly), or null. */
    static String shapeProblem(byte[] blob) {
        int at = wkbStart(blob);
        return at < 0 ? null : WkbShape.problem(blob, at);
    }

    /** The {@code srs_id} in a blob's header, without decoding the rest. */
    public static int srsId(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("the geometry blob does not start with 'GP' (not GeoPackage binary)");
        }
        return ByteBuffer.wrap(blob).order((blob[3] & 1) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN).getInt(4);
    }
}
