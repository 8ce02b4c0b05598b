package org.borderwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.borderwatch.slides.SlideData;
import org.borderwatch.slides.SlideFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code render} and {@code slides} as a user runs them, over the test snapshot. */
class SlideCommandsTest {
    @TempDir
    Path dir;

    private final SlideDataSource fixture = db -> SlideDataSource.Opened.of(SlideData.of(SlideFixtures.data(), SlideFixtures.map()));
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("borderwatch " + cmd.getCommandName() + ": " + Failure.reason(ex));
            return 1;
        });
        return cl.execute(args);
    }

    @Test
    void renderWritesAPngOfTheRequestedSize() throws Exception {
        Path png = dir.resolve("slide.png");
        assertEquals(0, run(new RenderCommand(fixture), "--date", "2023-11-30", "--view", "finland", "--width", "1280",
                "--height", "720", "--title", "South-east Finland", "--banner", "UNCLASSIFIED", "--out", png.toString()),
                err.toString());
        var img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        assertTrue(out.toString().contains("Situation as of Thu 30 Nov 2023"), out.toString());
    }

    @Test
    void renderWritesAnA4PdfWithTheTitleAsText() throws Exception {
        Path pdf = dir.resolve("slide.pdf");
        assertEquals(0, run(new RenderCommand(fixture), "--date", "2023-11-30", "--view", "poland", "--size", "a4",
                "--out", pdf.toString()), err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(841.9, doc.getPage(0).getMediaBox().getWidth(), 1);
            assertTrue(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").contains("Poland–Belarus border"));
        }
    }

    @Test
    void renderRefusesWhatItCannotDoWithAOneLineReason() {
        assertEquals(2, run(new RenderCommand(fixture), "--out", dir.resolve("x.gif").toString()));
        assertTrue(err.toString().contains("--out must end in .png, .svg or .pdf"), err.toString());
        assertEquals(2, run(new RenderCommand(fixture), "--width", "800", "--out", dir.resolve("x.png").toString()));
        assertEquals(2, run(new RenderCommand(fixture), "--hide", "compass", "--out", dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("unknown part 'compass'"), err.toString());
        assertEquals(1, run(new RenderCommand(fixture), "--layer", dir.resolve("roads.gpkg").toString(), "--out",
                dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("roads.gpkg") && err.toString().contains("no such file"), err.toString());
        assertEquals(1, run(new RenderCommand(fixture), "--layer", dir.resolve("roads.shp").toString(), "--out",
                dir.resolve("x.png").toString()));
        assertTrue(err.toString().contains("no layer reader for '.shp' files"), err.toString());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void slidesWritesADeckWithATitleSlideAndOneSlidePerStep() throws Exception {
        Path pptx = dir.resolve("deck.pptx");
        assertEquals(0, run(new SlidesCommand(fixture), "--from", "2023-11-16", "--to", "2023-12-20", "--every", "7d",
                "--view", "finland", "--title", "Eastern border", "--banner", "UNCLASSIFIED — FOR TRAINING",
                "--out", pptx.toString()), err.toString());
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertEquals(1 + 5, ppt.getSlides().size());
        }
        assertTrue(out.toString().contains("a title slide and 5 map slides"), out.toString());
    }

    @Test
    void renderAndSlidesReadTheSeededStore() throws Exception {
        SlideDataSource store = new StoreSlideData(SlideFixtures::map);
        Path db = dir.resolve("store.db");
        Path pdf = dir.resolve("finland.pdf");
        assertEquals(0, run(new RenderCommand(store), "--db", db.toString(), "--create", "--date", "2023-11-30", "--view", "finland",
                "--title", "South-eastern Finland", "--out", pdf.toString()), err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("South-eastern Finland") && text.contains("Vaalimaa"), text);
        }
        Path pptx = dir.resolve("deck.pptx");
        assertEquals(0, run(new SlidesCommand(store), "--db", db.toString(), "--from", "2023-11-16", "--to", "2023-12-20",
                "--changes", "--view", "finland", "--out", pptx.toString()), err.toString());
        try (InputStream in = Files.newInputStream(pptx); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertTrue(ppt.getSlides().size() >= 5, "a title slide and a slide per change");
        }
    }

    @Test
    void aRenderedSlideHasItsNotesBesideItWithEverySourceInFullAndSaysWhereTheyAre() throws Exception {
        SlideDataSource store = new StoreSlideData(SlideFixtures::map);
        Path db = dir.resolve("store.db");
        Path pdf = dir.resolve("both.pdf");
        assertEquals(0, run(new RenderCommand(store), "--db", db.toString(), "--create", "--date", "2023-11-30", "--view",
                "both", "--out", pdf.toString()), err.toString());
        Path notes = dir.resolve("both.notes.txt");
        assertTrue(out.toString().contains("wrote " + notes), out.toString());
        String text = Files.readString(notes);
        String slideText;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            slideText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        java.util.regex.Matcher more = java.util.regex.Pattern.compile("\\[(\\d+)\\]–\\[(\\d+)\\]: in full in both\\.notes\\.txt")
                .matcher(slideText);
        assertTrue(more.find(), "the seeded store cites more sources on this day than the slide has room for, and the "
                + "slide names the file that has them:\n" + slideText);
        assertFalse(slideText.contains("speaker notes"), "an image has no speaker notes");
        int last = Integer.parseInt(more.group(2));
        for (int n = 1; n <= last; n++) {
            assertTrue(text.contains("\n[" + n + "] "), "source [" + n + "] is in the notes in full:\n" + text);
        }
        assertTrue(text.contains("https://"), "with its address");
        assertTrue(text.contains("Vaalimaa") && text.contains("Kuźnica"), "and the crossings in view of both panels");
    }

    @Test
    void slidesNeedsExactlyOneWayToStep() {
        assertEquals(2, run(new SlidesCommand(fixture), "--from", "2023-11-16", "--to", "2023-12-20", "--out",
                dir.resolve("d.pptx").toString()));
        assertEquals(2, run(new SlidesCommand(fixture), "--from", "2023-11-16", "--to", "2023-12-20", "--events",
                "--changes", "--out", dir.resolve("d.pptx").toString()));
        assertEquals(1, run(new SlidesCommand(fixture), "--from", "2023-12-20", "--to", "2023-11-16", "--changes",
                "--out", dir.resolve("d.pptx").toString()));
        assertTrue(err.toString().contains("before the start date"), err.toString());
    }

    @Test
    void slidesReadLayerFilesLikeRenderAndWriteNothingWhenOneIsMissing() {
        Path deck = dir.resolve("layers.pptx");
        assertEquals(1, run(new SlidesCommand(fixture), "--from", "2023-11-16", "--to", "2023-12-20", "--every", "7d",
                "--layer", dir.resolve("sectors.gpkg").toString(), "--out", deck.toString()));
        assertTrue(err.toString().contains("sectors.gpkg") && err.toString().contains("no such file"), err.toString());
        assertFalse(Files.exists(deck));
    }
}
