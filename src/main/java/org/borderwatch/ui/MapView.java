package org.borderwatch.ui;

import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.borderwatch.render.HitTarget;
import org.borderwatch.render.LayeredFramePainter;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.OverlayResult;
import org.borderwatch.render.Viewport;

/**
 * The map on screen. Follows the pattern of Apache SIS' map canvas: the FX thread snapshots the
 * scene, a background thread paints the frame, the FX thread commits it. Requests are coalesced
 * and stale frames dropped by a version stamp. While a frame is in flight, pan and zoom move and
 * scale the last frame at once, so feedback is instant.
 *
 * <p>Frames are made by a {@link LayeredFramePainter} on the painting thread: the base map of a
 * view is painted once and cached, the closures and the annotations' shapes are kept as layers
 * painted again only where they change; a change that leaves the view alone (a new date, a
 * selection) repaints only the day's overlays over those layers, in one reused image.
 * With each frame the view publishes the scene it shows and what its overlays painted (hit index
 * and legend entries), in that order, so listeners of the overlays see the matching scene.
 *
 * <p>All public methods must be called on the JavaFX Application Thread.
 */
public final class MapView extends Region {
    private final ImageView frameView = new ImageView();
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<MapScene> content = new SimpleObjectProperty<>(this, "content");
    private final ObjectProperty<Point2D> cursorLonLat = new SimpleObjectProperty<>(this, "cursorLonLat");
    private final LongProperty framesCommitted = new SimpleLongProperty(this, "framesCommitted");
    private final ObjectProperty<OverlayResult> overlays = new SimpleObjectProperty<>(this, "overlays", OverlayResult.EMPTY);
    private final ObjectProperty<MapScene> shownScene = new SimpleObjectProperty<>(this, "shownScene");
    private final AtomicLong requested = new AtomicLong();
    private Viewport frameViewport;
    private long committedVersion;
    /** A {@link #submitFrame} is queued on the FX thread (FX thread only). */
    private boolean submitScheduled;
    /** What to run once the next frame is shown ({@link #afterNextFrame}), or null. */
    private Runnable afterFrame;
    private double dragX;
    private double dragY;
    private boolean dragged;

    /** Painting-thread state: the cached layers of the view and the reused frame image. */
    private final LayeredFramePainter layers = new LayeredFramePainter();
    /**
     * The pixels on screen: one image per view size, its pixels replaced in place at each commit
     * (FX thread). A new image per frame cost the heap two screen-sized buffers a frame — the
     * image's own and the software renderer's texture for it — and the young collections they
     * brought fell on date changes. The copy into it at each commit is the FX thread's (the only
     * thread that may update a shown buffer): well under a millisecond, none of 127 samples of the
     * FX thread over 300 date changes, against the conversion to bytes it replaces on the painting
     * thread, a sixth of that thread's time.
     */
    private PixelBuffer<IntBuffer> shownPixels;
    /**
     * The sea's colour, behind the frame until the first one is shown and wherever a frame moved or
     * scaled for the view leaves the view uncovered. A frame covering the whole view is opaque (its
     * base map begins with the sea), so the view then paints no background: the software renderer
     * would fill the whole map with it at every new frame, only to cover it with the frame.
     */
    private static final javafx.scene.layout.Background SEA =
            new javafx.scene.layout.Background(new BackgroundFill(FxColors.of(MapStyle.DEFAULT.sea()), null, null));
    /** Frames' pixels handed from the painting thread to the FX thread, returned once copied. */
    private final ConcurrentLinkedQueue<int[]> spareFrames = new ConcurrentLinkedQueue<>();

