package org.borderwatch.slides;

import static org.borderwatch.slides.SlideFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deck opened with POI as PowerPoint would open it. */
class PptxDeckWriterTest {
    @TempDir
    Path dir;

    static final SlideSpec TEMPLATE = SlideSpec.of("Finland–Russia crossings", d("2023-11-16"), ViewPreset.FINLAND)
            .withBanner(Banner.of("UNCLASSIFIED — FOR TRAINING", "#2E7D32"));

    static DeckPlan changes() {
        return DeckPlanner.plan(SlideFixtures.data(), TEMPLATE, d("2023-11-16"), d("2023-12-20"), DeckRule.changes(), false);
    }

    @Test
    void aDeckHasATitleSlideThenOneSlidePerStepWithEditableTitlesAndNotes() throws Exception {
        DeckPlan plan = changes();
        Path out = dir.resolve("deck.pptx");
        List<Integer> reported = new ArrayList<>();
        new PptxDeckWriter(new SlidePainter()).write(plan, SlideData.of(SlideFixtures.data(), SlideFixtures.map()), out,
                new DeckProgress() {
                    @Override
                    public void slideDone(int done, int total) {
                        reported.add(done);
                        assertEquals(5, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
        assertEquals(List.of(1, 2, 3, 4, 5), reported);
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(960, ppt.getPageSize().getWidth());
            var fonts = ppt.getFonts();
            assertEquals(1, fonts.size(), "the slide font is embedded");
            assertEquals(SlideFonts.FAMILY, fonts.get(0).getTypeface());
            assertEquals(2, fonts.get(0).getFacets().size(), "regular and bold");
            for (var facet : fonts.get(0).getFacets()) {
                var header = new org.apache.poi.common.usermodel.fonts.FontHeader();
                byte[] data = ((org.apache.poi.xslf.usermodel.XSLFFontData) facet.getFontData()).getInputStream().readAllBytes();
                header.init(data, 0, data.length);
                assertEquals(SlideFonts.FAMILY, header.getFamilyName());
                assertTrue(data.length > 300_000, "the whole font is inside: " + data.length);
            }
            assertEquals(540, ppt.getPageSize().getHeight());
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(plan.steps().size() + 1, slides.size());
            assertEquals("Finland–Russia crossings", placeholderText(slides.get(0), Placeholder.CENTERED_TITLE));
            assertTrue(placeholderText(slides.get(0), Placeholder.SUBTITLE).contains("one slide per status change"));
            java.util.Set<String> titles = new java.util.HashSet<>();
            java.util.Set<java.awt.geom.Rectangle2D> mapAnchors = new java.util.HashSet<>();
            for (int i = 1; i < slides.size(); i++) {
                XSLFSlide s = slides.get(i);
                String title = placeholderText(s, Placeholder.TITLE).replaceAll("\\s+", " ");
                assertTrue(title.startsWith("Finland–Russia crossings"), title);
                String day = org.borderwatch.domain.DateText.current().dayWithWeekday(plan.steps().get(i - 1).date());
                assertTrue(title.replace('\u00A0', ' ').contains(day), "the date is in the title placeholder: " + title);
                titles.add(title);
                assertTrue(allText(s).replaceAll("\\s+", " ").contains(plan.steps().get(i - 1).caption()),
                        "the caption is on the slide");
                List<XSLFPictureShape> pictures = s.getShapes().stream().filter(sh -> sh instanceof XSLFPictureShape)
                        .map(sh -> (XSLFPictureShape) sh).toList();
                assertFalse(pictures.isEmpty(), "map picture");
                for (XSLFPictureShape pic : pictures) {
                    String alt = ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) pic.getXmlObject())
                            .getNvPicPr().getCNvPr().getDescr();
                    assertTrue(alt != null && alt.length() > 20, "picture " + pic.getShapeName() + " has no alt text");
                    if (pic.getShapeName().startsWith("Map")) {
                        mapAnchors.add(pic.getAnchor());
                        assertTrue(alt.contains(day) && alt.contains("Vaalimaa"), alt);
                    }
                }
                String notes = notesText(ppt, s);
                assertTrue(notes.startsWith("Situation as of"), notes);
                assertTrue(notes.contains("Crossings in view:"), notes);
            }
            assertEquals(slides.size() - 1, titles.size(), "every slide's title differs: " + titles);
            assertEquals(1, mapAnchors.size(), "every slide's map sits in the same frame: " + mapAnchors);
            assertFalse(notesText(ppt, slides.get(0)).isBlank());
            String vartius = notesText(ppt, slides.get(2));
            assertTrue(vartius.contains("Vartius, Kuusamo and Salla closed"), vartius);
            assertTrue(vartius.contains("Finland has almost completely closed its border with Russia — Pledge Times"),
                    vartius);
            assertFalse(vartius.matches("(?s).*\\[[FGP]\\d+\\].*"), "no bare source ids in the notes: " + vartius);
            assertTrue(vartius.contains("Sources cited on this slide") && vartius.contains("[1] "), vartius);
            String text = allText(slides.get(2));
            assertTrue(text.contains("Situation on this day") && text.contains("Fri 24 Nov 2023"), text);
            assertTrue(text.contains("SOURCES") && text.contains("OpenStreetMap"), text);
            assertTrue(text.contains("UNCLASSIFIED — FOR TRAINING"), text);
        }
    }

    @Test
    void everySlideShowsItsMapAsASingleSlideWouldPaintItAndNoPictureIsStoredTwice() throws Exception {
        DeckPlan plan = changes();
        SlideData data = SlideData.of(SlideFixtures.data(), SlideFixtures.map());
        SlidePainter painter = new SlidePainter();
        Path out = dir.resolve("deck.pptx");
        new PptxDeckWriter(painter, 2).write(plan, data, out, DeckProgress.NONE);
        try (InputStream in = Files.newInputStream(out); XMLSlideShow ppt = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = ppt.getSlides();
            java.util.Set<String> locatorParts = new java.util.HashSet<>();
            java.util.Set<java.awt.geom.Rectangle2D> locatorBoxes = new java.util.HashSet<>();
            for (int i = 1; i < slides.size(); i++) {
                DeckStep step = plan.steps().get(i - 1);
                Slide slide = data.compose(plan.specFor(step).withSize(SlideSize.WIDE), step.eventId());
                SlideLayout layout = painter.layout(slide, 1920, 1080);
                java.awt.image.BufferedImage expected = painter.panelImage(layout, 0, PptxDeckWriter.PICTURE_SCALE);
                XSLFPictureShape map = pictureAt(slides.get(i), layout.panels().get(0).viewBox());
                java.awt.image.BufferedImage actual = javax.imageio.ImageIO.read(
                        new java.io.ByteArrayInputStream(map.getPictureData().getData()));
                assertEquals(expected.getWidth(), actual.getWidth());
                assertEquals(expected.getHeight(), actual.getHeight());
                for (int y = 0; y < expected.getHeight(); y++) {
                    for (int x = 0; x < expected.getWidth(); x++) {
                        if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                            throw new AssertionError("slide " + (i + 1) + ": map pixel " + x + "," + y + " differs");
                        }
                    }
                }
                String notes = notesText(ppt, slides.get(i));
                for (org.borderwatch.render.MapLabel b : layout.badges()) {
                    assertTrue(notes.contains("\n" + b.number() + " " + b.text() + "\n"),
                            "slide " + (i + 1) + ": number " + b.number() + " named in the notes: " + notes);
                }
                if (layout.locatorMap() != null) {
                    locatorBoxes.add(layout.locatorMap());
                    locatorParts.add(pictureAt(slides.get(i), layout.locatorMap()).getPictureData().getPackagePart()
                            .getPartName().getName());
                }
            }
            assertEquals(locatorBoxes.size(), locatorParts.size(), "one locator picture per size");
            java.util.Set<java.nio.ByteBuffer> contents = new java.util.HashSet<>();
            ppt.getPictureData().forEach(p -> contents.add(java.nio.ByteBuffer.wrap(p.getData())));
            assertEquals(ppt.getPictureData().size(), contents.size(), "no picture stored twice");
        }
    }

