package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.json.Json;
import org.junit.jupiter.api.Test;

class FlatJsonTest {
    private static Map<String, String> tricky() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("notes", "Line one\nline \"two\"\tand a back\\slash, \r\n done");
        m.put("location", "Kuźnica / Брест / Светогорск");
        m.put("controls", "\u0000\u0001\u0008\u000b\u000c\u001f\u007f");
        m.put("astral", "\uD83D\uDE80 and a lone \uD800 half");
        m.put("empty", "");
        m.put("line separators", "\u2028\u2029</script>");
        return m;
    }

    @Test
    void writesExactlyWhatJacksonWrites() throws Exception {
        Map<String, String> m = tricky();
        assertEquals(Json.MAPPER.writeValueAsString(m), FlatJson.writeObject(m));
        assertEquals("{}", FlatJson.writeObject(Map.of()));
    }

    @Test
    void utf8WriterWritesTheStoredTextByteForByte() {
        Map<String, String> m = tricky();
        Utf8Json json = new Utf8Json();
        for (String summary : List.of("", "Kuźnica / Брест / Светогорск", "not an attribute")) {
            assertArrayEquals(FlatJson.writeStored(m, summary).getBytes(StandardCharsets.UTF_8), json.attributes(m, summary),
                    "summary '" + summary + "'");
        }
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), json.attributes(Map.of(), "x"));
        Map<String, String> again = new LinkedHashMap<>(m);
        again.put("notes", "a longer value than any before it, to make the buffer grow: " + "Ł".repeat(3000));
        assertArrayEquals(FlatJson.writeStored(again, null).getBytes(StandardCharsets.UTF_8), json.attributes(again, null),
                "names remembered from the first object, the buffer grown");
    }

    @Test
    void readsBackWhatItWroteInOrder() {
        Map<String, String> m = tricky();
        Map<String, String> back = FlatJson.readObject(FlatJson.writeObject(m));
        assertEquals(m, back);
        assertEquals(List.copyOf(m.keySet()), List.copyOf(back.keySet()));
    }

    @Test
    void readsAnyObjectOfStringsWithSpacesAndEscapes() {
        Map<String, String> m = FlatJson.readObject(" {\n \"a\" : \"x\\u00e9\\/\\uD83D\\uDE80\" ,\"b\":\"\"}\n");
        assertEquals(Map.of("a", "xé/\uD83D\uDE80", "b", ""), m);
        assertEquals(Map.of(), FlatJson.readObject("{}"));
        assertEquals(Map.of(), FlatJson.readObject(null));
    }

    @Test
    void refusesWhatIsNotAnObjectOfStrings() {
        for (String bad : new String[] {"{\"a\":\"x\",\"a\":\"y\"}", "[\"a\"]", "{\"a\":\"x\"", "{\"a\":\"\\u12G4\"}"}) {
            assertThrows(IllegalArgumentException.class, () -> FlatJson.readObject(bad), bad);
        }
    }

    @Test
    void numbersReadAsTextAsTheyAlwaysHave() {
        assertEquals(Map.of("a", "1"), FlatJson.readObject("{\"a\":1}"));
    }

    @Test
    void readsArraysOfStringsSharingEqualValues() {
        String shared = new String("acled");
        List<String> list = FlatJson.readArray("[\"acled\",\"Protests\",\"a\\\"b\"]", s -> s.equals("acled") ? shared : s);
        assertEquals(List.of("acled", "Protests", "a\"b"), list);
        assertEquals(shared, list.get(0));
        assertEquals(List.of(), FlatJson.readArray("[]", s -> s));
        assertThrows(IllegalArgumentException.class, () -> FlatJson.readArray("[1]", s -> s));
    }

    @Test
    void attributesOfRowAfterRowShareTheirNamesAndEqualWhatTheMapReaderReads() {
        java.util.function.Function<String, String> same = x -> x;
        String summary = "Around 240 people gathered";
        List<String> rows = List.of(
                "{\"event_id_cnty\":\"POL1\",\"notes\":null,\"geo_precision\":\"2\"}",
                "{\"event_id_cnty\":\"POL2\",\"notes\":null,\"geo_precision\":\"1\"}",
                "{ \"event_id_cnty\" : \"POL3\" , \"notes\" : null }",
                "{\"event_id_cnty\":\"POL4\",\"notes\":null,\"geo_precision\":\"3\",\"extra\":\"x\"}",
                "{\"event\\u005fid_cnty\":\"POL5\",\"a\\\\b\":\"back\\\\slash\"}",
                "{\"event_id_cnty\":\"POL6\",\"a\\\\b\":\"y\"}",
                "{}");
        org.borderwatch.domain.Attributes.Keys names = null;
        org.borderwatch.domain.Attributes previous = null;
        for (String json : rows) {
            JsonCursor cursor = new JsonCursor(json);
            org.borderwatch.domain.Attributes a = cursor.attributes(names, same, summary);
            Map<String, String> expected = FlatJson.readStored(json, same, summary);
            assertEquals(expected, a, json);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(a.keySet()), "names in order: " + json);
            if (previous != null && a.size() == previous.size() && !json.contains("\\")) {
                org.junit.jupiter.api.Assertions.assertSame(previous.key(0), a.key(0), "names shared: " + json);
            }
            names = cursor.keys();
            previous = a;
        }
        String repeated = "{\"event_id_cnty\":\"A\",\"event_id_cnty\":\"B\"}";
        org.junit.jupiter.api.Assertions.assertNull(new JsonCursor(repeated).attributes(names, same, summary),
                "a repeated name is left to the full reader");
        org.junit.jupiter.api.Assertions.assertNull(new JsonCursor("{\"a\":null}").attributes(null, same, null),
                "null without a summary is refused");
    }
}
