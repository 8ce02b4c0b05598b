package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderwatch.bench.AcledSampleGenerator;
import org.borderwatch.domain.Event;
import org.borderwatch.interop.AcledLayout;
import org.borderwatch.slides.SlideSize;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The File menu: the slide composer writes the files a user asked for; an import adds events. */
class FileMenuWindowTest extends OwnStoreWindowTest {

    private void awaitReady() throws Exception {
        fx.awaitData();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.baseMap() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void composerWritesPngOfChosenSizeAndPdfWithTheTitle(FxRobot robot) throws Exception {
        awaitReady();
        SlideComposerDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportSlide())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#slideComposer").tryQuery().orElse(null), "the composer is open");
        TextField title = robot.lookup("#slideTitle").queryAs(TextField.class);
        assertEquals(org.borderwatch.domain.DateText.current().dayWithWeekday(fx.window.timeline().dateProperty().get()),
                robot.lookup("#slideDate").queryAs(TextField.class).getText());
        @SuppressWarnings("unchecked")
        ChoiceBox<SlideSize> size = robot.lookup("#slideSize").queryAs(ChoiceBox.class);
        WaitForAsyncUtils.asyncFx(() -> {
            title.setText("Kuźnica crossing closed");
            size.setValue(SlideSize.STANDARD);
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, dialog::hasPreview);

        Path png = dir.resolve("slide.png");
        WaitForAsyncUtils.asyncFx(() -> dialog.save(png)).get(5, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1440, img.getWidth());
        assertEquals(1080, img.getHeight());

        Path pdf = dir.resolve("slide.pdf");
        WaitForAsyncUtils.asyncFx(() -> dialog.save(pdf)).get(5, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // the title may wrap in the slide's column: compare the words
            assertTrue(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").contains("Kuźnica crossing closed"));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.statusText().startsWith("Saved"), dialog.statusText());
    }

    /** How many events the timeline's histogram counts over the whole span. */
    private int eventsOnTheTimeline() {
        var days = fx.window.timeline().eventDaysProperty().get();
        return days.isEmpty() ? 0 : days.total(days.first(), days.last());
    }

    @Test
    void importOfAnAcledExportAddsItsEvents(FxRobot robot) throws Exception {
        awaitReady();
        int before = eventsOnTheTimeline();
        Path csv = dir.resolve("acled.csv");
        try (var in = getClass().getResourceAsStream("/org/borderwatch/interop/acled-current.csv")) {
            Files.copy(in, csv);
        }
        var initial = fx.window.timeline().dataProperty().get();
        ImportTask task = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().importFile(csv)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        Worker.State state = WaitForAsyncUtils.asyncFx(task::getState).get(5, TimeUnit.SECONDS);
        assertEquals(Worker.State.SUCCEEDED, state);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.timeline().dataProperty().get() != initial);
        int after = eventsOnTheTimeline();
        assertTrue(after > before, before + " → " + after);
        assertTrue(store.eventsById(java.util.List.of("acled:POL20231")).containsKey("acled:POL20231"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#dataLabel").queryLabeled().getText().contains(String.format("%,d events", after)));
    }

    @Test
    void aCancelledImportEndsCancelledWithTheStoreAsItWasWhateverItsFormat(FxRobot robot) throws Exception {
        awaitReady();
        Path csv = dir.resolve("cancelled.csv");
        try (var in = getClass().getResourceAsStream("/org/borderwatch/interop/acled-current.csv")) {
            Files.copy(in, csv);
        }
        Path geojson = dir.resolve("cancelled.geojson");
        org.borderwatch.services.ExportFormats.export(store, org.borderwatch.services.ExportFormat.GEOJSON, geojson,
                java.time.LocalDate.of(2023, 11, 30));
        Path bundle = dir.resolve("cancelled.json");
        org.borderwatch.services.ExportFormats.export(store, org.borderwatch.services.ExportFormat.JSON, bundle,
                java.time.LocalDate.of(2023, 11, 30));
        long events = store.counts().events();
        for (Path file : java.util.List.of(csv, geojson, bundle)) {
            // asked to stop before its first read: it stops there, and only then is it cancelled
            ImportTask task = new ImportTask(fx.window.storeAccess(), file);
            task.requestCancel();
            org.borderwatch.ui.Background.work().execute(task);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Worker.State.CANCELLED, WaitForAsyncUtils.asyncFx(task::getState).get(5, TimeUnit.SECONDS), file.toString());
            assertEquals(events, store.counts().events(), file + ": nothing was imported");
        }
        assertFalse(store.eventsById(java.util.List.of("acled:POL20231")).containsKey("acled:POL20231"));
    }

    @Test
    void cancelInTheImportDialogStopsALargeImportOrSaysWhatItImported(FxRobot robot) throws Exception {
        awaitReady();
        Path csv = dir.resolve("large-cancelled.csv");
        new AcledSampleGenerator(9L, AcledLayout.CURRENT).write(csv, 100_000);
        long events = store.counts().events();
        ImportTask task = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().importFile(csv)).get(5, TimeUnit.SECONDS);
        robot.clickOn("#importCancel");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        Worker.State state = WaitForAsyncUtils.asyncFx(task::getState).get(5, TimeUnit.SECONDS);
        String status = robot.lookup("#statusLabel").queryLabeled().getText();
        // a click that came after the last read is too late: then the window says what it imported
        if (state == Worker.State.CANCELLED) {
            assertEquals(events, store.counts().events(), "a cancelled import changed nothing");
            assertEquals("Import of large-cancelled.csv cancelled; nothing was changed", status);
        } else {
            assertEquals(Worker.State.SUCCEEDED, state);
            assertTrue(store.counts().events() >= events + 99_000, "the import that was too late to stop is whole");
            assertEquals("Imported large-cancelled.csv", status);
        }
    }

    @Test
    void anImportedEventPickedOnTheMapShowsItsSummaryAndEveryAttributeItWasImportedWith(FxRobot robot) throws Exception {
        awaitReady();
        Path csv = dir.resolve("acled-attributes.csv");
        try (var in = getClass().getResourceAsStream("/org/borderwatch/interop/acled-current.csv")) {
            Files.copy(in, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        var initial = fx.window.timeline().dataProperty().get();
        ImportTask task = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().importFile(csv)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.timeline().dataProperty().get() != initial);
        fx.showDay(java.time.LocalDate.of(2023, 11, 18), org.borderwatch.domain.TimeWindow.lastDays(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window.situation().event("acled:POL20231") != null);
        // the map holds the event with the attributes it paints only, as a click on its marker picks it
        org.borderwatch.domain.Event onMap = fx.window.situation().event("acled:POL20231");
        assertEquals(java.util.Set.of("geo_precision"), onMap.attributes().keySet());
        assertEquals("", onMap.summary(), "nor its summary, which a map never shows");
        String summary = store.eventsById(java.util.List.of("acled:POL20231")).get("acled:POL20231").summary();
        assertFalse(summary.isBlank(), "the imported event has a summary");
        WaitForAsyncUtils.asyncFx(() -> fx.window.situation().selectEvent(onMap)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> TimelineWindowTest.texts(robot, "#detailsPane").contains("event_type"));
        java.util.List<String> texts = TimelineWindowTest.texts(robot, "#detailsPane");
        assertTrue(texts.contains("Peaceful protest") && texts.contains("Protesters (Poland)") && texts.contains("Podlaskie"),
                "the details show the stored event's attributes: " + texts);
        assertEquals(summary, robot.lookup("#eventSummary").queryAs(javafx.scene.control.Label.class).getText(),
                "and its summary");
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Kuźnica")), "and the rest of the event: " + texts);
    }

    @Test
    void aLargeAcledImportIsFoundByTheSearchBoxAtOnce(FxRobot robot) throws Exception {
        awaitReady();
        Path csv = dir.resolve("large.csv");
        int rows = 25_000;
        new AcledSampleGenerator(7L, AcledLayout.CURRENT).write(csv, rows);
        var initial = fx.window.timeline().dataProperty().get();
        ImportTask task = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().importFile(csv)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, task::isDone);
        assertEquals(Worker.State.SUCCEEDED, WaitForAsyncUtils.asyncFx(task::getState).get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx.window.timeline().dataProperty().get() != initial);
        assertEquals(store.counts().events(), eventsOnTheTimeline(), "the histogram counts every event");

        // the import committed with its search text still to index: the search waits for it, and finds
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> search.setText("Светогорск"));
        Label count = robot.lookup("#eventCount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> count.getText().contains("matches on all dates"));
        @SuppressWarnings("unchecked")
        TableView<Event> table = robot.lookup("#eventTable").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty(), count.getText());
        assertTrue(table.getItems().stream().allMatch(e -> e.id().startsWith("acled:RUS")
                && e.place().startsWith("Светогорск")), "only the imported events in Svetogorsk");
        assertFalse(store.searchIndexBehind(), "the index has caught up");
    }

    @Test
    void importRefusesAnUnknownFormat() throws Exception {
        awaitReady();
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        ImportTask task = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().importFile(txt)).get(5, TimeUnit.SECONDS);
        assertEquals(null, task);
    }

    @Test
    void deckIsWrittenAsPptxWithTitleAndStepSlides() throws Exception {
        awaitReady();
        DeckExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportDeck())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        Path pptx = dir.resolve("deck.pptx");
        var task = WaitForAsyncUtils.asyncFx(() -> dialog.write(pptx)).get(5, TimeUnit.SECONDS);
        assertNotNull(task, () -> dialog.statusText());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.statusText().startsWith("Saved"), dialog.statusText());
        try (var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(pptx))) {
            assertTrue(show.getSlides().size() >= 2, "a title slide and at least one day");
        }
    }

    @Test
    void layerListHidesAndRemovesAUserLayer(FxRobot robot) throws Exception {
        awaitReady();
        var square = new org.locationtech.jts.geom.GeometryFactory().toGeometry(
                new org.locationtech.jts.geom.Envelope(5.0e6, 5.1e6, 3.3e6, 3.4e6));
        var layer = new org.borderwatch.render.UserLayer("Patrol zone", java.util.List.of(square), java.awt.Color.MAGENTA, true);
        WaitForAsyncUtils.asyncFx(() -> {
            fx.window.userLayers().add(layer);
            fx.window.fileMenu().showLayers();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            var scene = fx.window.map().contentProperty().get();
            return scene != null && scene.userLayers().size() == 1;
        });
        robot.clickOn("Patrol zone (1)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, fx.window.userLayers().get(0).visible(), "unticking hides the layer");
        assertEquals(false, fx.window.map().contentProperty().get().userLayers().get(0).visible());
        robot.clickOn("#layerList .list-cell");
        robot.clickOn("#layerRemove");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx.window.userLayers().isEmpty());
        assertTrue(fx.window.map().contentProperty().get().userLayers().isEmpty());
    }

    @Test
    void aBrokenBundleIsRefusedWithItsReasonAndChangesNothing(FxRobot robot) throws Exception {
        awaitReady();
        long initial = store.counts().events();
        Path bad = Files.writeString(dir.resolve("broken.json"), "{\"events\": [ {\"id\": ");
        ImportTask task = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().importFile(bad)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Worker.State.FAILED, WaitForAsyncUtils.asyncFx(task::getState).get(5, TimeUnit.SECONDS));
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getHeaderText().contains("nothing was changed"), pane.getHeaderText());
        assertTrue(pane.getContentText().contains("broken.json"), pane.getContentText());
        assertTrue(!pane.getContentText().contains("\n"), "one line");
        assertEquals(initial, store.counts().events());
    }

    @Test
    void aBundleOpenedFromTheFileManagerIsImportedOnlyWhenTheUserSaysSo(FxRobot robot) throws Exception {
        awaitReady();
        Path bundle = Files.writeString(dir.resolve("brief.borderwatch"), """
                {"format": "borderwatch", "version": 1,
                 "sources": [{"id": "T1", "title": "Test source", "url": null, "publisher": null}],
                 "events": [{"id": "2023-11-29-test-opened-bundle", "date": "2023-11-29", "title": "Event from an opened bundle",
                             "category": "closure", "border": "FI-RU", "sources": ["T1"]}]}
                """);
        long initial = store.counts().events();
        WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().offerImport(bundle)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane ask = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("Import brief.borderwatch?", ask.getHeaderText());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not imported: brief.borderwatch", robot.lookup("#statusLabel").queryLabeled().getText());
        assertEquals(initial, store.counts().events(), "nothing without a yes");

        WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().offerImport(bundle)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Import");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.counts().events() == initial + 1);
        assertTrue(store.eventsById(java.util.List.of("2023-11-29-test-opened-bundle")).containsKey("2023-11-29-test-opened-bundle"));
    }

    @Test
    void theDeckTakesBannerViewAndTitleAsASlideDoesAndBothDialogsRememberThem(FxRobot robot) throws Exception {
        awaitReady();
        DeckExportDialog deck = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportDeck())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : java.util.List.of("#deckTitle", "#deckSubtitle", "#deckExtent", "#deckSize", "#deckBanner",
                "#deckBannerColor", "#deckPartLegend", "#deckClose")) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), "the deck dialog has " + id);
        }
        robot.interact(() -> {
            robot.lookup("#deckTitle").queryAs(TextField.class).setText("Eastern border closed");
            robot.lookup("#deckBanner").queryAs(TextField.class).setText("UNCLASSIFIED — FOR TRAINING");
            @SuppressWarnings("unchecked")
            ChoiceBox<String> view = robot.lookup("#deckExtent").queryAs(ChoiceBox.class);
            view.setValue("Finland–Russia");
            robot.lookup("#deckBannerColor").queryAs(javafx.scene.control.ColorPicker.class)
                    .setValue(javafx.scene.paint.Color.web("#B71C1C"));
        });
        Path pptx = dir.resolve("deck-banner.pptx");
        var task = WaitForAsyncUtils.asyncFx(() -> deck.write(pptx)).get(5, TimeUnit.SECONDS);
        assertNotNull(task, deck::statusText);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(deck.statusText().startsWith("Saved"), deck.statusText());
        try (var show = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(pptx))) {
            var slide = show.getSlides().get(1);
            StringBuilder text = new StringBuilder();
            slide.getShapes().forEach(sh -> {
                if (sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
                    text.append(t.getText()).append('\n');
                }
            });
            assertTrue(text.toString().contains("UNCLASSIFIED — FOR TRAINING"), "the banner is on the map slides: " + text);
            // the title may wrap onto lines of its own in the title placeholder
            assertTrue(text.toString().replaceAll("\\s+", " ").contains("Eastern border closed"), text.toString());
            assertTrue(show.getSlides().get(0).getShapes().stream().anyMatch(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t
                    && t.getText().contains("Finland–Russia")), "the title slide names the view");
        }
        robot.interact(() -> robot.lookup("#deckClose").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        DeckExportDialog again = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportDeck())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Eastern border closed", robot.lookup("#deckTitle").queryAs(TextField.class).getText());
        assertEquals("UNCLASSIFIED — FOR TRAINING", robot.lookup("#deckBanner").queryAs(TextField.class).getText());
        assertEquals("Finland–Russia", robot.lookup("#deckExtent").queryAs(ChoiceBox.class).getValue());
        assertEquals(javafx.scene.paint.Color.web("#B71C1C"),
                robot.lookup("#deckBannerColor").queryAs(javafx.scene.control.ColorPicker.class).getValue());
        assertNotNull(again);

        SlideComposerDialog slide = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportSlide())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#slideBanner").queryAs(TextField.class).setText("RESTRICTED"));
        robot.interact(() -> slide.stage().close());
        WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportSlide()).get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("RESTRICTED", robot.lookup("#slideBanner").queryAs(TextField.class).getText(), "the slide dialog remembers too");
    }
}
