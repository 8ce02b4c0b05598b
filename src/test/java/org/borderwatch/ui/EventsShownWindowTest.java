package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window says when its events are on the map — what the start-up measurements and the
 * class-data training wait for — also when it opens on a day whose window holds none.
 */
@ExtendWith(ApplicationExtension.class)
class EventsShownWindowTest {
    @TempDir
    Path dir;

    @Test
    void aWindowOpeningOnADayWithoutEventsSaysItsEventsAreShown() throws Exception {
        try (Store store = TestStores.seeded(dir)) {
            Stage stage = FxToolkit.registerPrimaryStage();
            CountDownLatch shown = new CountDownLatch(1);
            WindowFixture fx = WaitForAsyncUtils.asyncFx(() -> {
                // the day a user (or another run) left the window on: no seed event in its 30 days
                WindowFixture f = new WindowFixture(stage, store, 1240, 780, TestMaps::simplified,
                        Map.of("timeline.date", "2025-02-13"));
                f.window.afterEventsShown(shown::countDown);
                return f;
            }).get(20, TimeUnit.SECONDS);
            try {
                assertTrue(shown.await(20, TimeUnit.SECONDS), "the window never said its events are shown");
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(LocalDate.of(2025, 2, 13), fx.window.situation().situation().date());
                assertTrue(fx.window.situation().situation().events().isEmpty(), "no event in that day's window");
            } finally {
                fx.dispose();
            }
        }
    }
}
