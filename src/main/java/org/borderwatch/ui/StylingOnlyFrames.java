package org.borderwatch.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Keeps the frames whose only work is styling from repainting the whole window.
 *
 * <p>JavaFX paints only the regions of a frame whose nodes changed; a frame that has work but no
 * changed region is painted whole. Such frames follow the frames in which a table or list fills
 * its cells: cells are filled during a frame's layout, after that frame's styling, so whatever the
 * filling asks to be styled again — every row of the event list emptied and filled again when its
 * number of rows changes, each label's text node put back when its text changes — is styled in the
 * next frame, which then finds nothing changed and repaints the whole window: 28–65 ms of JavaFX's
 * software renderer at 1920 × 1080, after one date change in four to six while the timeline plays
 * over a large store.
 *
 * <p>Cells filled in a frame say so ({@link #cellsFilled}); in the frame after it, a transparent
 * pixel in the window's top left corner changes its opacity, which gives that frame one changed
 * region, that pixel, and JavaFX paints it alone. A frame with changes of its own paints them as
 * before, the pixel with them.
 *
 * <p>JavaFX Application Thread only.
 */
final class StylingOnlyFrames {
    private static final Object KEY = StylingOnlyFrames.class;
    private final Rectangle pixel = new Rectangle(1, 1, Color.TRANSPARENT);
    /** Cells were filled in this frame. */
    private boolean filled;
    /** Cells were filled in the frame before: mark this one. */
    private boolean markThisFrame;

    private StylingOnlyFrames() {
        pixel.setId("stylingOnlyFramesPixel");
        pixel.setManaged(false);
        pixel.setMouseTransparent(true);
        pixel.setFocusTraversable(false);
    }

    /**
     * Installs the mark on {@code scene}: the pixel goes into {@code root} (the scene's root, outside
     * its layout), and runs after each frame's layout.
     */
    static void install(Scene scene, Pane root) {
        StylingOnlyFrames frames = new StylingOnlyFrames();
        root.getChildren().add(frames.pixel);
        scene.getProperties().put(KEY, frames);
        scene.addPostLayoutPulseListener(frames::afterLayout);
    }

    /** Called by a cell as it is filled: the next frame restyles what its filling changed. */
    static void cellsFilled(Node cell) {
        Scene scene = cell.getScene();
        if (scene != null && scene.getProperties().get(KEY) instanceof StylingOnlyFrames frames) {
            frames.filled = true;
        }
    }

    private void afterLayout() {
        if (markThisFrame) {
            markThisFrame = false;
            pixel.setOpacity(pixel.getOpacity() == 1 ? 0.5 : 1);
        }
        if (filled) {
            filled = false;
            markThisFrame = true;
        }
    }
}