    /** The picture shape anchored at {@code box} (canvas units; half a point each). */
    private static XSLFPictureShape pictureAt(XSLFSlide s, java.awt.geom.Rectangle2D box) {
        for (var sh : s.getShapes()) {
            if (sh instanceof XSLFPictureShape p) {
                java.awt.geom.Rectangle2D a = p.getAnchor();
                if (Math.abs(a.getX() - box.getX() / 2) < 1 && Math.abs(a.getY() - box.getY() / 2) < 1
                        && Math.abs(a.getWidth() - box.getWidth() / 2) < 1) {
                    return p;
                }
            }
        }
        throw new AssertionError("slide " + s.getSlideNumber() + " has no picture at " + box);
    }

    @Test
    void cancellingStopsTheDeckAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("deck.pptx");
        DeckProgress stopAfterTwo = new DeckProgress() {
            int done;

            @Override
            public void slideDone(int d, int total) {
                done = d;
            }

            @Override
            public boolean cancelled() {
                return done >= 2;
            }
        };
        assertThrows(CancellationException.class, () -> new PptxDeckWriter(new SlidePainter()).write(changes(),
                SlideData.of(SlideFixtures.data(), SlideFixtures.map()), out, stopAfterTwo));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no deck and no temporary file");
        }
    }

    static String placeholderText(XSLFSlide s, Placeholder type) {
        for (XSLFTextShape ph : s.getPlaceholders()) {
            if (ph.getTextType() == type) {
                return ph.getText();
            }
        }
        throw new AssertionError("slide " + s.getSlideNumber() + " has no " + type + " placeholder");
    }

    static String notesText(XMLSlideShow ppt, XSLFSlide s) {
        var notes = s.getNotes();
        assertTrue(notes != null, "slide " + s.getSlideNumber() + " has notes");
        StringBuilder sb = new StringBuilder();
        for (XSLFTextShape ph : notes.getPlaceholders()) {
            if (ph.getTextType() == Placeholder.BODY) {
                sb.append(ph.getText());
            }
        }
        return sb.toString();
    }

    static String allText(XSLFSlide s) {
        StringBuilder sb = new StringBuilder();
        s.getShapes().forEach(sh -> {
            if (sh instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        });
        return sb.toString();
    }
}
