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
            assertEquals(540, ppt.getPageSize().getHeight());
            List<XSLFSlide> slides = ppt.getSlides();
            assertEquals(plan.steps().size() + 1, slides.size());
            assertEquals("Finland–Russia crossings", placeholderText(slides.get(0), Placeholder.CENTERED_TITLE));
            assertTrue(placeholderText(slides.get(0), Placeholder.SUBTITLE).contains("one slide per status change"));
            for (int i = 1; i < slides.size(); i++) {
                XSLFSlide s = slides.get(i);
                String title = placeholderText(s, Placeholder.TITLE);
                assertTrue(title.startsWith("Finland–Russia crossings"), title);
                assertTrue(title.contains(plan.steps().get(i - 1).caption()), title);
                assertTrue(s.getShapes().stream().anyMatch(sh -> sh instanceof XSLFPictureShape), "map picture");
                String notes = notesText(ppt, s);
                assertTrue(notes.startsWith("Situation as of"), notes);
                assertTrue(notes.contains("Crossings in view:"), notes);
            }
            assertFalse(notesText(ppt, slides.get(0)).isBlank());
            String vartius = notesText(ppt, slides.get(2));
            assertTrue(vartius.contains("Vartius, Kuusamo and Salla closed"), vartius);
            assertTrue(vartius.contains("[F9] Finland has almost completely closed its border with Russia — Pledge Times"),
                    vartius);
            String text = allText(slides.get(2));
            assertTrue(text.contains("Situation as of") && text.contains("Fri 24 Nov 2023"), text);
            assertTrue(text.contains("SOURCES") && text.contains("OpenStreetMap"), text);
            assertTrue(text.contains("UNCLASSIFIED — FOR TRAINING"), text);
        }
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
