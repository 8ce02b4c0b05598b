package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static List<List<String>> read(String text) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> read(byte[] bytes) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), "t.csv")) {
            while (r.next()) {
                List<String> rec = new ArrayList<>();
                rec.add("@" + r.line());
                for (int i = 0; i < r.fieldCount(); i++) {
                    rec.add(r.field(i));
                }
                out.add(rec);
            }
        }
        return out;
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesStayPhysical() throws Exception {
        String text = "a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\n2,\"two\nlines\r\nhere\",z\n3,,\n";
        List<List<String>> recs = read(text);
        assertEquals(List.of("@1", "a", "b", "c"), recs.get(0));
        assertEquals(List.of("@2", "1", "x, y", "he said \"hi\""), recs.get(1));
        assertEquals(List.of("@3", "2", "two\nlines\r\nhere", "z"), recs.get(2));
        assertEquals(List.of("@6", "3", "", ""), recs.get(3));
        assertEquals(4, recs.size());
    }

    @Test
    void crlfBomAndNoFinalLineBreak() throws Exception {
        byte[] body = "id,place\r\n1,Kuźnica\r\n2,Брест".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        List<List<String>> recs = read(bytes);
        assertEquals(List.of("@1", "id", "place"), recs.get(0));
        assertEquals(List.of("@2", "1", "Kuźnica"), recs.get(1));
        assertEquals(List.of("@3", "2", "Брест"), recs.get(2));
    }

    @Test
    void emptyLinesAreSkippedButCounted() throws Exception {
        List<List<String>> recs = read("a\n\n\nb\r\n\r\nc");
        assertEquals(List.of(List.of("@1", "a"), List.of("@4", "b"), List.of("@6", "c")), recs);
    }

    @Test
    void recordsLongerThanTheBufferAreReadWhole() throws Exception {
        String longField = "x".repeat(200_000);
        String quoted = "q\"\"" + "y,\n".repeat(50_000);
        List<List<String>> recs = read("a," + longField + "\n\"" + quoted + "\",end\nlast,row\n");
        assertEquals(longField, recs.get(0).get(2));
        assertEquals("q\"" + "y,\n".repeat(50_000), recs.get(1).get(1));
        assertEquals("@50003", recs.get(2).get(0));
    }

    @Test
    void aQuoteNeverClosedNamesTheLineWhereItOpened() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read("a,b\n1,\"open\n2,3\n"));
        assertEquals("t.csv:2: a quoted field opened on this line is never closed", e.getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read("a,b\n1,\"x\"y\n"));
        assertEquals("2", e.place());
        assertTrue(e.reason().contains("after its closing quote"), e.reason());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] bytes = {'a', ',', 'b', '\n', 'K', 'u', (byte) 0xBF, 'z', '\n'};
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(bytes));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void anEmptyInputHasNoRecords() throws Exception {
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(new byte[0]), "e.csv")) {
            assertFalse(r.next());
        }
    }

    @Test
    void bytesReadReachesTheFileSize() throws Exception {
        byte[] bytes = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), "b.csv")) {
            while (r.next()) {
                assertTrue(r.fieldCount() == 2);
            }
            assertEquals(bytes.length, r.bytesRead());
        }
    }
}
