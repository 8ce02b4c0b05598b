package org.borderwatch.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import org.borderwatch.domain.DateText;

/**
 * The window's choice of how dates are written ({@link DateText.Style}: "30 Nov 2023" or
 * "2023-11-30"), as a property views listen to so they rewrite their dates when it changes.
 * Setting it also sets {@link DateText#use the program's style}, which the map, the slides and
 * every date field write with. FX thread only.
 */
public final class DateDisplay {
    private static final ObjectProperty<DateText.Style> STYLE = new SimpleObjectProperty<>(DateDisplay.class, "style",
            DateText.current().style());

    static {
        STYLE.addListener((o, a, s) -> DateText.use(s));
    }

    private DateDisplay() {
    }

    /** The chosen style; views listen to it (weakly, if they live shorter than the window). */
    public static ObjectProperty<DateText.Style> style() {
        return STYLE;
    }

    /**
     * Runs {@code action} whenever the style changes, for as long as {@code owner} lives: the
     * listener is held by the node and only weakly by the style, so a closed dialog or window is
     * not kept alive (nor asked to rewrite its dates) by this class.
     */
    public static void whenChanged(Node owner, Runnable action) {
        ChangeListener<DateText.Style> listener = (o, a, b) -> action.run();
        owner.getProperties().put(new Object(), listener);
        STYLE.addListener(new WeakChangeListener<>(listener));
    }

    /** The writer of the chosen style. */
    public static DateText text() {
        return DateText.of(STYLE.get());
    }
}
