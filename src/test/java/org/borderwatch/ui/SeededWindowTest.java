package org.borderwatch.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every test of the main window over the seed data shares: one seeded store in a temporary
 * directory for the test class, and before each test a fresh window ({@link WindowFixture}: the
 * headless screen's size, the small test map, its own preferences) on the primary stage, its
 * preferences removed after the test. A test class extends this and states only its checks.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SeededWindowTest {
    @TempDir
    static Path dir;
    static Store store;
    /** The window of the running test. */
    WindowFixture fx;

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeAll
    static void openStore() throws Exception {
        store = TestStores.seeded(dir);
    }

    @AfterAll
    static void closeStore() throws Exception {
        store.close();
    }

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        fx = WaitForAsyncUtils.asyncFx(() -> new WindowFixture(stage, store)).get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeWindow() throws Exception {
        fx.dispose();
    }
}
