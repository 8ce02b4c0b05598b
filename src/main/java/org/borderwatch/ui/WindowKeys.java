package org.borderwatch.ui;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The main window's keys, seen before any control: {@code +} / {@code −} zoom the map; the
 * timeline's keys (days, events, paging, play, whole span) go to the timeline bar — except while
 * typing in a field ({@link TypingTarget}: a text or date field, an editable spinner or combo
 * box), and except the paging keys and Space, which a focused list or table keeps for itself.
 * FX thread.
 */
final class WindowKeys {
    private final MapView map;
    private final TimelineBar timeline;

    WindowKeys(MapView map, TimelineBar timeline) {
        this.map = map;
        this.timeline = timeline;
    }

    /** Handles a key press (use as the scene's {@code KEY_PRESSED} filter). */
    void onKey(KeyEvent e) {
        if (TypingTarget.owns(e)) {
            return;
        }
        if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.EQUALS) {
            map.zoom(2);
            e.consume();
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
            map.zoom(0.5);
            e.consume();
        } else if (!listNavigation(e) && timeline.handleKey(e)) {
            e.consume();
        }
    }

    /** Keys a focused list or table keeps for itself (paging, and Space to select). */
    private static boolean listNavigation(KeyEvent e) {
        boolean inList = e.getTarget() instanceof TableView || e.getTarget() instanceof ListView;
        return inList && (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.SPACE);
    }
}
