package org.borderwatch.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.borderwatch.domain.Border;
import org.junit.jupiter.api.Test;

/**
 * The compact map the jar ships is the GeoJSON map, exactly: regenerated from {@code maps/*.geojson}
 * it gives the committed bytes (and the writer proves, feature by feature and level by level, that
 * those bytes read back as the GeoJSON map). If this fails, run {@code maps/build/compact/compact.sh}.
 */
class CompactMapTest {

    @Test
    void committedCompactMapIsWhatTheGeoJsonGives() throws Exception {
        BaseMap fromGeoJson = BaseMap.loadGeoJson();
        byte[] regenerated = CompactMapWriter.write(fromGeoJson);
        assertArrayEquals(regenerated, committed(),
                "the committed " + CompactMapReader.RESOURCE + " is stale: run maps/build/compact/compact.sh");
    }

    @Test
    void borderLengthsFromTheCompactMapAreTheMeasuredOnes() throws Exception {
        BaseMap map = BaseMap.loadBundled();
        assertEquals("1283.8", String.format(java.util.Locale.ROOT, "%.1f", map.borderLengthKm(Border.FI_RU)));
        assertEquals("417.2", String.format(java.util.Locale.ROOT, "%.1f", map.borderLengthKm(Border.PL_BY)));
    }

    @Test
    void aFileThatIsNotACompactMapIsRefusedByName() {
        IOException e = assertThrows(IOException.class,
                () -> CompactMapReader.read("{\"type\":\"FeatureCollection\"}".getBytes(), "map.bin"));
        assertTrue(e.getMessage().startsWith("map.bin: not a Borderwatch compact map"), e.getMessage());
    }

    @Test
    void aTruncatedFileNamesTheByteWhereItEnds() throws Exception {
        byte[] cut = Arrays.copyOf(committed(), 4000);
        IOException e = assertThrows(IOException.class, () -> CompactMapReader.read(cut, "cut.bwmap"));
        assertTrue(e.getMessage().matches("cut\\.bwmap: byte \\d+: .+"), e.getMessage());
    }

    @Test
    void aCorruptGeometryIsReportedWithItsOffsetWhenDecoded() throws Exception {
        byte[] data = committed();
        data[firstGeometryKindOffset(data)] = 99;
        BaseMap fresh = CompactMapReader.read(data, "map.bwmap");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fresh.countries().features().get(0).wgs84());
        assertTrue(e.getCause().getMessage().matches("map\\.bwmap: byte \\d+: unknown geometry kind 99"), e.getCause().getMessage());
    }

    /** Walks the header: magic, version, layer count, layer id, feature count, properties, bounds, block length. */
    private static int firstGeometryKindOffset(byte[] data) {
        CompactBytes.Source in = new CompactBytes.Source("t", data, 0, data.length);
        try {
            for (int i = 0; i < 6; i++) {
                in.u8();
            }
            in.varint();
            in.text();
            in.varint();
            int props = (int) in.varint();
            for (int p = 0; p < props; p++) {
                in.text();
                int tag = in.u8();
                if (tag == CompactMapReader.TAG_TEXT) {
                    in.text();
                } else if (tag == CompactMapReader.TAG_DOUBLE) {
                    in.float64();
                } else if (tag == CompactMapReader.TAG_INT || tag == CompactMapReader.TAG_LONG) {
                    in.zigzag();
                }
            }
            for (int b = 0; b < 4; b++) {
                in.float64();
            }
            return in.block("geometry").position();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] committed() throws IOException {
        try (InputStream in = CompactMapTest.class.getClassLoader().getResourceAsStream(CompactMapReader.RESOURCE)) {
            return in.readAllBytes();
        }
    }
}
