package org.borderwatch.ui.annotate;

import java.awt.geom.Point2D;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.locationtech.jts.geom.Coordinate;

/**
 * The two small fields the tools open on the map: the text of a new text label
 * ({@code #sketchTextField}) and the radius of a range ring in km ({@code #ringRadiusField}).
 * Enter takes the value, Esc drops it; a text label is also placed when the field loses focus,
 * so a typed label is never silently lost. FX thread only.
 */
final class InlineFields {
    private final Pane pane;
    private final TextField text = new TextField();
    private final TextField radius = new TextField();
    private final HBox radiusBox;
    private final BiConsumer<Coordinate, String> onText;
    private final DoubleConsumer onRadius;
    private final Runnable onCancel;
    private Coordinate textAt;
    private boolean radiusTyped;
    private boolean updating;

    InlineFields(Pane pane, BiConsumer<Coordinate, String> onText, DoubleConsumer onRadius, Runnable onCancel) {
        this.pane = pane;
        this.onText = onText;
        this.onRadius = onRadius;
        this.onCancel = onCancel;
        text.setId("sketchTextField");
        text.setPromptText("Label text, Enter to place");
        text.setPrefColumnCount(16);
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitText();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                closeText();
                e.consume();
            }
        });
        text.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                commitText();
            }
        });
        radius.setId("ringRadiusField");
        radius.setPromptText("radius");
        radius.setPrefColumnCount(5);
        radius.setTooltip(new Tooltip("Radius in km; Enter draws the ring, Esc cancels"));
        Label unit = new Label("km");
        radiusBox = new HBox(4, radius, unit);
        radiusBox.setAlignment(Pos.CENTER_LEFT);
        radiusBox.setPadding(new Insets(3, 6, 3, 3));
        radiusBox.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-background-radius: 4;");
        radius.textProperty().addListener((o, a, b) -> {
            if (!updating) {
                radiusTyped = true;
            }
        });
        radius.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Double km = parseKm(radius.getText());
                if (km != null) {
                    onRadius.accept(km);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                onCancel.run();
                e.consume();
            }
        });
    }

    /** Opens the label field at screen point {@code at} for a label placed at {@code wgs84}. */
    void openText(Point2D at, Coordinate wgs84) {
        closeText();
        textAt = wgs84;
        text.clear();
        place(text, at.getX() - 8, at.getY() - 14);
        Platform.runLater(text::requestFocus);
    }

    /** Places the typed label, if any, and closes the field. */
    void commitText() {
        if (textAt == null) {
            return;
        }
        Coordinate at = textAt;
        String t = text.getText().strip();
        closeText();
        if (!t.isEmpty()) {
            onText.accept(at, t);
        }
    }

    private void closeText() {
        textAt = null;
        pane.getChildren().remove(text);
    }

    /** Opens the radius field next to the ring's centre, showing {@code km} until the user types. */
    void openRadius(Point2D centre, double km) {
        radiusTyped = false;
        showRadius(km);
        place(radiusBox, centre.getX() + 12, centre.getY() + 10);
        Platform.runLater(radius::requestFocus);
    }

    /** Shows the live radius in the field, unless the user has typed one. */
    void showRadius(double km) {
        if (radiusTyped) {
            return;
        }
        updating = true;
        radius.setText(km > 0 ? String.format(Locale.ROOT, "%.2f", km) : "");
        updating = false;
    }

    /** True when the user typed a radius (the pointer then no longer changes it). */
    boolean radiusTyped() {
        return radiusTyped && pane.getChildren().contains(radiusBox);
    }

    boolean isOpen() {
        return textAt != null || pane.getChildren().contains(radiusBox);
    }

    /** Closes both fields without taking their values. */
    void close() {
        closeText();
        pane.getChildren().remove(radiusBox);
        radiusTyped = false;
    }

    /** "12.5", "12,5", "12.5 km" → 12.5; anything else → {@code null}. */
    static Double parseKm(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replace(',', '.');
        if (t.endsWith("km")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void place(Region f, double x, double y) {
        if (!pane.getChildren().contains(f)) {
            pane.getChildren().add(f);
        }
        f.autosize();
        f.relocate(Math.max(0, Math.min(x, pane.getWidth() - f.prefWidth(-1) - 4)),
                Math.max(0, Math.min(y, pane.getHeight() - 30)));
    }
}
