package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Confidence;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** KML that is not what it claims, and text that must come back exactly as it was written. */
class KmlHostileInputTest {
    private static final KmlReader.ForeignDefaults DEFAULTS =
            new KmlReader.ForeignDefaults("analyst", Instant.parse("2025-01-02T03:04:05Z"), "#FF7F0E");
    private static final String HEAD = "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>";
    private static final String TAIL = "</name><Point><coordinates>27.5,61</coordinates></Point></Placemark></kml>\n";

    private static KmlReader.Result read(byte[] kml) throws Exception {
        return KmlReader.read(new ByteArrayInputStream(kml), "in.kml", new KnownIds(Set.of(), Set.of("fi-vaalimaa"),
                Set.of()), DEFAULTS);
    }

    @Test
    void notesAndTitlesKeepEveryTabSpaceAndLineEndThroughExportAndImport() throws Exception {
        Instant t = Instant.parse("2024-06-13T09:30:00Z");
        Annotation a = new Annotation("ws-1", AnnotationKind.POINT, SampleSituation.GF.createPoint(new Coordinate(27.9, 60.7)),
                "  Spaced title\t", "\tIndented first line\r\nsecond line  \rthird\n\n", "analyst", t, t, List.of(), List.of(),
                Confidence.PROBABLE, null, null, "#D62728", null);
        Event sample = SampleSituation.data().events().stream().filter(e -> e.location() != null).findFirst().orElseThrow();
        Event e = new Event(sample.id(), sample.date(), sample.datePrecision(), " Title with a leading space",
                "\tSummary\r\nwith CRLF ", sample.category(), sample.border(), sample.crossingId(), sample.location(),
                sample.place(), sample.sourceIds(), sample.tags(), sample.attributes());
        var d = SampleSituation.data();
        ExportContent content = new ExportContent(new SituationData(d.crossings(), d.allIntervals(), List.of(e),
                List.copyOf(d.sources().values())), List.of(a), SampleSituation.DAY, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KmlWriter().write(out, content, "whitespace");
        KmlReader.Result back = read(out.toByteArray());
        assertEquals(List.of(a), back.annotations());
        assertEquals(" Title with a leading space", back.events().get(0).title());
        assertEquals("\tSummary\r\nwith CRLF ", back.events().get(0).summary());
    }

    @Test
    void aForeignPlacemarkKeepsItsNameAsWritten() throws Exception {
        KmlReader.Result r = read((HEAD + "\tPatrol  " + TAIL).getBytes(StandardCharsets.UTF_8));
        assertEquals("\tPatrol  ", r.annotations().get(0).title());
    }

    @Test
    void aLatinOneFileWithoutDeclarationIsRefusedAtItsPlaceWithoutNoiseOnStandardError() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\"?>\n" + HEAD + "K\u00e4rk\u00f6l\u00e4" + TAIL).getBytes(StandardCharsets.ISO_8859_1);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputFormatException e;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            e = assertThrows(InputFormatException.class, () -> read(latin1));
        } finally {
            System.setErr(saved);
        }
        assertEquals("2:" + (HEAD.length() + 2), e.place(), e.getMessage());
        assertTrue(e.reason().contains("0xE4") && e.reason().contains("not UTF-8") && e.reason().contains("encoding"),
                e.getMessage());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing but the one message: no '[Fatal Error]' line");
    }

    @Test
    void aDeclaredLatinOneFileIsRead() throws Exception {
        byte[] latin1 = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + HEAD + "K\u00e4rk\u00f6l\u00e4" + TAIL)
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("K\u00e4rk\u00f6l\u00e4", read(latin1).annotations().get(0).title());
    }

    @Test
    void aLoneSurrogateInUtf16IsRefusedWithItsPlace() {
        byte[] text = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + HEAD + "ab").getBytes(StandardCharsets.UTF_16BE);
        byte[] tail = TAIL.getBytes(StandardCharsets.UTF_16BE);
        byte[] kml = new byte[text.length + 2 + tail.length];
        System.arraycopy(text, 0, kml, 0, text.length);
        kml[text.length] = (byte) 0xD8; // a high surrogate followed by '<', not by a low one
        kml[text.length + 1] = 0x01;
        System.arraycopy(tail, 0, kml, text.length + 2, tail.length);
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(kml));
        assertEquals("2:" + (HEAD.length() + 3), e.place(), e.getMessage());
        assertTrue(e.reason().contains("UTF-16"), e.getMessage());
    }

    @Test
    void aFiftyMegabyteNameIsRefusedAsTooLongWithItsElement() {
        StringBuilder kml = new StringBuilder("<?xml version=\"1.0\"?>\n").append(HEAD);
        kml.append("x".repeat(50 * 1024 * 1024)).append(TAIL);
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> read(kml.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("in.kml:2:"), e.getMessage());
        assertTrue(e.reason().contains("<name>") && e.reason().contains("52,428,800"), e.getMessage());
        assertFalse(e.getMessage().contains("JSON"), e.getMessage());
    }
}
