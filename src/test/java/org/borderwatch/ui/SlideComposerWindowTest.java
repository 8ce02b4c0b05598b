package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.slides.SlideData;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The slide composer reads a day's events once while it is open: a preview after an edit of the
 * title reads none, one a day later reads that day, and what it saves is the slide it previews.
 */
@ExtendWith(ApplicationExtension.class)
class SlideComposerWindowTest {
    @TempDir
    Path dir;
    private Store store;
    private WindowFixture fx;
    /** The windows the composer asked the store for, "from..to". */
    private final List<String> reads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        store = TestStores.seeded(dir);
        fx = new WindowFixture(stage, store, 1200, 760);
    }

    @AfterEach
    void dispose() throws Exception {
        fx.dispose();
        store.close();
    }

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
        fx.awaitData();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx.window.baseMap() != null);
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
