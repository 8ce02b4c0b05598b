package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.slides.SlideData;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The slide composer reads a day's events once while it is open: a preview after an edit of the
 * title reads none, one a day later reads that day, and what it saves is the slide it previews.
 * What the window reads again (an import) reaches the open composer and deck dialogs: their next
 * slides show the new events and cite their sources.
 */
class SlideComposerWindowTest extends OwnStoreWindowTest {
    /** The windows the composer asked the store for, "from..to". */
    private final List<String> reads = new CopyOnWriteArrayList<>();

    /** The store's events, each window asked for noted in {@link #reads}. */
    private EventSource noted(EventSource source) {
        return new EventSource() {
            @Override
            public List<Event> eventsBetween(LocalDate from, LocalDate to) {
                reads.add(from + ".." + to);
                return source.eventsBetween(from, to);
            }

            @Override
            public List<Event> eventsBetween(LocalDate from, LocalDate to, GeoBox box) {
                reads.add(from + ".." + to);
                return source.eventsBetween(from, to, box);
            }
        };
    }

    private static Image nextPreview(SlideComposerDialog dialog, Image shown) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.previewImage() != null && dialog.previewImage() != shown);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog.previewImage();
    }

    @Test
    void aPreviewAfterATitleEditReadsNoEventsAndOneADayLaterReadsThatDay(FxRobot robot) throws Exception {
        awaitReady();
        SlideData data = new SlideData(store.loadStatusData(), noted(store.eventSource()), fx.window.baseMap(),
                store.annotations(), List.of());
        SlideComposerDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            SlideComposerDialog d = new SlideComposerDialog(data, LocalDate.of(2023, 11, 30), TimeWindow.lastDays(30), null,
                    fx.prefs().node());
            d.show(fx.window.root().getScene().getWindow());
            return d;
        }).get(10, TimeUnit.SECONDS);
        Image first = nextPreview(dialog, null);
        assertEquals(List.of("2023-11-01..2023-11-30"), reads, "the first preview reads the slide's 30-day window");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#slideTitle").queryAs(TextField.class)
                .setText("Every crossing in the south-east closed")).get(5, TimeUnit.SECONDS);
        Image retitled = nextPreview(dialog, first);
        assertEquals(1, reads.size(), "a new title reads no events: " + reads);
        assertTrue(differ(first, retitled), "the preview shows the new title");

        TextField date = robot.lookup("#slideDate").queryAs(TextField.class);
        robot.clickOn(date);
        robot.interact(date::selectAll);
        robot.write("2023-12-01").type(KeyCode.ENTER);
        Image nextDay = nextPreview(dialog, retitled);
        assertEquals(List.of("2023-11-01..2023-11-30", "2023-12-01..2023-12-01"), reads,
                "a day later reads that day, its window's other days held");
        assertTrue(differ(retitled, nextDay), "the preview shows the new day");

        // what is saved is what a composer that read everything afresh saves
        // the same file name in two folders: the slide names its notes file
        Path held = java.nio.file.Files.createDirectories(dir.resolve("held")).resolve("slide.png");
        WaitForAsyncUtils.asyncFx(() -> dialog.save(held)).get(5, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        assertEquals(2, reads.size(), "saving reads nothing more: " + reads);
        SlideComposerDialog fresh = WaitForAsyncUtils.asyncFx(() -> {
            SlideComposerDialog d = new SlideComposerDialog(new SlideData(store.loadStatusData(), store.eventSource(),
                    fx.window.baseMap(), store.annotations(), List.of()), LocalDate.of(2023, 12, 1), TimeWindow.lastDays(30),
                    null, fx.prefs().node());
            d.show(fx.window.root().getScene().getWindow());
            return d;
        }).get(10, TimeUnit.SECONDS);
        Path afresh = java.nio.file.Files.createDirectories(dir.resolve("afresh")).resolve("slide.png");
        WaitForAsyncUtils.asyncFx(() -> fresh.save(afresh)).get(5, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        BufferedImage a = ImageIO.read(held.toFile());
        BufferedImage b = ImageIO.read(afresh.toFile());
        assertEquals(b.getWidth(), a.getWidth());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    assertEquals(Integer.toHexString(b.getRGB(x, y)), Integer.toHexString(a.getRGB(x, y)), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void anImportWhileTheComposerIsOpenIsOnItsNextPreviewAndSlide(FxRobot robot) throws Exception {
        awaitReady();
        WaitForAsyncUtils.asyncFx(() -> fx.window.timeline().setDate(LocalDate.of(2023, 11, 30))).get(5, TimeUnit.SECONDS);
        SlideComposerDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportSlide())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        Image before = nextPreview(dialog, null);
        String notesBefore = savedNotes(dialog, "before");

        importAcledExport();
        String title = store.eventsById(List.of("acled:POL20231")).get("acled:POL20231").title();
        assertFalse(notesBefore.contains(title), title);

        Image after = nextPreview(dialog, before);
        assertTrue(differ(before, after), "the preview shows the imported events");
        String notesAfter = savedNotes(dialog, "after");
        assertTrue(notesAfter.contains(title), "the slide lists the imported event '" + title + "':\n" + notesAfter);
        assertTrue(eventCount(notesAfter) > eventCount(notesBefore), notesBefore + "\n→\n" + notesAfter);
        assertTrue(notesAfter.contains(sourceOf("acled:POL20231")), "and cites its source");
    }

    private void awaitReady() throws Exception {
        fx.awaitData();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.baseMap() != null);
    }

    /**
     * Imports an ACLED export from the window's File menu — with a protest at Kuźnica on 18 Nov
     * 2023, {@code acled:POL20231} — and waits until the window has read its store again.
     */
    private void importAcledExport() throws Exception {
        Path csv = dir.resolve("acled.csv");
        try (var in = getClass().getResourceAsStream("/org/borderwatch/interop/acled-current.csv")) {
            java.nio.file.Files.copy(in, csv);
        }
        var initial = fx.window.timeline().dataProperty().get();
        ImportTask task = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().importFile(csv)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.timeline().dataProperty().get() != initial);
    }

    /** The publisher of the first source of the stored event {@code id}. */
    private String sourceOf(String id) throws Exception {
        Event e = store.eventsById(List.of(id)).get(id);
        return store.loadStatusData().sources().values().stream().filter(src -> e.sourceIds().contains(src.id()))
                .map(src -> src.publisher()).findFirst().orElseThrow();
    }

    @Test
    void anImportWhileTheDeckDialogIsOpenIsInTheDeckItWrites() throws Exception {
        awaitReady();
        WaitForAsyncUtils.asyncFx(() -> fx.window.timeline().setDate(LocalDate.of(2023, 11, 20))).get(5, TimeUnit.SECONDS);
        DeckExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportDeck())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        importAcledExport();
        WaitForAsyncUtils.waitForFxEvents();
        Event imported = store.eventsById(List.of("acled:POL20231")).get("acled:POL20231");

        Path pptx = dir.resolve("deck.pptx");
        var writing = WaitForAsyncUtils.asyncFx(() -> dialog.write(pptx)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, writing::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.statusText().startsWith("Saved"), dialog.statusText());
        StringBuilder notes = new StringBuilder();
        try (var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(java.nio.file.Files.newInputStream(pptx))) {
            for (var slide : show.getSlides()) {
                if (slide.getNotes() != null) {
                    slide.getNotes().getTextParagraphs().forEach(ps -> ps.forEach(p -> notes.append(p.getText()).append('\n')));
                }
            }
        }
        assertTrue(notes.toString().contains(imported.title()), "the deck's notes list the imported event:\n" + notes);
        String cited = sourceOf(imported.id());
        assertTrue(notes.toString().contains(cited), "and cite its source, " + cited);
    }

    /** Saves the dialog's slide as {@code name}/slide.png and returns its notes. */
    private String savedNotes(SlideComposerDialog dialog, String name) throws Exception {
        Path png = java.nio.file.Files.createDirectories(dir.resolve(name)).resolve("slide.png");
        WaitForAsyncUtils.asyncFx(() -> dialog.save(png)).get(5, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        return java.nio.file.Files.readString(png.resolveSibling("slide.notes.txt"));
    }

    /** The number in the notes' "Events (N):" line. */
    private static int eventCount(String notes) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Events \\((\\d+)\\):").matcher(notes);
        assertTrue(m.find(), notes);
        return Integer.parseInt(m.group(1));
    }

    private static boolean differ(Image a, Image b) {
        BufferedImage x = SwingFXUtils.fromFXImage(a, null);
        BufferedImage y = SwingFXUtils.fromFXImage(b, null);
        assertEquals(x.getWidth(), y.getWidth());
        for (int j = 0; j < x.getHeight(); j++) {
            for (int i = 0; i < x.getWidth(); i++) {
                if (x.getRGB(i, j) != y.getRGB(i, j)) {
                    return true;
                }
            }
        }
        return false;
    }
}
