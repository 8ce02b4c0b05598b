package org.borderwatch.ui.annotate;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.Viewport;
import org.borderwatch.store.AnnotationRepository;
import org.borderwatch.store.Store;
import org.borderwatch.ui.MainWindow;
import org.borderwatch.ui.WindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.borderwatch.ui.FxWait;

/**
 * What the tests of the annotation tools in a real window share: a store of the test's own in a
 * temporary directory (a real SQLite file), a main window of 1200 × 760 over the bundled map
 * ({@link WindowFixture}) with the annotation feature installed under the author the test names,
 * and helpers that fix the view on Kuźnica at {@value #MPP} m per pixel, turn offsets from the
 * map's centre into screen points and WGS84 coordinates, and wait for the store to catch up.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AnnotationWindowTest {
    /** Kuźnica, where the view is centred (EPSG:3035 metres). */
    static final Coordinate CENTRE = MapProjection.forward(23.60, 53.52);
    /** The scale of the fixed view, in metres per pixel. */
    static final double MPP = 50;

    @TempDir
    Path dir;
    Store store;
    MainWindow window;
    AnnotationFeature feature;
    AnnotationRepository repo;
    WindowFixture fx;

    /** Who draws: the author the annotations are written under. */
    abstract String author();

    /** The test's store in {@code dir}: an empty one unless a test needs the seed data. */
    Store openStore(Path dir) throws Exception {
        return Store.open(dir.resolve("annotations.db"));
    }

    @BeforeEach
    void openWindow() throws Exception {
        store = openStore(dir);
        repo = store.annotationRepository();
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            fx = new WindowFixture(stage, store, 1200, 760, BaseMap::loadBundled, Map.of("annotation.author", author()));
            window = fx.window;
            feature = AnnotationFeature.install(window, store, fx.prefs());
        }).get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeWindow() throws Exception {
        feature.session().awaitWrites(10_000);
        store.close();
        fx.dispose();
    }

    /** Waits for the map to finish loading (or failing to), then shows a fixed view of Kuźnica. */
    void fixView(FxRobot robot) throws Exception {
        FxWait.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Loading"));
        robot.interact(() -> {
            var map = window.map();
            map.viewportProperty().set(new Viewport(CENTRE.x, CENTRE.y, MPP, (int) map.getWidth(), (int) map.getHeight()));
        });
    }

    /** The screen point {@code (dx, dy)} pixels from the map's centre. */
    Point2D at(double dx, double dy) {
        var map = window.map();
        return map.localToScreen(map.getWidth() / 2 + dx, map.getHeight() / 2 + dy);
    }

    /** The WGS84 (lon, lat) under the point {@code (dx, dy)} pixels from the map's centre. */
    Coordinate wgs84At(double dx, double dy) {
        Viewport v = window.map().viewportProperty().get();
        Coordinate m = v.toWorld(v.width() / 2.0 + dx, v.height() / 2.0 + dy);
        return MapProjection.inverse(m.x, m.y);
    }

    /** The screen point of (lon, lat), moved by {@code (dx, dy)} pixels. */
    Point2D screenOf(double lon, double lat, double dx, double dy) {
        Viewport v = window.map().viewportProperty().get();
        Coordinate m = MapProjection.forward(lon, lat);
        var p = v.toScreen(m.x, m.y);
        return window.map().localToScreen(p.getX() + dx, p.getY() + dy);
    }

    /** Waits until the store has taken {@code committed} writes and none is pending. */
    void awaitWrites(long committed) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> feature.session().committedWritesProperty().get() >= committed
                && feature.session().pendingWritesProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the scroll pane around the node {@code id} so the whole node is in view, as a user would before clicking it. */
    void scrollIntoView(FxRobot robot, String id) {
        javafx.scene.Node node = robot.lookup(id).query();
        robot.interact(() -> {
            for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    double contentH = sp.getContent().getBoundsInLocal().getHeight();
                    double viewH = sp.getViewportBounds().getHeight();
                    double y = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    if (contentH > viewH) {
                        sp.setVvalue(Math.max(0, Math.min(1, (y - 8) / (contentH - viewH))));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the tool bar item {@code id}, through the tool bar's overflow menu when it does not fit. */
    void clickToolBarItem(FxRobot robot, String id) {
        javafx.scene.Node item = robot.lookup(id).tryQuery().orElse(null);
        if (item == null || item.getScene() == null || !item.isVisible() || item.localToScreen(0, 0) == null
                || item.localToScreen(0, 0).getX() > window.root().getScene().getWindow().getX() + window.root().getScene().getWidth()) {
            robot.clickOn(".tool-bar-overflow-button");
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn(id);
    }
}
