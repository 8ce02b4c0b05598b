package org.borderwatch.ui.annotate;

import java.awt.geom.Point2D;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.AnnotationBuilder;
import org.borderwatch.domain.AnnotationEdit;
import org.borderwatch.domain.AnnotationKind;
import org.borderwatch.render.Viewport;
import org.borderwatch.ui.MapView;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The drawing and editing tools on the map. Listens to the map's mouse events through event
 * filters, so a tool can take a click or a drag before the map pans or zooms; everything it does
 * not take (a drag while drawing, a scroll) still moves the map.
 *
 * <p>Drawing: clicks add vertices where they are clicked; snapping to crossings and the border
 * line within 10 px happens only when asked — Shift held, or the Snap switch on — and the target
 * is marked under the pointer before the click places anything. A double-click or Enter
 * finishes, Esc cancels, Backspace takes back the last vertex. A ring is a centre click and then a second click, a drag, or a radius typed in km.
 * Selecting: click an annotation; drag it, its vertices, its midpoints (adds a vertex) or a ring's
 * radius knob; Alt-click or Delete removes a vertex. FX thread only.
 */
final class MapTools {
    private final MapView map;
    private final SketchOverlay overlay;
    private final AnnotationSession session;
    private final Supplier<Snapper> snapper;
    private final Supplier<String> color;
    private final InlineFields fields;
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.BROWSE);
    /** Snap every click (the tool bar's Snap switch); without it only Shift-clicks snap. */
    private final javafx.beans.property.BooleanProperty snapping =
            new javafx.beans.property.SimpleBooleanProperty(this, "snapping");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private Consumer<Annotation> onCreated = a -> { };
    private Sketch sketch;
    private boolean measureDone;
    private Snapper.Snap snap;
    private HandleDrag drag;
    private boolean ringCentrePressed;
    private boolean pressTookSelection;
    private boolean ringDragging;
    private int selectedVertex = -1;

    MapTools(MapView map, SketchOverlay overlay, AnnotationSession session, Supplier<Snapper> snapper,
             Supplier<String> color) {
        this.map = map;
        this.overlay = overlay;
        this.session = session;
        this.snapper = snapper;
        this.color = color;
        this.fields = new InlineFields(overlay, this::createText, this::finishRing, this::cancelSketch);
        tool.addListener((o, a, t) -> {
            cancelSketch();
            sketch = t.collectsVertices() || t == Tool.RING ? new Sketch(t) : null;
            map.setCursor(t == Tool.BROWSE || t == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
            refresh();
        });
        map.viewportProperty().addListener((o, a, b) -> refresh());
        session.previewProperty().addListener((o, a, b) -> refresh());
        session.selectedProperty().addListener((o, a, b) -> {
            if (b == null || a == null || !a.id().equals(b.id())) {
                selectedVertex = -1;
            }
            refresh();
        });
        map.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        map.addEventFilter(MouseEvent.MOUSE_EXITED, e -> {
            snap = null;
            refresh();
        });
    }

    /** The active tool. */
    ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** The live measurement of the shape being drawn ("Length 12.4 km · Area 3.21 km²"), or "". */
    ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    /** Why the last action of a tool did nothing ("An area needs at least three points"), or "". */
    ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Called with each annotation a tool has just drawn (after it was handed to the session). */
    void setOnCreated(Consumer<Annotation> c) {
        this.onCreated = c;
    }

    /** True while a shape is being drawn or an inline field is open (Esc and Enter then belong to the tools). */
    boolean isDrawing() {
        return (sketch != null && !sketch.isEmpty() && !measureDone) || fields.isOpen();
    }

    private ScreenGeometry screen() {
        Viewport v = map.viewportProperty().get();
        return v == null ? null : new ScreenGeometry(v);
    }

    /** The Snap switch: when on, every click snaps; when off, only a click with Shift held. */
    javafx.beans.property.BooleanProperty snappingProperty() {
        return snapping;
    }

    /** Where the pointer would snap now (marked on the map), or {@code null}. */
    Snapper.Snap snapShown() {
        return snap;
    }

    /** True when the click or move of {@code e} snaps: the Snap switch, or Shift held. */
    private boolean snaps(javafx.scene.input.MouseEvent e) {
        return snapping.get() || e.isShiftDown();
    }

    /** The WGS84 position under (x, y), snapped unless {@code free}; updates the snap marker. */
    private Coordinate position(ScreenGeometry sg, double x, double y, boolean free) {
        snap = free ? null : snapper.get().snap(sg.view(), x, y, Snapper.TOLERANCE_PX);
        return snap != null ? snap.wgs84() : sg.toWgs84(x, y);
    }

    private void moved(MouseEvent e) {
        ScreenGeometry sg = screen();
        if (sg == null) {
            return;
        }
        boolean drawing = tool.get().kind() != null || tool.get() == Tool.MEASURE;
        Coordinate at = drawing ? position(sg, e.getX(), e.getY(), !snaps(e)) : null;
        if (!drawing) {
            snap = null;
        }
        if (sketch != null && !measureDone && !fields.radiusTyped()) {
            sketch.hover(at);
            if (tool.get() == Tool.RING) {
                fields.showRadius(sketch.radiusKm());
            }
        }
        refresh();
    }

    private void pressed(MouseEvent e) {
        ScreenGeometry sg = screen();
        if (e.getButton() != MouseButton.PRIMARY || sg == null) {
            return;
        }
        map.requestFocus();
        fields.commitText();
        hint.set("");
        pressTookSelection = false;
        if (tool.get() == Tool.SELECT) {
            pressSelect(sg, e);
        } else if (tool.get() == Tool.RING && sketch.isEmpty()) {
            sketch.add(position(sg, e.getX(), e.getY(), !snaps(e)));
            ringCentrePressed = true;
            ringDragging = true;
            map.setPanBlocked(true);
            e.consume();
        }
    }

    private void pressSelect(ScreenGeometry sg, MouseEvent e) {
        Annotation sel = session.selectedProperty().get();
        AnnotationHitTest.Handle h = sel == null ? null : AnnotationHitTest.handleAt(sel, sg, e.getX(), e.getY());
        if (h == null) {
            Annotation hit = AnnotationHitTest.annotationAt(session.visibleProperty().get(), sg, e.getX(), e.getY());
            if (hit == null) {
                return;
            }
            session.selectedIdProperty().set(hit.id());
            sel = hit;
            h = new AnnotationHitTest.Handle(AnnotationHitTest.HandleType.BODY, -1, new Point2D.Double(e.getX(), e.getY()));
        }
        if (h.type() == AnnotationHitTest.HandleType.VERTEX && e.isAltDown()) {
            removeVertex(sel, h.index());
        } else {
            selectedVertex = h.type() == AnnotationHitTest.HandleType.VERTEX ? h.index() : -1;
            drag = new HandleDrag(sel, h, e.getX(), e.getY());
            map.setPanBlocked(true);
        }
        pressTookSelection = true;
        e.consume();
        refresh();
    }

    private void dragged(MouseEvent e) {
        ScreenGeometry sg = screen();
        if (sg == null) {
            return;
        }
        if (drag != null) {
            boolean snapsHere = drag.handle().type() != AnnotationHitTest.HandleType.BODY && snaps(e);
            Coordinate target = snapsHere ? position(sg, e.getX(), e.getY(), false) : sg.toWgs84(e.getX(), e.getY());
            drag.to(sg, e.getX(), e.getY(), target);
            if (drag.moved()) {
                session.hiddenIdProperty().set(drag.original().id());
            }
            e.consume();
            refresh();
        } else if (ringDragging) {
            sketch.hover(position(sg, e.getX(), e.getY(), !snaps(e)));
            e.consume();
            refresh();
        }
    }

    private void released(MouseEvent e) {
        if (drag != null) {
            HandleDrag d = drag;
            drag = null;
            map.setPanBlocked(false);
            if (d.moved()) {
                commit(d.label(), d.original(), d.current());
            } else if (d.handle().type() == AnnotationHitTest.HandleType.MIDPOINT) {
                Annotation a = d.original();
                Geometry g = VertexEdits.insertVertex(a.geometry(), d.handle().index(),
                        AnnotationHitTest.midpoint(ScreenGeometry.vertices(a.geometry())[d.handle().index()],
                                ScreenGeometry.vertices(a.geometry())[(d.handle().index() + 1)
                                        % ScreenGeometry.vertices(a.geometry()).length]));
                commit("Add vertex", a, AnnotationBuilder.from(a).geometry(g).build());
                selectedVertex = d.handle().index() + 1;
            }
            session.hiddenIdProperty().set(null);
            e.consume();
            refresh();
        } else if (ringDragging) {
            ringDragging = false;
            map.setPanBlocked(false);
            Point2D centre = screen().toScreen(sketch.vertices().get(0));
            if (centre.distance(e.getX(), e.getY()) >= HandleDrag.THRESHOLD_PX && sketch.canFinish()) {
                finishRing(sketch.radiusKm());
            } else {
                fields.openRadius(centre, sketch.radiusKm());
            }
            e.consume();
        }
    }

    private void clicked(MouseEvent e) {
        ScreenGeometry sg = screen();
        if (e.getButton() != MouseButton.PRIMARY || sg == null) {
            return;
        }
        Tool t = tool.get();
        if (t == Tool.BROWSE || t == Tool.SELECT) {
            boolean taken = pressTookSelection;
            pressTookSelection = false;
            if (e.isStillSincePress() && e.getClickCount() == 1 && !taken) {
                Annotation hit = AnnotationHitTest.annotationAt(session.visibleProperty().get(), sg, e.getX(), e.getY());
                if (hit != null || t == Tool.SELECT) {
                    session.selectedIdProperty().set(hit == null ? null : hit.id());
                }
            }
            return;
        }
        e.consume();
        if (!e.isStillSincePress()) {
            return;
        }
        Coordinate at = position(sg, e.getX(), e.getY(), !snaps(e));
        switch (t) {
            case POINT -> create(AnnotationKind.POINT, new Sketch(Tool.POINT), at, "Draw point");
            case TEXT -> fields.openText(new Point2D.Double(e.getX(), e.getY()), at);
            case RING -> {
                if (ringCentrePressed) {
                    ringCentrePressed = false;
                } else if (!sketch.isEmpty()) {
                    sketch.hover(at);
                    finishRing(sketch.radiusKm());
                }
            }
            default -> {
                if (measureDone) {
                    sketch = new Sketch(t);
                    measureDone = false;
                }
                if (e.getClickCount() >= 2) {
                    finish();
                } else {
                    sketch.add(at);
                }
            }
        }
        refresh();
    }

    /** Finishes the shape being drawn (Enter or double-click); tells why when it cannot. */
    void finish() {
        if (sketch == null || sketch.isEmpty() || measureDone) {
            return;
        }
        Tool t = sketch.tool();
        if (!sketch.canFinish()) {
            hint.set(t == Tool.POLYGON ? "An area needs at least three points" : "A line needs at least two points");
            return;
        }
        if (t == Tool.MEASURE) {
            sketch.hover(null);
            measureDone = true;
        } else if (t == Tool.RING) {
            finishRing(sketch.radiusKm());
            return;
        } else {
            create(t.kind(), sketch, null, t == Tool.LINE ? "Draw line" : "Draw area");
            sketch = new Sketch(t);
        }
        refresh();
    }

    /** Cancels the shape being drawn and any open inline field (Esc). */
    void cancelSketch() {
        fields.close();
        if (sketch != null) {
            sketch = new Sketch(sketch.tool());
        }
        measureDone = false;
        ringCentrePressed = false;
        ringDragging = false;
        map.setPanBlocked(false);
        refresh();
    }

    /** Takes back the last vertex drawn (Backspace). */
    void removeLastVertex() {
        if (sketch != null && !measureDone) {
            sketch.removeLast();
            refresh();
        }
    }

    /** Removes the picked vertex of the selection (Delete); false when no vertex is picked. */
    boolean removePickedVertex() {
        Annotation sel = session.selectedProperty().get();
        if (sel == null || selectedVertex < 0 || tool.get() != Tool.SELECT) {
            return false;
        }
        removeVertex(sel, selectedVertex);
        return true;
    }

    private void removeVertex(Annotation a, int index) {
        Geometry g = VertexEdits.removeVertex(a.geometry(), index);
        if (g == null) {
            session.selectedIdProperty().set(a.id());
            hint.set(a.kind() == AnnotationKind.POLYGON ? "An area keeps at least three vertices"
                    : "A line keeps at least two vertices");
            return;
        }
        selectedVertex = -1;
        commit("Remove vertex", a, AnnotationBuilder.from(a).geometry(g).build());
    }

    private void commit(String label, Annotation before, Annotation shaped) {
        Annotation after = AnnotationBuilder.from(shaped).modified(session.stamp()).build();
        session.apply(AnnotationEdit.update(label, before, after));
    }

    private void create(AnnotationKind kind, Sketch s, Coordinate at, String label) {
        if (at != null) {
            s.add(at);
        }
        Annotation a = AnnotationBuilder.create(UUID.randomUUID().toString(), kind, s.geometry(), session.user(),
                session.stamp(), color.get()).radiusKm(kind == AnnotationKind.RING ? s.radiusKm() : null).build();
        session.apply(AnnotationEdit.create(label, a));
        session.selectedIdProperty().set(a.id());
        onCreated.accept(a);
    }

    private void createText(Coordinate at, String text) {
        Annotation a = AnnotationBuilder.create(UUID.randomUUID().toString(), AnnotationKind.TEXT,
                new org.locationtech.jts.geom.GeometryFactory().createPoint(at), session.user(), session.stamp(),
                color.get()).title(text).build();
        session.apply(AnnotationEdit.create("Draw text", a));
        session.selectedIdProperty().set(a.id());
        onCreated.accept(a);
        refresh();
    }

    private void finishRing(double km) {
        if (sketch == null || sketch.tool() != Tool.RING || sketch.isEmpty()) {
            return;
        }
        if (!(km > 0 && km <= 5000)) {
            hint.set("A ring's radius is more than 0 and at most 5,000 km");
            return;
        }
        sketch.radiusKm(km);
        fields.close();
        create(AnnotationKind.RING, sketch, null, "Draw ring");
        sketch = new Sketch(Tool.RING);
        refresh();
    }

    private void refresh() {
        Sketch s = sketch != null && !sketch.isEmpty() ? sketch : null;
        readout.set(s != null ? s.readout() : "");
        String shown = hint.get().isEmpty() ? readout.get() : hint.get();
        Annotation sel = drag != null ? drag.current() : session.selectedProperty().get();
        overlay.show(new SketchOverlay.Picture(s, Color.web(color.get()), sel, selectedVertex, snap, shown,
                session.previewProperty().get()), map.viewportProperty().get());
    }
}