    public MapView() {
        setId("mapView");
        getStyleClass().add("map-view");
        setBackground(SEA);
        frameView.setManaged(false);
        frameView.setSmooth(true);
        getChildren().add(frameView);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setFocusTraversable(true);
        setMinSize(100, 100);
        viewport.addListener((o, a, b) -> {
            updatePreview();
            requestFrame();
        });
        // invalidation, not change: a change listener would compare whole scenes (and their situations) with equals
        content.addListener((javafx.beans.InvalidationListener) o -> requestFrame());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || isPanBlocked()) {
                return;
            }
            double dx = e.getX() - dragX;
            double dy = e.getY() - dragY;
            if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
                dragged = true;
                setCursor(Cursor.CLOSED_HAND);
                updateView(v -> v.pan(dx, dy));
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> setCursor(Cursor.DEFAULT));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !dragged && !isPanBlocked()) {
                zoomAt(2, e.getX(), e.getY());
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> trackCursor(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> cursorLonLat.set(null));
    }

    /** True while a drawing tool owns the primary button (set by tools; drag then does not pan). */
    private boolean panBlocked;

    public void setPanBlocked(boolean blocked) {
        panBlocked = blocked;
    }

    private boolean isPanBlocked() {
        return panBlocked;
    }

    private void trackCursor(double x, double y) {
        Viewport v = viewport.get();
        if (v == null) {
            return;
        }
        var w = v.toWorld(x, y);
        var ll = org.borderwatch.geo.MapProjection.inverse(w.x, w.y);
        cursorLonLat.set(new Point2D(ll.x, ll.y));
    }

    /** The current view (its size follows the component's). */
    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    /** What to draw; the view inside it is ignored (the component's own viewport wins). */
    public ObjectProperty<MapScene> contentProperty() {
        return content;
    }

    /** Longitude (x) and latitude (y) under the mouse, or {@code null} when outside. */
    public ReadOnlyObjectProperty<Point2D> cursorLonLatProperty() {
        return cursorLonLat;
    }

    /** Counts frames shown; tests and the start-up timer watch it. */
    public ReadOnlyLongProperty framesCommittedProperty() {
        return framesCommitted;
    }

    /** What the overlays of the frame on screen painted: its hit index and legend entries. */
    public ReadOnlyObjectProperty<OverlayResult> overlaysProperty() {
        return overlays;
    }

    /** The scene of the frame on screen (with the view it was painted for), or {@code null}. */
    public ReadOnlyObjectProperty<MapScene> shownSceneProperty() {
        return shownScene;
    }

    /**
     * The overlay target under component point (x, y) — within {@code tolerance} pixels — in the
     * frame on screen, which may be panned or scaled while a fresh one is painted.
     */
    public java.util.Optional<HitTarget> hitAt(double x, double y, double tolerance) {
        Viewport v = viewport.get();
        if (v == null || frameViewport == null) {
            return java.util.Optional.empty();
        }
        var world = v.toWorld(x, y);
        var p = frameViewport.toScreen(world.x, world.y);
        double scale = v.metresPerPixel() / frameViewport.metresPerPixel();
        return overlays.get().hits().near(p.getX(), p.getY(), tolerance * scale);
    }

    /** Zoom by {@code factor} around screen point (x, y). */
    public void zoomAt(double factor, double x, double y) {
        updateView(v -> v.zoomAt(factor, x, y));
    }

    /** Zoom by {@code factor} around the centre. */
    public void zoom(double factor) {
        updateView(v -> v.zoomAt(factor, v.width() / 2.0, v.height() / 2.0));
    }

    /** Moves the view's centre to (x, y) in EPSG:3035 metres, keeping the scale. */
    public void centerOn(double x, double y) {
        updateView(v -> v.centeredOn(x, y));
    }

    private void updateView(UnaryOperator<Viewport> f) {
        Viewport v = viewport.get();
        if (v != null) {
            viewport.set(f.apply(v));
        }
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.max(1, Math.round(getWidth()));
        int h = (int) Math.max(1, Math.round(getHeight()));
        Viewport v = viewport.get();
        if (v != null && (v.width() != w || v.height() != h)) {
            viewport.set(v.resized(w, h));
        }
        updatePreview();
    }

    /** Moves and scales the last frame so it matches the current view until a fresh one arrives. */
    private void updatePreview() {
        Viewport v = viewport.get();
        if (v == null || frameViewport == null) {
            return;
        }
        double scale = frameViewport.metresPerPixel() / v.metresPerPixel();
        var topLeft = frameViewport.toWorld(0, 0);
        var at = v.toScreen(topLeft.x, topLeft.y);
        frameView.setLayoutX(at.getX());
        frameView.setLayoutY(at.getY());
        double fitWidth = frameViewport.width() * scale;
        double fitHeight = frameViewport.height() * scale;
        frameView.setFitWidth(fitWidth);
        frameView.setFitHeight(fitHeight);
        // to a millionth of a pixel (the frame's corner goes to the world and back)
        double e = 1e-6;
        boolean covered = at.getX() <= e && at.getY() <= e && at.getX() + fitWidth >= getWidth() - e
                && at.getY() + fitHeight >= getHeight() - e;
        javafx.scene.layout.Background wanted = covered ? null : SEA;
        if (getBackground() != wanted) {
            setBackground(wanted);
        }
    }

    /**
     * Asks for a fresh frame; older requests still queued are dropped. The frame is painted from
     * the content as it stands once the JavaFX Application Thread has finished what it is doing:
     * changes made one after another in one turn — a new day's situation, then its annotations,
     * which the annotation tools add as the content changes — make one frame of their end state,
     * not a frame of each step (a frame of the situation without its annotations was painted, and
     * shown, when the painting thread took up the first request before the second came).
     */
    public void requestFrame() {
        if (content.get() == null || viewport.get() == null) {
            return;
        }
        requested.incrementAndGet();
        if (!submitScheduled) {
            submitScheduled = true;
            Platform.runLater(this::submitFrame);
        }
    }

    /** Hands the painting thread the content and view as they are now (FX thread). */
    private void submitFrame() {
        submitScheduled = false;
        MapScene template = content.get();
        Viewport v = viewport.get();
        if (template == null || v == null) {
            return;
        }
        MapScene scene = template.withView(v);
        long version = requested.get();
        Background.paint().execute(() -> {
            if (version != requested.get()) {
                return;
            }
            OverlayResult[] result = new OverlayResult[1];
            int[] frame = paintFrame(scene, result);
            Platform.runLater(() -> commit(version, frame, scene, result[0]));
        });
    }

    /**
     * Runs {@code task} on the JavaFX Application Thread once the frame being painted is shown (at
     * once when none is being painted); a task given before that frame replaces the one given earlier.
     */
    public void afterNextFrame(Runnable task) {
        if (requested.get() <= committedVersion) {
            task.run();
            return;
        }
        afterFrame = task;
    }

    private void commit(long version, int[] frame, MapScene scene, OverlayResult result) {
        if (version < committedVersion) {
            spareFrames.add(frame);
            return;
        }
        Runnable then = afterFrame;
        afterFrame = null;
        committedVersion = version;
        show(frame, scene.view());
        frameViewport = scene.view();
        shownScene.set(scene);
        overlays.set(result);
        updatePreview();
        framesCommitted.set(framesCommitted.get() + 1);
        if (then != null) {
            then.run();
        }
    }

    /** Puts {@code frame}'s pixels on screen (FX thread) and keeps the array for a later frame. */
    private void show(int[] frame, Viewport v) {
        PixelBuffer<IntBuffer> pixels = shownPixels;
        if (pixels == null || pixels.getWidth() != v.width() || pixels.getHeight() != v.height()) {
            pixels = new PixelBuffer<>(v.width(), v.height(), IntBuffer.allocate(v.width() * v.height()),
                    PixelFormat.getIntArgbPreInstance());
            shownPixels = pixels;
            frameView.setImage(new WritableImage(pixels));
        }
        pixels.updateBuffer(b -> {
            b.getBuffer().clear();
            b.getBuffer().put(frame);
            return null;
        });
        spareFrames.add(frame);
    }

    /**
     * Paints on the painting thread through the layered painter (base and annotation layers from
     * cache when they still fit) and copies the frame's pixels into an array the FX thread puts on
     * screen (a spare one of the right size when there is one).
     */
    private int[] paintFrame(MapScene scene, OverlayResult[] result) {
        Viewport v = scene.view();
        MapPainter.Frame frame = layers.paint(scene);
        result[0] = frame.overlays();
        int[] px = ((DataBufferInt) frame.image().getRaster().getDataBuffer()).getData();
        int n = v.width() * v.height();
        int[] copy = null;
        for (int[] spare = spareFrames.poll(); spare != null; spare = spareFrames.poll()) {
            if (spare.length == n) {
                copy = spare;
                break;
            }
        }
        if (copy == null) {
            copy = new int[n];
        }
        System.arraycopy(px, 0, copy, 0, n);
        return copy;
    }
}
