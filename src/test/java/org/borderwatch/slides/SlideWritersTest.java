package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Each writer's file, read back the way a user's tools would read it. */
class SlideWritersTest {
    @TempDir
    Path dir;

    static Slide slide(SlideSize size) {
        SlideSpec spec = SlideSpec.of("South-east Finland: all crossings closed", SlideFixtures.d("2023-11-30"),
                        ViewPreset.FINLAND)
                .withSubtitle("Finland–Russia land border, week 48")
                .withSize(size)
                .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));
        return Slide.compose(spec, SlideFixtures.data(), SlideFixtures.map());
    }

    @Test
    void pngHasThePixelSizeOfTheSlide() throws IOException {
        Path out = dir.resolve("slide.png");
        new PngSlideWriter(new SlidePainter()).write(slide(SlideSize.WIDE), out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1920, img.getWidth());
        assertEquals(1080, img.getHeight());
    }

    @Test
    void pngOfAPrintSizeIsPaintedAtTheChosenResolution() throws IOException {
        Path out = dir.resolve("a4.png");
        Slide slide = slide(SlideSize.A4_LANDSCAPE);
        new PngSlideWriter(new SlidePainter()).write(
                Slide.compose(slide.spec().withDpi(150), SlideFixtures.data(), SlideFixtures.map()), out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(Math.round(297 / 25.4 * 150), img.getWidth(), 1);
        assertEquals(Math.round(210 / 25.4 * 150), img.getHeight(), 1);
    }

    @Test
    void pngAtAnyPixelSize() throws IOException {
        Path out = dir.resolve("small.png");
        new PngSlideWriter(new SlidePainter()).write(slide(SlideSize.WIDE), out, 1280, 720, 96);
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
    }

    @Test
    void svgIsWellFormedAndKeepsTheTitleAsText() throws Exception {
        Path out = dir.resolve("slide.svg");
        new SvgSlideWriter(new SlidePainter()).write(slide(SlideSize.WIDE), out);
        Document doc = safeParser().parse(out.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() != null
                ? doc.getDocumentElement().getLocalName() : doc.getDocumentElement().getTagName());
        NodeList texts = doc.getElementsByTagName("text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            strings.add(texts.item(i).getTextContent());
        }
        assertTrue(String.join(" ", strings).contains("South-east Finland: all crossings closed"), strings.toString());
        assertTrue(strings.stream().anyMatch(t -> t.startsWith("Situation on this day")), strings.toString());
        assertTrue(strings.contains("Thu 30 Nov 2023"), strings.toString());
        assertTrue(strings.contains("UNCLASSIFIED — FOR TRAINING"), strings.toString());
        assertEquals(List.of(0.0, 0.0, 1920.0, 1080.0), numbers(doc.getDocumentElement().getAttribute("viewBox")));
        String svg = java.nio.file.Files.readString(out);
        java.util.regex.Matcher paths = java.util.regex.Pattern.compile(" d='([^']*)'").matcher(svg);
        assertTrue(paths.find());
        assertFalse(paths.group(1).matches(".*\\d\\.\\d{3,}.*"), "path coordinates carry at most 2 decimals");
    }

    @Test
    void svgOfAPrintSizeDeclaresItsPaperSize() throws Exception {
        Path out = dir.resolve("a4.svg");
        new SvgSlideWriter(new SlidePainter()).write(slide(SlideSize.A4_LANDSCAPE), out);
        Document doc = safeParser().parse(out.toFile());
        assertTrue(doc.getDocumentElement().getAttribute("width").matches("297(\\.0+)?mm"));
        assertTrue(doc.getDocumentElement().getAttribute("height").matches("210(\\.0+)?mm"));
        assertEquals(List.of(0.0, 0.0, 1123.0, 794.0), numbers(doc.getDocumentElement().getAttribute("viewBox")));
    }

    private static List<Double> numbers(String text) {
        return java.util.Arrays.stream(text.trim().split("[ ,]+")).map(Double::valueOf).toList();
    }

    @Test
    void pdfHasThePresetPageSizeEmbeddedFontsAndRealText() throws IOException {
        Path wide = dir.resolve("wide.pdf");
        Path a4 = dir.resolve("a4.pdf");
        new PdfSlideWriter(new SlidePainter()).write(slide(SlideSize.WIDE), wide);
        new PdfSlideWriter(new SlidePainter()).write(slide(SlideSize.A4_LANDSCAPE), a4);
        try (PDDocument doc = Loader.loadPDF(wide.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(1440, page.getMediaBox().getWidth(), 0.5);
            assertEquals(810, page.getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.replaceAll("\\s+", " ").contains("South-east Finland: all crossings closed"), text);
            assertTrue(text.contains("Thu 30 Nov 2023"), text);
            assertFalse(fonts(doc).isEmpty());
            for (PDFont f : fonts(doc)) {
                assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
            }
        }
        try (PDDocument doc = Loader.loadPDF(a4.toFile())) {
            PDPage page = doc.getPage(0);
            assertEquals(297 / 25.4 * 72, page.getMediaBox().getWidth(), 0.1);
            assertEquals(210 / 25.4 * 72, page.getMediaBox().getHeight(), 0.1);
        }
    }

    @Test
    void aPdfSlidesPageIsDeflatedAtZlibsFastestLevel() throws IOException {
        Path pdf = dir.resolve("fast.pdf");
        new PdfSlideWriter(new SlidePainter()).write(slide(SlideSize.WIDE), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var resources = doc.getPage(0).getResources();
            List<org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject> forms = new ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                    forms.add(form);
                }
            }
            assertEquals(1, forms.size(), "the slide is one form drawn on its page");
            org.apache.pdfbox.cos.COSStream stream = forms.get(0).getCOSObject();
            assertEquals(org.apache.pdfbox.cos.COSName.FLATE_DECODE, stream.getFilters());
            byte[] head;
            try (InputStream raw = stream.createRawInputStream()) {
                head = raw.readNBytes(2);
            }
            // a zlib stream's second byte says how hard its deflater tried: 0x01 the fastest level
            // (0x9C the default, 0xDA the best)
            assertEquals(0x78, head[0] & 0xFF);
            assertEquals(0x01, head[1] & 0xFF, "deflated at level 1, not " + Integer.toHexString(head[1] & 0xFF));
            // and it reads back: the page's text is there
            assertTrue(new PDFTextStripper().getText(doc).contains("Thu 30 Nov 2023"));
        }
    }

    static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collectFonts(page.getResources(), out);
        }
        return out;
    }

    private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources res, List<PDFont> out) throws IOException {
        if (res == null) {
            return;
        }
        for (var name : res.getFontNames()) {
            out.add(res.getFont(name));
        }
        for (var name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collectFonts(form.getResources(), out);
            }
        }
    }

    static DocumentBuilder safeParser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
