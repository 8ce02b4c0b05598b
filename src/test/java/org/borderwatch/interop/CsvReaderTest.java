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
        return read(new ByteArrayInputStream(bytes));
    }

    /** Every record of {@code in}, each as its line ("@3") followed by its fields. */
    private static List<List<String>> read(java.io.InputStream in) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(in, "t.csv")) {
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

    /** Hands out its bytes one at a time, so every record, field and character straddles a read. */
    private static final class Trickle extends java.io.InputStream {
        private final byte[] bytes;
        private int next;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (next >= bytes.length) {
                return -1;
            }
            b[off] = bytes[next++];
            return 1;
        }
    }

    private static List<List<String>> readTrickled(byte[] bytes) throws Exception {
        return read(new Trickle(bytes));
    }

    @Test
    void inputArrivingByteByByteReadsTheSame() throws Exception {
        String text = "\uFEFFid,place,note\r\n1, Kuźnica ,\"a \"\"b\"\"\r\nc\"\r2,Брест,😀\n\n3,\"\",\"x,y\"\r\n4,last,\"Брузги \"\"😀\"\"\"";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<List<String>> whole = read(bytes);
        assertEquals(List.of("@2", "1", " Kuźnica ", "a \"b\"\r\nc"), whole.get(1));
        assertEquals(List.of("@4", "2", "Брест", "😀"), whole.get(2));
        assertEquals(List.of("@6", "3", "", "x,y"), whole.get(3));
        assertEquals(List.of("@7", "4", "last", "Брузги \"😀\""), whole.get(4));
        assertEquals(whole, readTrickled(bytes));
    }

    @Test
    void trimmedFieldsAreTheFieldsTrimmedAndSharedOnesRepeat() throws Exception {
        byte[] bytes = "a, Brest ,\" x\"\"y \",\t\nb, Brest , Брест ,  \n".getBytes(StandardCharsets.UTF_8);
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), "t.csv")) {
            assertTrue(r.next());
            String first = r.trimmedShared(1);
            assertEquals("Brest", first);
            assertEquals("x\"y", r.trimmed(2));
            assertEquals("", r.trimmed(3));
            assertTrue(r.next());
            assertTrue(first == r.trimmedShared(1), "the same text gives the same string");
            assertEquals("Брест", r.trimmedShared(2));
            assertEquals("", r.trimmedShared(3));
            assertEquals(" Брест ", r.field(2));
        }
    }

    @Test
    void everyKindOfBadUtf8IsRefusedOnItsLine() {
        byte[][] bad = {
            {(byte) 0xC0, (byte) 0x80},             // overlong NUL
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC5},                          // cut short by the end of the field
            {(byte) 0xE2, (byte) 0x82},
        };
        for (byte[] seq : bad) {
            for (String quote : new String[] {"", "\""}) {
                byte[] head = ("a,b\n1,2\n3," + quote + "x").getBytes(StandardCharsets.UTF_8);
                byte[] tail = (quote + "\n").getBytes(StandardCharsets.UTF_8);
                byte[] bytes = new byte[head.length + seq.length + tail.length];
                System.arraycopy(head, 0, bytes, 0, head.length);
                System.arraycopy(seq, 0, bytes, head.length, seq.length);
                System.arraycopy(tail, 0, bytes, head.length + seq.length, tail.length);
                InputFormatException e = assertThrows(InputFormatException.class, () -> read(bytes));
                assertEquals("t.csv:3: the text at or after this line is not valid UTF-8", e.getMessage());
                e = assertThrows(InputFormatException.class, () -> readTrickled(bytes));
                assertEquals("t.csv:3: the text at or after this line is not valid UTF-8", e.getMessage());
            }
        }
        byte[] cutAtTheEnd = {'a', '\n', 'b', (byte) 0xD0};
        assertThrows(InputFormatException.class, () -> read(cutAtTheEnd));
    }

    @Test
    void aCharacterAfterAClosingQuoteIsQuotedInTheMessage() {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read("a,b\n\"x\"ź,y\n"));
        assertEquals("t.csv:2: field 1 has 'ź' after its closing quote (a quote inside a quoted field must be doubled)",
                e.getMessage());
    }
}
