package org.borderwatch.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Status;
import org.borderwatch.interop.ExportContent;
import org.borderwatch.interop.KmlWriter;
import org.borderwatch.interop.SampleSituation;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.SymbolIcons;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A KMZ opened as Google Earth opens it, on a machine with no network. */
class KmzWriterTest {

    private static Map<String, byte[]> kmz() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KmzWriter().write(out, ExportContent.everything(SampleSituation.data(), SampleSituation.annotations(),
                SampleSituation.DAY), "Borderwatch – test");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void theKmlComesFirstAndEveryIconItNamesIsInsideNothingOnTheNetwork() throws Exception {
        Map<String, byte[]> entries = kmz();
        assertEquals("doc.kml", entries.keySet().iterator().next(), "Google Earth reads the first .kml");
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(entries.get("doc.kml")));
        NodeList hrefs = doc.getElementsByTagNameNS(KmlWriter.NS, "href");
        assertTrue(hrefs.getLength() >= 5 * 5 + 12, "every crossing and event style has its icon");
        for (int i = 0; i < hrefs.getLength(); i++) {
            String href = hrefs.item(i).getTextContent();
            assertFalse(href.contains(":"), "an address outside the file: " + href);
            assertTrue(entries.containsKey(href), href + " is not in the KMZ");
            BufferedImage icon = ImageIO.read(new ByteArrayInputStream(entries.get(href)));
            assertEquals(SymbolIcons.SIZE, icon.getWidth());
        }
        // a source's web address may be cited in a description; nothing is fetched from the network
        for (String fetched : new String[] {"NetworkLink", "Link", "targetHref", "Model", "Update"}) {
            assertEquals(0, doc.getElementsByTagNameNS(KmlWriter.NS, fetched).getLength(), fetched);
        }
        NodeList styleUrls = doc.getElementsByTagNameNS(KmlWriter.NS, "styleUrl");
        assertTrue(styleUrls.getLength() > 0);
        for (int i = 0; i < styleUrls.getLength(); i++) {
            assertTrue(styleUrls.item(i).getTextContent().startsWith("#"), "a style outside the file: "
                    + styleUrls.item(i).getTextContent());
        }
    }

    @Test
    void eachStatusHasItsOwnSymbolInTheSlidesColours() throws Exception {
        Map<String, byte[]> entries = kmz();
        Set<String> looks = new TreeSet<>();
        for (Status s : Status.values()) {
            BufferedImage icon = ImageIO.read(new ByteArrayInputStream(entries.get(
                    KmzWriter.BUNDLED.crossing(CrossingType.ROAD, s))));
            looks.add(java.util.Arrays.toString(icon.getRGB(0, 0, icon.getWidth(), icon.getHeight(), null, 0, icon.getWidth())));
            if (s == Status.OPEN || s == Status.CLOSED || s == Status.RESTRICTED) {
                assertTrue(share(icon, MapStyle.DEFAULT.statusColor(s)) > 0.08, s + " icon lacks the slides' " + s + " colour");
            }
        }
        assertEquals(Status.values().length, looks.size(), "every status looks different");
        BufferedImage closedRail = ImageIO.read(new ByteArrayInputStream(entries.get(
                KmzWriter.BUNDLED.crossing(CrossingType.RAIL, Status.CLOSED))));
        BufferedImage closedRoad = ImageIO.read(new ByteArrayInputStream(entries.get(
                KmzWriter.BUNDLED.crossing(CrossingType.ROAD, Status.CLOSED))));
        // the corners of a rail crossing's square are painted, a road crossing's circle leaves them clear
        int c = SymbolIcons.SIZE / 2;
        int corner = (int) Math.round(0.85 * 7 * 2.4);
        Color rail = new Color(closedRail.getRGB(c + corner, c + corner), true);
        Color road = new Color(closedRoad.getRGB(c + corner, c + corner), true);
        assertTrue(rail.getAlpha() > 200 && rail.getRed() + rail.getGreen() + rail.getBlue() < 450, "rail: a square " + rail);
        assertTrue(road.getAlpha() < 100 || road.getRed() + road.getGreen() + road.getBlue() > 600, "road: a circle " + road);
        assertNotNull(entries.get(KmzWriter.BUNDLED.event(Category.CLOSURE)));
    }

    @Test
    void plainKmlStylesUseTheSlidesColours() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KmlWriter().write(out, ExportContent.everything(SampleSituation.data(), SampleSituation.annotations(),
                SampleSituation.DAY), "test");
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        NodeList styles = doc.getElementsByTagNameNS(KmlWriter.NS, "Style");
        int checked = 0;
        for (int i = 0; i < styles.getLength(); i++) {
            Element style = (Element) styles.item(i);
            String id = style.getAttribute("id");
            String color = style.getElementsByTagNameNS(KmlWriter.NS, "color").item(0).getTextContent();
            for (Status s : Status.values()) {
                if (id.equals("crossing-road-" + s.code())) {
                    assertEquals(kml(MapStyle.DEFAULT.statusColor(s)), color, id);
                    checked++;
                }
            }
            for (Category c : Category.values()) {
                if (id.equals("category-" + c.code())) {
                    assertEquals(kml(MapStyle.DEFAULT.categoryColor(c)), color, id);
                    checked++;
                }
            }
        }
        assertEquals(Status.values().length + Category.values().length, checked);
    }

    private static String kml(Color c) {
        return String.format("ff%02x%02x%02x", c.getBlue(), c.getGreen(), c.getRed());
    }

    private static double share(BufferedImage img, Color c) {
        int hit = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y), true);
                if (p.getAlpha() > 200 && Math.abs(p.getRed() - c.getRed()) < 12 && Math.abs(p.getGreen() - c.getGreen()) < 12
                        && Math.abs(p.getBlue() - c.getBlue()) < 12) {
                    hit++;
                }
            }
        }
        return hit / (double) (img.getWidth() * img.getHeight());
    }
}
