package org.borderwatch.ui.annotate;

import java.awt.geom.Point2D;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Coordinate;

/**
 * The live layer above the map: the shape being drawn with its rubber band, the selected
 * annotation's outline and handles (in its dragged shape while a drag lasts), the snap marker and
 * the measurement readout. Saved annotations themselves are painted by the map's renderer; this
 * layer only shows what is in the making. The pane lets clicks through except on the small
 * input fields the tools place on it. FX thread only.
 */
final class SketchOverlay extends Pane {
    private static final Color ACCENT = Color.web("#0969DA");
    private static final Color HANDLE_FILL = Color.WHITE;
    /** An earlier version shown from the history: purple, unlike the selection's blue and any status colour. */
    private static final Color PREVIEW = Color.web("#8250DF");
    private static final Color SNAP = Color.web("#1A7F37");
    private static final double VERTEX_HALF = 4.5;

    /**
     * What the layer shows.
     *
     * @param sketch         the shape being drawn, or {@code null}
     * @param sketchColor    its colour
     * @param selected       the selected annotation in its current (possibly dragged) shape, or {@code null}
     * @param selectedVertex the vertex picked for Delete, or −1
     * @param snap           where the cursor snapped, or {@code null}
     * @param readout        the measurement text ("" for none)
     * @param preview        an earlier version being looked at in the history, drawn dashed, or {@code null}
     */
    record Picture(Sketch sketch, Color sketchColor, Annotation selected, int selectedVertex, Snapper.Snap snap,
                   String readout, Annotation preview) {
        static final Picture EMPTY = new Picture(null, ACCENT, null, -1, null, "", null);
    }

    private final Canvas canvas = new Canvas();
    private Picture picture = Picture.EMPTY;
    private Viewport view;

    SketchOverlay() {
        setId("annotationOverlay");
        setPickOnBounds(false);
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
        getChildren().add(canvas);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    /** Shows {@code p} over {@code v} (the map's current view, or {@code null} before the map loads). */
    void show(Picture p, Viewport v) {
        this.picture = p;
        this.view = v;
        redraw();
    }

    Picture picture() {
        return picture;
    }

    private void redraw() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (view == null) {
            return;
        }
        ScreenGeometry sg = new ScreenGeometry(view);
        if (picture.preview() != null) {
            drawPreview(g, sg, picture.preview());
        }
        if (picture.selected() != null) {
            drawSelection(g, sg, picture.selected(), picture.selectedVertex());
        }
        if (picture.sketch() != null) {
            drawSketch(g, sg, picture.sketch(), picture.sketchColor());
        }
        if (picture.snap() != null) {
            drawSnap(g, sg, picture.snap());
        }
        if (!picture.readout().isEmpty()) {
            drawReadout(g, picture.readout());
        }
    }

    /** An earlier version from the history: its shape dashed in the preview colour, "earlier version" beside it. */
    private static void drawPreview(GraphicsContext g, ScreenGeometry sg, Annotation a) {
        Point2D[] outline = sg.outline(a);
        boolean closed = a.kind() == AnnotationKind.POLYGON || a.kind() == AnnotationKind.RING;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setStroke(Color.WHITE);
        g.setLineWidth(6);
        g.setLineDashes();
        if (outline.length > 1) {
            stroke(g, outline, closed);
        }
        g.setStroke(PREVIEW);
        g.setLineWidth(3);
        g.setLineDashes(3, 5);
        if (outline.length > 1) {
            stroke(g, outline, closed);
        } else {
            g.strokeOval(outline[0].getX() - 14, outline[0].getY() - 14, 28, 28);
        }
        g.setLineDashes();
        Point2D at = outline[0];
        g.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        g.setStroke(Color.WHITE);
        g.setLineWidth(3);
        g.strokeText("earlier version", at.getX() + 12, at.getY() + 18);
        g.setFill(PREVIEW);
        g.fillText("earlier version", at.getX() + 12, at.getY() + 18);
    }

