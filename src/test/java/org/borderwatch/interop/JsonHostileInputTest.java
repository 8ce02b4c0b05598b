package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GeoJSON that passes the parser's limits or holds text that is no Unicode: refused with line and pointer. */
class JsonHostileInputTest {
    private static final String FEATURE = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[27.5,61.0]},\"properties\":{\"layer\":\"annotation\","
            + "\"id\":\"a1\",\"kind\":\"point\",\"title\":TITLE,\"author\":\"x\",\"created\":\"2024-01-01T00:00:00Z\","
            + "\"modified\":\"2024-01-01T00:00:00Z\",\"color\":\"#FF0000\"}}]}";

    private static InputFormatException refused(String json) {
        return assertThrows(InputFormatException.class, () -> GeoJsonReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in.geojson",
                new KnownIds(Set.of(), Set.of(), Set.of())));
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedAtItsPointer() {
        InputFormatException e = refused(FEATURE.replace("TITLE", "\"ab\\udc00c\""));
        assertEquals("/features/0/properties/title", e.place());
        assertTrue(e.reason().contains("unpaired UTF-16 surrogate (\\uDC00 at character 3)"), e.getMessage());
    }

    @Test
    void aPairedSurrogateEscapeIsAnEmoji() throws Exception {
        var r = GeoJsonReader.read(new ByteArrayInputStream(FEATURE.replace("TITLE", "\"\\ud83d\\ude00\"")
                .getBytes(StandardCharsets.UTF_8)), "in.geojson", new KnownIds(Set.of(), Set.of(), Set.of()));
        assertEquals("\uD83D\uDE00", r.annotations().get(0).title());
    }

    @Test
    void nestingBeyondTheLimitNamesLineAndPointer() {
        InputFormatException e = refused(FEATURE.replace("TITLE", "\"t\",\"deep\":" + "[".repeat(2000) + "]".repeat(2000)));
        assertTrue(e.place().startsWith("1:") && e.place().contains("(at /features/0/properties/deep/0/0"), e.getMessage());
        assertTrue(e.reason().contains("nest deeper than 1000 levels"), e.getMessage());
    }

    @Test
    void aTooLongNumberNamesItsPointer() {
        InputFormatException e = refused(FEATURE.replace("TITLE", "\"t\",\"n\":" + "9".repeat(5000)));
        assertTrue(e.place().contains("(at /features/0/properties/n)"), e.getMessage());
        assertTrue(e.reason().contains("more than 1000 digits"), e.getMessage());
    }
}
