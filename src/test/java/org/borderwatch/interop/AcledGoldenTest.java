package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
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
}
