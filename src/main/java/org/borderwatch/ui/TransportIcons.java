package org.borderwatch.ui;

import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * The timeline's transport symbols as vector shapes, so they look the same whatever fonts the
 * system has (a 14 × 12 pixel box each).
 */
final class TransportIcons {
    private TransportIcons() {
    }

    /** ⏮ to the previous change: a bar and a left triangle. */
    static Node previousChange() {
        return icon("M1 1 h2 v10 h-2 z M13 1 v10 l-9 -5 z");
    }

    /** ◀ a day back. */
    static Node previousDay() {
        return icon("M11 1 v10 l-8 -5 z");
    }

    /** ▶ play. */
    static Node play() {
        return icon("M3 1 v10 l9 -5 z");
    }

    /** ⏸ pause. */
    static Node pause() {
        return icon("M3 1 h3 v10 h-3 z M8 1 h3 v10 h-3 z");
    }

    /** ▶ a day forward (smaller than play). */
    static Node nextDay() {
        return icon("M3 1 v10 l8 -5 z");
    }

    /** ⏭ to the next change: a right triangle and a bar. */
    static Node nextChange() {
        return icon("M1 1 v10 l9 -5 z M11 1 h2 v10 h-2 z");
    }

    /** ⟲ loop: an open circle with an arrow head. */
    static Node loop() {
        SVGPath p = new SVGPath();
        p.setContent("M7 2 A4.5 4.5 0 1 0 11.5 6.5 h-1.6 A2.9 2.9 0 1 1 7 3.6 v1.9 l3 -2.7 l-3 -2.6 z");
        p.getStyleClass().add("transport-icon");
        return p;
    }

    private static Node icon(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("transport-icon");
        return p;
    }
}
