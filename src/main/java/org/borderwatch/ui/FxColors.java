package org.borderwatch.ui;

import javafx.scene.paint.Color;

/** Converts the map style's AWT colours for JavaFX widgets, so the timeline and the map agree. */
final class FxColors {
    private FxColors() {
    }

    static Color of(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }

    /** "#D55E00", for CSS. */
    static String hex(java.awt.Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
