package org.borderwatch.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.borderwatch.render.HitTarget;

/**
 * Pointing at the map's overlays: hovering a crossing or an event shows the painter's tooltip
 * ("Vaalimaa – Торфяновка (Torfyanovka) · Road · Closed since Sat 16 Dec 2023"), a click hands the
 * target under the pointer — looked up in the hit index of the frame on screen — to a handler.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class MapPicking {
    /** How far from a symbol a pointer may be and still pick it, in pixels. */
    public static final double TOLERANCE = 4;
    private final MapView map;
    private final Tooltip tooltip = new Tooltip();
    private HitTarget hovered;

    /** @param onClick receives the target clicked, or empty for a click on the bare map */
    public MapPicking(MapView map, Consumer<Optional<HitTarget>> onClick) {
        this.map = map;
        tooltip.setId("mapTooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hide());
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()) {
                onClick.accept(map.hitAt(e.getX(), e.getY(), TOLERANCE));
            }
        });
        map.overlaysProperty().addListener((o, a, b) -> hide());
    }

    /** The tooltip text for component point (x, y), or {@code null} when nothing is there. */
    public String tooltipAt(double x, double y) {
        return map.hitAt(x, y, TOLERANCE).map(HitTarget::tooltip).orElse(null);
    }

    private void hover(double x, double y, double screenX, double screenY) {
        HitTarget t = map.hitAt(x, y, TOLERANCE).orElse(null);
        if (t == null) {
            hide();
            return;
        }
        if (t != hovered) {
            hovered = t;
            tooltip.setText(t.tooltip());
            Point2D at = new Point2D(screenX + 14, screenY + 16);
            tooltip.show(map, at.getX(), at.getY());
        }
    }

    private void hide() {
        hovered = null;
        tooltip.hide();
    }
}
