package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.junit.jupiter.api.Test;

/**
 * Pins everything the ACLED reader produces for generated files of both layouts: every field of
 * every record (line, timestamp, sources; the event's id, dates, title, summary, category,
 * border, location, place, source ids, tags, and each attribute in order) goes into a SHA-256
 * digest, compared with the digest of the output as it was first released. Any change to what a
 * user gets from an import changes the digest.
 */
class AcledGoldenTest {
    private static String digest(AcledLayout layout, long seed, int rows, boolean crlf) throws Exception {
        StringWriter w = new StringWriter();
        new AcledSampleGenerator(seed, layout).write(w, rows);
        String text = w.toString();
        if (crlf) {
            text = "\uFEFF" + text.replace("\n", "\r\n");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int n = 0;
        try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), "golden.csv", bytes.length)) {
            for (AcledRecord rec = r.next(); rec != null; rec = r.next()) {
                sha.update(describe(rec).getBytes(StandardCharsets.UTF_8));
                n++;
            }
        }
        assertEquals(rows, n);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** One record as text, every field named, attributes in their order. */
    static String describe(AcledRecord rec) {
        Event e = rec.event();
        StringBuilder sb = new StringBuilder(1024);
        sb.append(rec.line()).append('|').append(rec.timestamp()).append('|');
        for (Source s : rec.sources()) {
            sb.append(s.id()).append('~').append(s.title()).append('~').append(s.url()).append('~')
                    .append(s.publisher()).append(';');
        }
        sb.append('|').append(e.id()).append('|').append(e.date()).append('|').append(e.datePrecision())
                .append('|').append(e.title()).append('|').append(e.summary()).append('|').append(e.category())
                .append('|').append(e.border()).append('|').append(e.crossingId()).append('|')
                .append(Double.doubleToRawLongBits(e.location().lat())).append(',')
                .append(Double.doubleToRawLongBits(e.location().lon())).append('|').append(e.place()).append('|')
                .append(e.sourceIds()).append('|').append(e.tags()).append('|');
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            sb.append(a.getKey()).append('=').append(a.getValue()).append('\u0001');
        }
        return sb.append('\n').toString();
    }

    @Test
    void currentLayoutReadsExactlyAsBefore() throws Exception {
        assertEquals("04c12b2da8999c74cd45dc784163cb5268903dbba72e1ec42bfb955e95f67b6c", digest(AcledLayout.CURRENT, 7L, 3000, false));
    }

    @Test
    void pre2023LayoutReadsExactlyAsBefore() throws Exception {
        assertEquals("d8c42020bd92cd5bff885321f453eb44d138870cb1b59e9e5761669d85249bc4", digest(AcledLayout.PRE_2023, 11L, 3000, false));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkReadExactlyAsBefore() throws Exception {
        assertEquals("7e500533e1406f0ca0c376fcdcba0dcc4116d8a4765fa46c91f26e34f12808a3", digest(AcledLayout.CURRENT, 13L, 2000, true));
    }

    /** Unusual but valid cells: spaces around values, quoted numbers, every date form, ISO timestamps, codes. */
    @Test
    void unusualCellsReadExactlyAsBefore() throws Exception {
        String header = AcledSampleGenerator.CURRENT_HEADER;
        String[] rows = {
            " FIN1 , 2024-02-01 ,2024, 1 ,Demonstrations, Protests , Peaceful protest ,Protesters (Finland),,6,,,0,60,,246,Europe, Finland , Uusimaa ,Helsinki,, Helsinki , 60.17 , 24.94 , 2 , Yle ;  Helsingin   Sanomat; yle ,National, Note ,\" 3\", a;b ; a ;;c , 1706800000 ",
            "FIN2,\"1 Feb 2024\",2024,3,,Riots,Mob violence,,,Rioters,,,Civilians,Rioters-Civilians,,FIN,,fin,,,,,+60.5,-0.0,,,,,0,,2024-02-03T10:00:00",
            "RUS3,01-02-2024,2024,2,,Strategic developments,Arrests,a,b,1,c,d,7,17,Civilian targeting,643,Europe,Russia,Leningrad,Vyborgskiy,x,Выборг,60.7096000000000001,28.749e0,3,\"Fontanka.ru\",,\"Line\r\nbreak \"\"quoted\"\"\r\",007,x;x,2024-02-03 10:00:00+02:00",
            "POL4,18 SEPT 2023,2023,1,,Battles,Armed clash,,,,,,,,,616,,Poland,Podlaskie,,,,53.5,23.6,1,,,,0,,1700000000",
            "BLR5,2023-11-18,2023,,,Unknown type,Whatever,,,,,,,,,112,,Belarus,,,,,53.6694,23.8131,,Белсат,,\"\",12,,001700000000",
        };
        StringBuilder text = new StringBuilder(header).append('\n');
        for (String r : rows) {
            text.append(r).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        StringBuilder all = new StringBuilder();
        try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), "odd.csv", bytes.length)) {
            for (AcledRecord rec = r.next(); rec != null; rec = r.next()) {
                all.append(describe(rec));
            }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        assertEquals("7502ba0abf1b1c1905860d68c3b348ef72fe1acd85707f8a845d28d7c0ee041c", HexFormat.of().formatHex(sha.digest(all.toString().getBytes(StandardCharsets.UTF_8))), all.toString());
    }

    /** Cell values that are odd, wrong or both, put into generated rows by {@link #mutated}. */
    private static final String[] ODD_CELLS = {"", " ", "abc", "1e3", "+5", " 0.5 ", "-0", "99999999999", "31-02-2023",
        "2023-13-01", "18 Sept 2023", "18 sep 2023", "007", "\u0663", "x\"y", "é", "9", "16", "80", "0", "1", "2", "3", "4",
        " 3 ", "60.1234567890123456789", "-180", "180.0001", "90", "-90.0", ".5", "5.", "0x10", "NaN", "Infinity", "1_000",
        "2024-02-03T10:00:00Z", "2024-02-03 10:00", "1700000000 ", " Yle ; yle ;YLE", "a;;b; a", "\t", "Kuźnica", "Брест",
        "😀", "line\nbreak", "cr\rhere", "crlf\r\nhere", "  padded  ", "0001", "1234567890123", "-5", "2023-1-01",
        "1 January 2023", "01-01-0000", "0000-01-01", "29 February 2024", "29 February 2023", "State forces", "12", "08", "7"};

    /**
     * 3,000 generated rows, a third of them with one cell replaced by an odd value (or padded with
     * spaces), a tenth ended by CRLF, some cells quoted without need.
     */
    private static byte[] mutated(long seed) throws Exception {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        StringWriter w = new StringWriter();
        AcledLayout layout = rnd.nextBoolean() ? AcledLayout.CURRENT : AcledLayout.PRE_2023;
        new AcledSampleGenerator(rnd.nextLong(), layout).write(w, 3000);
        String[] lines = w.toString().split("\n(?=[A-Z]{3}\\d|\\d{7})");
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            String row = lines[i];
            if (rnd.nextInt(3) == 0) {
                java.util.List<String> cells = cells(row);
                int k = rnd.nextInt(cells.size());
                String v = ODD_CELLS[rnd.nextInt(ODD_CELLS.length)];
                if (rnd.nextInt(4) == 0) {
                    v = " " + cells.get(k) + " ";
                }
                cells.set(k, v);
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < cells.size(); j++) {
                    if (j > 0) {
                        sb.append(',');
                    }
                    String c = cells.get(j);
                    boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r") || rnd.nextInt(20) == 0;
                    sb.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
                }
                row = sb.toString();
            }
            out.append(row).append(rnd.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cells of one generated row (RFC 4180). */
    private static java.util.List<String> cells(String row) {
        java.util.List<String> cells = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }

    /** The records and the messages of the invalid rows, as one digest, with their counts. */
    private static String digestWithErrors(byte[] bytes) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int ok = 0;
        int errors = 0;
        try (AcledReader r = AcledReader.open(new ByteArrayInputStream(bytes), "f.csv", bytes.length)) {
            while (true) {
                try {
                    AcledRecord rec = r.next();
                    if (rec == null) {
                        break;
                    }
                    Event e = rec.event();
                    StringBuilder sb = new StringBuilder();
                    sb.append(rec.line()).append('|').append(rec.timestamp()).append('|').append(rec.sources()).append(e).append('|');
                    sb.append(Double.doubleToRawLongBits(e.location().lat())).append(Double.doubleToRawLongBits(e.location().lon()));
                    for (Map.Entry<String, String> x : e.attributes().entrySet()) {
                        sb.append(x.getKey()).append('=').append(x.getValue()).append('\u0001');
                    }
                    sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
                    ok++;
                } catch (InvalidRecordException ex) {
                    sha.update(ex.getMessage().getBytes(StandardCharsets.UTF_8));
                    errors++;
                }
            }
        }
        return "ok=" + ok + " errors=" + errors + " " + HexFormat.of().formatHex(sha.digest());
    }

    @Test
    void oddAndWrongCellsGiveTheSameEventsAndTheSameMessagesAsBefore() throws Exception {
        assertEquals("ok=2858 errors=142 b26add44fd4449b0afc67c5a8a43a1f2f5a475a6c85b5984cb209a405d3e568d",
                digestWithErrors(mutated(1)));
        assertEquals("ok=2851 errors=149 f9d2393a832e8e5c42b3d032e6e1a7480a866ec02843e82f659c1725c00e4c54",
                digestWithErrors(mutated(2)));
    }
}