    private static void drawSelection(GraphicsContext g, ScreenGeometry sg, Annotation a, int pickedVertex) {
        Point2D[] outline = sg.outline(a);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        boolean closed = a.kind() == AnnotationKind.POLYGON || a.kind() == AnnotationKind.RING;
        if (outline.length > 1) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(5);
            g.setLineDashes();
            stroke(g, outline, closed);
            g.setStroke(ACCENT);
            g.setLineWidth(2);
            g.setLineDashes(7, 5);
            stroke(g, outline, closed);
            g.setLineDashes();
        } else {
            Point2D p = outline[0];
            g.setStroke(ACCENT);
            g.setLineWidth(2);
            g.strokeOval(p.getX() - 11, p.getY() - 11, 22, 22);
        }
        for (AnnotationHitTest.Handle h : AnnotationHitTest.handles(a, sg)) {
            double x = h.at().getX();
            double y = h.at().getY();
            switch (h.type()) {
                case VERTEX -> {
                    g.setFill(h.index() == pickedVertex ? ACCENT : HANDLE_FILL);
                    g.fillRect(x - VERTEX_HALF, y - VERTEX_HALF, 2 * VERTEX_HALF, 2 * VERTEX_HALF);
                    g.setStroke(ACCENT);
                    g.setLineWidth(1.5);
                    g.strokeRect(x - VERTEX_HALF, y - VERTEX_HALF, 2 * VERTEX_HALF, 2 * VERTEX_HALF);
                }
                case MIDPOINT -> {
                    g.setFill(Color.color(1, 1, 1, 0.85));
                    g.fillOval(x - 3.5, y - 3.5, 7, 7);
                    g.setStroke(ACCENT);
                    g.setLineWidth(1);
                    g.strokeOval(x - 3.5, y - 3.5, 7, 7);
                }
                case RADIUS -> {
                    g.setFill(ACCENT);
                    g.fillOval(x - 5, y - 5, 10, 10);
                    g.setStroke(Color.WHITE);
                    g.setLineWidth(1.5);
                    g.strokeOval(x - 5, y - 5, 10, 10);
                }
                default -> {
                }
            }
        }
    }

    private static void drawSketch(GraphicsContext g, ScreenGeometry sg, Sketch s, Color color) {
        List<Coordinate> placed = s.vertices();
        if (placed.isEmpty()) {
            return;
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (s.tool() == Tool.RING) {
            Point2D c = sg.toScreen(placed.get(0));
            if (s.radiusKm() > 0) {
                Point2D[] circle = sg.ring(placed.get(0), s.radiusKm());
                g.setFill(color.deriveColor(0, 1, 1, 0.15));
                fill(g, circle);
                g.setStroke(color);
                g.setLineWidth(2);
                stroke(g, circle, true);
                if (s.hover() != null) {
                    Point2D h = sg.toScreen(s.hover());
                    g.setLineDashes(5, 4);
                    g.strokeLine(c.getX(), c.getY(), h.getX(), h.getY());
                    g.setLineDashes();
                }
            }
            dot(g, c, color);
            return;
        }
        List<Coordinate> all = s.withHover();
        Point2D[] pts = sg.toScreen(all.toArray(Coordinate[]::new));
        Color line = s.tool() == Tool.MEASURE ? Color.web("#24292F") : color;
        if (s.tool() != Tool.LINE && pts.length >= 3) {
            g.setFill(line.deriveColor(0, 1, 1, 0.15));
            fill(g, pts);
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(4.5);
        stroke(g, pts, false);
        g.setStroke(line);
        g.setLineWidth(2);
        Point2D[] fixed = java.util.Arrays.copyOf(pts, placed.size());
        stroke(g, fixed, false);
        if (pts.length > placed.size() && placed.size() >= 1) {
            g.setLineDashes(6, 4);
            Point2D a = pts[placed.size() - 1];
            Point2D b = pts[pts.length - 1];
            g.strokeLine(a.getX(), a.getY(), b.getX(), b.getY());
            if (s.tool() == Tool.POLYGON && placed.size() >= 2) {
                g.strokeLine(b.getX(), b.getY(), pts[0].getX(), pts[0].getY());
            }
            g.setLineDashes();
        }
        for (int i = 0; i < placed.size(); i++) {
            dot(g, pts[i], line);
        }
    }

    private static void drawSnap(GraphicsContext g, ScreenGeometry sg, Snapper.Snap snap) {
        Point2D p = sg.toScreen(snap.wgs84());
        g.setStroke(SNAP);
        g.setLineWidth(2);
        g.strokeOval(p.getX() - 8, p.getY() - 8, 16, 16);
        g.setFont(Font.font("System", FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setStroke(Color.WHITE);
        g.setLineWidth(3);
        g.strokeText(snap.target(), p.getX() + 10, p.getY() - 6);
        g.setFill(SNAP);
        g.fillText(snap.target(), p.getX() + 10, p.getY() - 6);
    }

    /** The measurement, in a dark chip at the top centre of the map, where it never hides what is drawn. */
    private void drawReadout(GraphicsContext g, String text) {
        Font font = Font.font("System", FontWeight.BOLD, 13);
        Text probe = new Text(text);
        probe.setFont(font);
        double w = probe.getLayoutBounds().getWidth() + 18;
        double h = 26;
        double x = (getWidth() - w) / 2;
        double y = 10;
        g.setFill(Color.color(0.14, 0.16, 0.18, 0.86));
        g.fillRoundRect(x, y, w, h, 10, 10);
        g.setFill(Color.WHITE);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 9, y + h / 2);
    }

    private static void dot(GraphicsContext g, Point2D p, Color c) {
        g.setFill(Color.WHITE);
        g.fillOval(p.getX() - 4.5, p.getY() - 4.5, 9, 9);
        g.setStroke(c);
        g.setLineWidth(2);
        g.strokeOval(p.getX() - 4.5, p.getY() - 4.5, 9, 9);
    }

    private static void stroke(GraphicsContext g, Point2D[] pts, boolean closed) {
        if (pts.length < 2) {
            return;
        }
        g.beginPath();
        g.moveTo(pts[0].getX(), pts[0].getY());
        for (int i = 1; i < pts.length; i++) {
            g.lineTo(pts[i].getX(), pts[i].getY());
        }
        if (closed) {
            g.closePath();
        }
        g.stroke();
    }

    private static void fill(GraphicsContext g, Point2D[] pts) {
        g.beginPath();
        g.moveTo(pts[0].getX(), pts[0].getY());
        for (int i = 1; i < pts.length; i++) {
            g.lineTo(pts[i].getX(), pts[i].getY());
        }
        g.closePath();
        g.fill();
    }
}
