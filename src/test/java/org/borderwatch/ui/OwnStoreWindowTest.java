package org.borderwatch.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.borderwatch.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests that write into their store share ({@link SeededWindowTest} shares one
 * store for a whole class): before each test a seeded store of its own in a temporary directory and
 * a 1200 × 760 window over it on the primary stage, both closed after the test. A test class
 * extends this and states only its checks.
 */
@ExtendWith(ApplicationExtension.class)
abstract class OwnStoreWindowTest {
    @TempDir
    Path dir;
    Store store;
    /** The window of the running test. */
    WindowFixture fx;

    @BeforeEach
    void openStoreAndWindow() throws Exception {
        store = TestStores.seeded(dir);
        Stage stage = FxToolkit.registerPrimaryStage();
        fx = WaitForAsyncUtils.asyncFx(() -> new WindowFixture(stage, store, 1200, 760)).get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeWindowAndStore() throws Exception {
        fx.dispose();
        store.close();
    }
}
