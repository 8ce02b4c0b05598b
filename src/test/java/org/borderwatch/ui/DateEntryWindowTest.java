package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One date language in the window: a date typed in any accepted form is the date of the file
 * written; a text that is no date stops the export and says why under the field; a clamped day
 * says so; keys typed into date fields never reach the map; the chosen style is written everywhere.
 */
class DateEntryWindowTest extends SeededWindowTest {
    private static final LocalDate NOV_30 = LocalDate.of(2023, 11, 30);

    @AfterEach
    void writtenDatesAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> DateDisplay.style().set(DateText.Style.WRITTEN)).get(5, TimeUnit.SECONDS);
    }

    private void awaitReady() throws Exception {
        fx.awaitData();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.baseMap() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of the field with id {@code id} by typing {@code text} (no Enter). */
    private static void typeInto(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(field::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The slide's date stamp as the PDF holds it: its subject, then the text drawn on the page. */
    private static String pdfStamp(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getDocumentInformation().getSubject() + "\n" + new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aSlideDateTypedInEveryAcceptedFormIsTheDateOfTheFileWritten(FxRobot robot) throws Exception {
        awaitReady();
        fx.showDay(LocalDate.of(2023, 11, 1), TimeWindow.DEFAULT);
        String localShort = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(NOV_30);
        SlideComposerDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportSlide())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TextField date = robot.lookup("#slideDate").queryAs(TextField.class);
        assertEquals("Wed 1 Nov 2023", date.getText(), "the timeline's day, written as every date is");
        int n = 0;
        for (String typed : List.of("2023-11-30", "30 Nov 2023", "30.11.2023", "30/11/2023", localShort)) {
            typeInto(robot, "#slideDate", typed);
            Path pdf = dir.resolve("slide-" + n++ + ".pdf");
            WaitForAsyncUtils.asyncFx(() -> dialog.save(pdf)).get(5, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            String stamp = pdfStamp(pdf);
            assertTrue(stamp.startsWith("Situation as of Thu 30 Nov 2023\n") && stamp.contains("\nThu 30 Nov 2023\n"),
                    typed + " → " + stamp);
            assertEquals("Thu 30 Nov 2023", date.getText(), "the field shows the day the file was made for: " + typed);
        }
    }

    @Test
    void aSlideDateThatIsNoDayBlocksTheExportAndSaysWhyUnderTheField(FxRobot robot) throws Exception {
        awaitReady();
        SlideComposerDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportSlide())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        typeInto(robot, "#slideDate", "31.11.2023");
        Path pdf = dir.resolve("never.pdf");
        var saved = WaitForAsyncUtils.asyncFx(() -> dialog.save(pdf)).get(5, TimeUnit.SECONDS);
        assertTrue(saved.isCompletedExceptionally(), "nothing is written");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(pdf));
        Label message = robot.lookup("#slideDateMessage").queryAs(Label.class);
        assertTrue(message.isVisible() && message.getHeight() > 0, "the reason is shown under the field");
        assertEquals("'31.11.2023' is not a day: November 2023 has 30 days", message.getText());
        assertTrue(dialog.statusText().startsWith("Nothing saved"), dialog.statusText());
        assertTrue(robot.lookup("#slideDate").queryAs(TextField.class).getStyleClass().contains("invalid"));
    }

    @Test
    void deckDatesTypedAsPeopleWriteThemAreTheDeckRangeAndABadOneBlocksIt(FxRobot robot) throws Exception {
        awaitReady();
        DeckExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportDeck())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        typeInto(robot, "#deckFrom", "1.11.2023");
        typeInto(robot, "#deckTo", "13 Nov 2023");
        robot.interact(() -> {
            robot.lookup("#deckDays").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(7);
            robot.lookup("#deckSkipUnchanged").queryAs(javafx.scene.control.CheckBox.class).setSelected(false);
        });
        Path pptx = dir.resolve("deck.pptx");
        var task = WaitForAsyncUtils.asyncFx(() -> dialog.write(pptx)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.statusText().startsWith("Saved"), dialog.statusText());
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            List<XSLFSlide> slides = show.getSlides();
            assertEquals(3, slides.size(), "a title slide, 1 Nov and 8 Nov");
            assertTrue(text(slides.get(0)).contains("1 Nov 2023 – 13 Nov 2023"), text(slides.get(0)));
            assertTrue(notes(slides.get(1)).contains("Wed 1 Nov 2023"), notes(slides.get(1)));
        }

        typeInto(robot, "#deckFrom", "2023-13-01");
        Path never = dir.resolve("never.pptx");
        assertNull(WaitForAsyncUtils.asyncFx(() -> dialog.write(never)).get(5, TimeUnit.SECONDS), "no deck is begun");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(never));
        Label message = robot.lookup("#deckFromMessage").queryAs(Label.class);
        assertTrue(message.isVisible(), "the reason is under the field");
        assertTrue(message.getText().contains("there is no month 13"), message.getText());
    }

    private static String text(XSLFSlide s) {
        StringBuilder sb = new StringBuilder();
        s.getShapes().forEach(sh -> {
            if (sh instanceof XSLFTextShape t) {
                sb.append(t.getText()).append('\n');
            }
        });
        return sb.toString();
    }

    private static String notes(XSLFSlide s) {
        StringBuilder sb = new StringBuilder();
        if (s.getNotes() != null) {
            for (XSLFTextShape ph : s.getNotes().getPlaceholders()) {
                sb.append(ph.getText()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void aMinusTypedIntoADateFieldLeavesTheMapScaleAlone(FxRobot robot) throws Exception {
        awaitReady();
        fx.showDay(NOV_30, TimeWindow.DEFAULT);
        robot.clickOn("What changed");
        WaitForAsyncUtils.waitForFxEvents();
        double scale = fx.window.map().viewportProperty().get().metresPerPixel();
        for (String id : List.of("#changesFrom", "#changesTo", "#dateField")) {
            TextField field = robot.lookup(id).queryAs(TextField.class);
            robot.clickOn(field);
            robot.type(KeyCode.END);
            robot.type(KeyCode.MINUS);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(field.getText().endsWith("-"), id + ": the field got the key: " + field.getText());
            robot.type(KeyCode.SUBTRACT);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(scale, fx.window.map().viewportProperty().get().metresPerPixel(), 1e-9, id + ": the map did not zoom");
            assertEquals(NOV_30, fx.window.timeline().date(), id);
            robot.type(KeyCode.ESCAPE);
        }
        // the same key on the map zooms out: the keys above were kept by the fields, not lost
        robot.interact(() -> fx.window.map().requestFocus());
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scale * 2, fx.window.map().viewportProperty().get().metresPerPixel(), scale * 1e-9);
    }

    @Test
    void aDayOutsideTheDataIsClampedAndTheFieldSaysSo(FxRobot robot) throws Exception {
        fx.awaitData();
        LocalDate last = fx.window.timeline().lastProperty().get();
        typeInto(robot, "#dateField", "1.1.2031");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last, fx.window.timeline().date());
        TextField field = robot.lookup("#dateField").queryAs(TextField.class);
        assertEquals(DateText.WRITTEN.dayWithWeekday(last), field.getText(), "the field shows the day used");
        Label message = robot.lookup("#dateFieldMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("1 Jan 2031 is after the last day of the data (" + DateText.WRITTEN.day(last) + "): showing "
                + DateText.WRITTEN.day(last), message.getText());
    }

    @Test
    void isoDatesChosenOnceAreWrittenInFieldsListsAndSlides(FxRobot robot) throws Exception {
        awaitReady();
        fx.showDay(NOV_30, TimeWindow.DEFAULT);
        robot.clickOn("#viewMenu");
        robot.clickOn("#dateStyleMenu");
        robot.clickOn("#dateStyle-iso");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DateText.Style.ISO, fx.prefs().dateStyle(), "remembered");
        assertEquals("Thu 2023-11-30", robot.lookup("#dateField").queryAs(TextField.class).getText());
        SlideComposerDialog dialog = WaitForAsyncUtils.asyncFx(() -> fx.window.fileMenu().exportSlide())
                .get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Thu 2023-11-30", robot.lookup("#slideDate").queryAs(TextField.class).getText());
        Path pdf = dir.resolve("iso.pdf");
        WaitForAsyncUtils.asyncFx(() -> dialog.save(pdf)).get(5, TimeUnit.SECONDS).get(60, TimeUnit.SECONDS);
        String stamp = pdfStamp(pdf);
        assertTrue(stamp.startsWith("Situation as of Thu 2023-11-30\n") && stamp.contains("\nThu 2023-11-30\n"), stamp);
    }

    @Test
    void theCalendarOpensOnTheDayShownAndADayPickedInItIsShown(FxRobot robot) throws Exception {
        awaitReady();
        fx.showDay(NOV_30, TimeWindow.DEFAULT);
        // the timeline moves on while the calendar is closed
        robot.interact(() -> fx.window.timeline().stepDays(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOV_30.plusDays(3), fx.window.timeline().date());
        robot.clickOn("#dateFieldCalendar");
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker calendar = robot.lookup("#dateFieldCalendar").queryAs(DatePicker.class);
        assertTrue(calendar.isShowing());
        assertEquals(NOV_30.plusDays(3), calendar.getValue(), "the calendar opens on the day shown");
        LocalDate seventh = LocalDate.of(2023, 12, 7);
        DateCell cell = robot.lookup(".date-cell").match(n -> n instanceof DateCell c && seventh.equals(c.getItem())
                && c.isVisible() && !c.getStyleClass().contains("next-month")).queryAs(DateCell.class);
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(seventh, fx.window.timeline().date(), "the day picked is the day shown");
        assertEquals(DateText.WRITTEN.dayWithWeekday(seventh), robot.lookup("#dateField").queryAs(TextField.class).getText());
    }
}
