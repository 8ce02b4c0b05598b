package org.borderwatch.ui;

import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Zooming and panning the timeline's time axis with the mouse, as in map and timeline tools:
 * <ul>
 *   <li>the wheel over the axis band and the histogram, or Ctrl + wheel anywhere on the timeline
 *       (the lanes included), zooms around the pointer — the day under it stays under it;</li>
 *   <li>Shift + wheel, or a sideways scroll of a touchpad, pans;</li>
 *   <li>dragging the axis band (the strip of dates at the top), dragging the lanes, or dragging
 *       anywhere with the middle button pans; a double click on the axis band zooms in;</li>
 *   <li>pressing or dragging in the histogram's bars still picks the day (scrubbing).</li>
 * </ul>
 * Every change goes through the {@link TimelineViewModel}, which keeps the span inside the data.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
final class TimelineGestures {
    /** Wheel notches that double the pixels per day: one notch zooms by 2^(1/3) ≈ 1.26. */
    private static final double NOTCHES_PER_DOUBLING = 3;
    private final TimelineViewModel vm;
    private Pan pan;

    /** A drag in progress: where it started and the span then. */
    private record Pan(double pressX, TimeSpan span, double dayWidth) {
    }

    TimelineGestures(TimelineViewModel vm) {
        this.vm = vm;
    }

    /**
     * The zoom factor of a wheel turn: above 1 (in) for a turn away from the user. The delta is
     * counted in notches (pixels over the platform's pixels per notch, 40 on most desktops), so a
     * notch zooms alike everywhere and a touchpad's small deltas zoom smoothly.
     */
    static double wheelFactor(ScrollEvent e) {
        double perNotch = e.getMultiplierY() > 0 ? e.getMultiplierY() : 40;
        return Math.pow(2, e.getDeltaY() / perNotch / NOTCHES_PER_DOUBLING);
    }

    /**
     * The histogram: plain wheel zooms, the axis band and the middle button pan, the bars scrub.
     *
     * @param stack the histogram's parent, laid over it with the slider at the same origin: the
     *              wheel is taken there, so it zooms over the slider too
     * @param scrub called with the x of a press or drag in the bars (this node's coordinates)
     */
    void attach(Node stack, DensityHistogram h, DoubleConsumer scrub) {
        Supplier<TimeAxis> axis = h.axisProperty()::get;
        stack.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (wheel(axis.get(), e, true)) {
                e.consume();
            }
        });
        h.addEventHandler(MouseEvent.MOUSE_MOVED, e -> h.setCursor(h.inAxisBand(e.getY()) ? Cursor.OPEN_HAND : Cursor.HAND));
        h.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && h.inAxisBand(e.getY())) {
                startPan(h, axis.get(), e);
            } else if (e.getButton() == MouseButton.PRIMARY) {
                pan = null;
                scrub.accept(e.getX());
            }
        });
        h.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pan != null) {
                dragPan(e);
            } else if (e.isPrimaryButtonDown()) {
                scrub.accept(e.getX());
            }
        });
        h.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endPan(h, h.inAxisBand(e.getY()) ? Cursor.OPEN_HAND : Cursor.HAND));
        h.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            TimeAxis a = axis.get();
            if (a != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && h.inAxisBand(e.getY())) {
                vm.zoom(2, a.timeAt(e.getX()));
            }
        });
    }

    /**
     * The lanes: Ctrl + wheel zooms (the plain wheel scrolls them), a drag pans (not one on their
     * scroll bar), a click still selects.
     */
    void attach(StatusLanes lanes) {
        Supplier<TimeAxis> axis = lanes.axisProperty()::get;
        lanes.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!e.isConsumed() && wheel(axis.get(), e, false)) {
                e.consume();
            }
        });
        lanes.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pan = null;
            boolean onScrollBar = e.getX() >= lanes.getWidth() - StatusLanes.SCROLL_BAR;
            if ((e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) && !onScrollBar) {
                TimeAxis a = axis.get();
                if (a != null) {
                    pan = new Pan(e.getX(), a.span(), a.dayWidth());
                }
            }
        });
        lanes.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pan != null && (!e.isStillSincePress() || e.isMiddleButtonDown())) {
                lanes.setCursor(Cursor.CLOSED_HAND);
                dragPan(e);
            }
        });
        lanes.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endPan(lanes, null));
    }

    /** Zooms or pans for a wheel event; false when the event is not the timeline's. */
    private boolean wheel(TimeAxis a, ScrollEvent e, boolean plainZooms) {
        if (a == null) {
            return false;
        }
        boolean ctrl = e.isControlDown() || e.isShortcutDown();
        double sideways = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
        if (!ctrl && sideways != 0) {
            vm.pan(-sideways / a.dayWidth());
            return true;
        }
        if ((ctrl || plainZooms) && e.getDeltaY() != 0) {
            double x = Math.max(a.x0(), Math.min(a.x1(), e.getX()));
            vm.zoom(wheelFactor(e), a.timeAt(x));
            return true;
        }
        return false;
    }

    private void startPan(Node n, TimeAxis a, MouseEvent e) {
        if (a != null) {
            pan = new Pan(e.getX(), a.span(), a.dayWidth());
            n.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void dragPan(MouseEvent e) {
        vm.showSpan(pan.span().shiftedBy(-(e.getX() - pan.pressX()) / pan.dayWidth()));
    }

    private void endPan(Node n, Cursor after) {
        if (pan != null) {
            n.setCursor(after);
        }
        pan = null;
    }
}
