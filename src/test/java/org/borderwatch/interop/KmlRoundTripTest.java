package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SituationData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class KmlRoundTripTest {
    private static final KmlReader.ForeignDefaults DEFAULTS =
            new KmlReader.ForeignDefaults("analyst", Instant.parse("2025-01-02T03:04:05Z"), "#FF7F0E");

    @TempDir
    Path dir;

    /** What the store holds before a round trip: the crossings only. */
    private static KnownIds known() {
        return new KnownIds(Set.of(), Set.of("fi-vaalimaa", "pl-kuznica", "pl-terespol-road"), Set.of());
    }

    private static byte[] export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KmlWriter.Result r = new KmlWriter().write(out, ExportContent.everything(SampleSituation.data(),
                SampleSituation.annotations(), SampleSituation.DAY), "Borderwatch – test");
        assertEquals(1, r.eventsWithoutLocation(), "the month-precision fence event has no location");
        assertEquals(7 + 2 + 5, r.placemarks(), "7 status intervals, 2 placed events, 5 annotations");
        return out.toByteArray();
    }

    private static KmlReader.Result read(String kml) throws Exception {
        return KmlReader.read(new ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)), "in.kml", new KnownIds(Set.of("F3"), Set.of(), Set.of()), DEFAULTS);
    }

    @Test
    void placedEventsAndAnnotationsComeBackEqual() throws Exception {
        SituationData data = SampleSituation.data();
        KmlReader.Result back = KmlReader.read(new ByteArrayInputStream(export()), "all.kml", known(), DEFAULTS);
        List<Event> placed = data.events().stream().filter(e -> e.location() != null).toList();
        assertEquals(placed, back.events());
        assertEquals(SampleSituation.annotations(), back.annotations());
        assertEquals(7, back.crossingsIgnored());
        assertEquals(Set.of("F3", "P13", "G3"), Set.copyOf(back.sources().stream().map(s -> s.id()).toList()));
    }

    @Test
    void aFileCheckedThenReadEventByEventGivesWhatReadingItWholeGives() throws Exception {
        // Borderwatch's own export with a Placemark of another tool, whose annotation's id comes from its place in the file
        String foreign = "<Placemark><name>Checkpoint</name><Point><coordinates>27.8,60.6</coordinates></Point></Placemark>";
        String kml = new String(export(), StandardCharsets.UTF_8).replace("</Document>", foreign + "</Document>");
        Path file = dir.resolve("all.kml");
        Files.writeString(file, kml);
        KmlReader.Result whole = KmlReader.read(file, known(), DEFAULTS);
        FirstPass checked;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            checked = KmlReader.check(in, "all.kml", known(), DEFAULTS);
        }
        assertEquals(whole.events().size(), checked.events());
        assertEquals(SampleSituation.annotations().size() + 1, checked.annotations().size());
        assertEquals(whole.annotations(), checked.annotations());
        assertEquals(whole.sources(), checked.sources());
        assertEquals(whole.crossingsIgnored(), checked.crossingsIgnored());
        List<Event> streamed = new java.util.ArrayList<>();
        try (java.io.InputStream in = Files.newInputStream(file)) {
            KmlReader.events(in, "all.kml", known(), DEFAULTS, streamed::add);
        }
        assertEquals(whole.events(), streamed, "the second pass hands the events in file order");
    }

    @Test
    void crossingsHaveOnePlacemarkPerIntervalWithTimeSpanAndStatusStyle() throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(export()));
        assertEquals(KmlWriter.NS, doc.getDocumentElement().getNamespaceURI());
        NodeList placemarks = doc.getElementsByTagNameNS(KmlWriter.NS, "Placemark");
        Element vaalimaaClosed = (Element) placemarks.item(1);
        assertEquals("Vaalimaa – Торфяновка (Torfyanovka): closed", text(vaalimaaClosed, "name"));
        assertEquals("2023-11-18", text(vaalimaaClosed, "begin"));
        assertEquals("2023-12-14", text(vaalimaaClosed, "end"));
        assertEquals("#crossing-road-closed", text(vaalimaaClosed, "styleUrl"), "the style of its type and status");
        Element stillClosed = (Element) placemarks.item(3);
        assertEquals(0, stillClosed.getElementsByTagNameNS(KmlWriter.NS, "end").getLength(), "open-ended interval");
        Element kuznica = (Element) placemarks.item(4);
        assertEquals("Closed from 2021-11-09 07:00 until 2025-11-17 (exclusive). Suspended \"until further notice\" & <not> reopened.",
                text(kuznica, "description"));
        Element event = (Element) placemarks.item(7);
        assertEquals("2023-11-18", text(event, "when"));
        assertEquals("#category-closure", text(event, "styleUrl"));
        assertEquals("27.80833,60.6", text(event, "coordinates"));
        Element ring = (Element) placemarks.item(13);
        String circle = ((Element) ring.getElementsByTagNameNS(KmlWriter.NS, "LineString").item(0))
                .getElementsByTagNameNS(KmlWriter.NS, "coordinates").item(0).getTextContent();
        assertEquals(73, circle.split(" ").length, "72 segments, closed");
        NodeList styles = doc.getElementsByTagNameNS(KmlWriter.NS, "Style");
        assertEquals(5 * 5 + 12 + 5, styles.getLength(),
                "types × statuses (not tracked and no data included), categories, annotation colours");
        Element closedStyle = (Element) styles.item(2);
        assertEquals("crossing-road-closed", closedStyle.getAttribute("id"));
        assertEquals("ff005ed5", text(closedStyle, "color"), "the slides' closed #D55E00 as aabbggrr");
        assertEquals(0, doc.getElementsByTagNameNS(KmlWriter.NS, "href").getLength(), "plain KML refers to nothing");
    }

    @Test
    void placemarksOfOtherToolsBecomeAnnotations() throws Exception {
        String kml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>Trip</name>
                  <Placemark><name>Kuźnica checkpoint</name><description>Queue of trucks</description>
                    <TimeStamp><when>2021-11-08T10:00:00Z</when></TimeStamp>
                    <Point><coordinates>23.69,53.53,0</coordinates></Point></Placemark>
                  <Placemark><name>Patrol road</name><TimeSpan><begin>2022-01</begin><end>2022-07-01</end></TimeSpan>
                    <LineString><coordinates>
                      23.60,53.40 23.70,53.45
                    </coordinates></LineString></Placemark>
                </Folder></Document></kml>
                """;
        KmlReader.Result r = read(kml);
        assertEquals(2, r.annotations().size());
        Annotation point = r.annotations().get(0);
        assertEquals(AnnotationKind.POINT, point.kind());
        assertEquals("Kuźnica checkpoint", point.title());
        assertEquals("Queue of trucks", point.note());
        assertEquals(LocalDate.of(2021, 11, 8), point.validFrom());
        assertEquals(LocalDate.of(2021, 11, 9), point.validUntil());
        assertEquals("analyst", point.author());
        assertEquals("#FF7F0E", point.color());
        Annotation line = r.annotations().get(1);
        assertEquals(AnnotationKind.LINE, line.kind());
        assertEquals(LocalDate.of(2022, 1, 1), line.validFrom());
        assertEquals(line.id(), read(kml).annotations().get(1).id(), "re-reading gives the same ids");
    }

    @Test
    void externalEntitiesAndDoctypesAreRefusedAndNothingIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>&xxe;</name>"
                + "<Point><coordinates>23,52</coordinates></Point></Placemark></kml>";
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(xxe));
        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertTrue(e.getMessage().startsWith("in.kml:2:"), e.getMessage());
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<kml><Placemark><name>&b;</name></Placemark></kml>";
        assertThrows(InputFormatException.class, () -> read(bomb));
    }

    @Test
    void badCoordinatesAndBrokenXmlNameTheirPlace() {
        String offGlobe = "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Placemark><name>x</name>\n"
                + "<Point><coordinates>52.1,123.6</coordinates></Point></Placemark></kml>";
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(offGlobe));
        assertTrue(e.getMessage().startsWith("in.kml:3:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("coordinate 1 '52.1,123.6' is off the globe (KML writes longitude,latitude)"), e.getMessage());
        InputFormatException broken = assertThrows(InputFormatException.class, () -> read("<kml>\n<Placemark></kml>"));
        assertTrue(broken.getMessage().startsWith("in.kml:2:"), broken.getMessage());
        InputFormatException notKml = assertThrows(InputFormatException.class, () -> read("<gpx></gpx>"));
        assertTrue(notKml.getMessage().endsWith("not KML: the document starts with <gpx>"), notKml.getMessage());
    }

    @Test
    void gdalReadsTheExport() throws Exception {
        OgrInfo.assumeInstalled();
        Path file = Files.write(dir.resolve("borderwatch.kml"), export());
        String out = OgrInfo.assertReadable(file);
        assertTrue(out.contains("Crossings"), out);
        assertTrue(out.contains("Annotations"), out);
    }

    private static String text(Element e, String tag) {
        return e.getElementsByTagNameNS(KmlWriter.NS, tag).item(0).getTextContent();
    }
}
