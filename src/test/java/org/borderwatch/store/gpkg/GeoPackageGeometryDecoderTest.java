package org.borderwatch.store.gpkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GeoPackageGeometryDecoderTest {
    private final GeoPackageGeometryDecoder decoder = new GeoPackageGeometryDecoder(new GeometryFactory());

    /** A blob with an envelope of {@code envelopeDoubles} (0, 4, 6 or 8) and WKB of {@code dimension}. */
    private static byte[] blob(Geometry g, int srsId, int envelopeCode, int envelopeDoubles, boolean headerLittle, int dimension) {
        byte[] wkb = new WKBWriter(dimension, ByteOrderValues.BIG_ENDIAN).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + envelopeDoubles * 8 + wkb.length)
                .order(headerLittle ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) ((headerLittle ? 1 : 0) | envelopeCode << 1));
        b.putInt(srsId);
        for (int i = 0; i < envelopeDoubles; i++) {
            b.putDouble(i);
        }
        return b.put(wkb).array();
    }

    @Test
    void everyEnvelopeSizeAndAThirdDimensionAreRead() throws Exception {
        Geometry line = new WKTReader().read("LINESTRING Z (23.6 53.4 120, 23.7 53.5 130)");
        for (int[] env : new int[][] {{0, 0}, {1, 4}, {2, 6}, {3, 6}, {4, 8}}) {
            Geometry g = decoder.decode(blob(line, 4326, env[0], env[1], env[0] % 2 == 0, 3));
            assertEquals(4326, g.getSRID());
            assertEquals(130.0, g.getCoordinates()[1].getZ(), "envelope code " + env[0]);
            assertEquals(23.7, g.getCoordinates()[1].getX(), "envelope code " + env[0]);
        }
        assertEquals(3067, GeoPackageGeometryDecoder.srsId(blob(line, 3067, 1, 4, false, 2)));
    }

    @Test
    void nonStandardHeadersAreRefusedWithAReason() throws Exception {
        byte[] ok = blob(new WKTReader().read("POINT (23 52)"), 4326, 1, 4, true, 2);
        byte[] extended = ok.clone();
        extended[3] |= 0x20;
        assertEquals("the geometry uses an extended (non-standard) geometry type",
                assertThrows(IllegalArgumentException.class, () -> decoder.decode(extended)).getMessage());
        byte[] badEnvelope = ok.clone();
        badEnvelope[3] = (byte) (1 | 5 << 1);
        assertEquals("the geometry header has an invalid envelope code 5",
                assertThrows(IllegalArgumentException.class, () -> decoder.decode(badEnvelope)).getMessage());
        byte[] version = ok.clone();
        version[2] = 1;
        assertEquals("the geometry blob has version 1, only 0 (version 1) is known",
                assertThrows(IllegalArgumentException.class, () -> decoder.decode(version)).getMessage());
        byte[] cut = java.util.Arrays.copyOf(ok, 20);
        assertEquals("the geometry blob ends inside its header (20 bytes)",
                assertThrows(IllegalArgumentException.class, () -> decoder.decode(cut)).getMessage());
    }
}
