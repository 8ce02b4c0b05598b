package org.borderwatch.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.MapStyle;

/**
 * The event-density histogram behind the timeline slider: events per bin (a day, a week or a
 * month, whatever keeps bars at least a few pixels wide) stacked by category in the map's
 * category colours, bar height growing with the square root of the count so quiet weeks still
 * show beside the peaks, with year and month ticks, the current event window shaded and a cursor
 * line at the selected day. Painted on a JavaFX {@link Canvas}; repainting is O(bins ·
 * categories · bin days), a few thousand additions, and happens only when the data or the width
 * changes: the window shade and the cursor are nodes above the canvas, which a new day moves.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class DensityHistogram extends Region {
    /** Height of the band at the top where year and month labels go, in pixels. */
    static final double LABEL_BAND = 13;
    private static final int[] BIN_DAYS = {1, 7, 14, 30, 61, 91, 182, 365};
    private final Canvas canvas = new Canvas();
    /** The shaded event window and the cursor line, as nodes: a new day only moves them. */
    private final Rectangle windowShade = new Rectangle();
    private final Line cursor = new Line();
    private final ObjectProperty<TimeAxis> axis = new SimpleObjectProperty<>(this, "axis");
    private final ObjectProperty<EventDensity> density = new SimpleObjectProperty<>(this, "density");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final MapStyle style;
    private double barBottomInset = 20;

    public DensityHistogram(MapStyle style) {
        this.style = style;
        setId("densityHistogram");
        getStyleClass().add("density-histogram");
        getChildren().addAll(canvas, windowShade, cursor);
        for (javafx.scene.Node n : new javafx.scene.Node[] {windowShade, cursor}) {
            n.setMouseTransparent(true);
            n.setManaged(false);
        }
        windowShade.setFill(Color.web("#0969DA", 0.13));
        cursor.setStroke(Color.web("#1F2328"));
        cursor.setStrokeWidth(1.5);
        setMinHeight(48);
        setPrefHeight(64);
        axis.addListener((o, a, b) -> paint());
        density.addListener((o, a, b) -> paint());
        date.addListener((o, a, b) -> paintCursor());
        window.addListener((o, a, b) -> paintCursor());
    }

    public ObjectProperty<TimeAxis> axisProperty() {
        return axis;
    }

    public ObjectProperty<EventDensity> densityProperty() {
        return density;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** Leaves {@code px} at the bottom free of bars, where the slider's track runs. */
    public void setBarBottomInset(double px) {
        barBottomInset = px;
        paint();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    /** Days per bin for an axis: the smallest step whose bars are at least 3 pixels wide. */
    static int binDays(TimeAxis a) {
        for (int d : BIN_DAYS) {
            if (d * a.dayWidth() >= 3) {
                return d;
            }
        }
        return BIN_DAYS[BIN_DAYS.length - 1];
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        TimeAxis a = axis.get();
        if (a == null || w < 2 || h < 2) {
            return;
        }
        double top = LABEL_BAND + 2;
        double bottom = h - barBottomInset;
        g.setFill(Color.web("#F6F8FA"));
        g.fillRect(a.x0(), top, a.x1() - a.x0(), bottom - top);
        paintBars(g, a, top, bottom);
        paintTicks(g, a, h);
        paintCursor();
    }

    private void paintCursor() {
        TimeAxis a = axis.get();
        LocalDate d = date.get();
        TimeWindow win = window.get();
        double h = getHeight();
        if (a == null || d == null) {
            cursor.setVisible(false);
            windowShade.setVisible(false);
            return;
        }
        double x = Math.round(a.centre(d)) + 0.5;
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(LABEL_BAND);
        cursor.setEndY(h);
        cursor.setVisible(true);
        if (win != null) {
            double x0 = Math.max(a.x0(), a.x(win.start(d)));
            double x1 = Math.min(a.x1(), a.x(d.plusDays(1)));
            windowShade.setX(x0);
            windowShade.setY(LABEL_BAND + 2);
            windowShade.setWidth(Math.max(0, x1 - x0));
            windowShade.setHeight(Math.max(0, h - barBottomInset - LABEL_BAND - 2));
        }
        windowShade.setVisible(win != null);
    }

    private void paintBars(GraphicsContext g, TimeAxis a, double top, double bottom) {
        EventDensity dens = density.get();
        if (dens == null) {
            return;
        }
        int bin = binDays(a);
        int max = 1;
        for (LocalDate s = a.first(); !s.isAfter(a.last()); s = s.plusDays(bin)) {
            max = Math.max(max, dens.total(s, bin));
        }
        // square-root scale: a week with one event stays visible next to the peak of November 2023
        double full = bottom - top - 2;
        for (LocalDate s = a.first(); !s.isAfter(a.last()); s = s.plusDays(bin)) {
            int total = dens.total(s, bin);
            if (total == 0) {
                continue;
            }
            double perEvent = full * Math.sqrt((double) total / max) / total;
            double x0 = a.x(s);
            double bw = Math.max(1, Math.min(a.x1(), a.x(s.plusDays(bin))) - x0 - (bin * a.dayWidth() >= 4 ? 1 : 0));
            double y = bottom;
            for (Category c : Category.values()) {
                int n = dens.count(s, bin, c);
                if (n > 0) {
                    double bh = n * perEvent;
                    g.setFill(FxColors.of(style.categoryColor(c)));
                    g.fillRect(x0, y - bh, bw, bh);
                    y -= bh;
                }
            }
        }
    }

    private void paintTicks(GraphicsContext g, TimeAxis a, double h) {
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        double monthWidth = 30.4 * a.dayWidth();
        LocalDate m = a.first().withDayOfMonth(1);
        if (m.isBefore(a.first())) {
            m = m.plusMonths(1);
        }
        for (; !m.isAfter(a.last()); m = m.plusMonths(1)) {
            double x = Math.round(a.x(m)) + 0.5;
            boolean year = m.getMonthValue() == 1;
            g.setStroke(year ? Color.web("#57606A") : Color.web("#AFB8C1"));
            g.setLineWidth(1);
            if (year) {
                g.strokeLine(x, 0, x, h - barBottomInset);
                g.setFill(Color.web("#1F2328"));
                g.fillText(String.valueOf(m.getYear()), x + 3, 0);
            } else if (monthWidth >= 5) {
                g.strokeLine(x, LABEL_BAND - 3, x, LABEL_BAND + 2);
                if (monthWidth >= 26 && x + 22 < a.x1()) {
                    g.setFill(Color.web("#57606A"));
                    g.fillText(m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
                            x + 2, 0);
                }
            }
        }
        if (ChronoUnit.DAYS.between(a.first(), a.first().withDayOfYear(1).plusYears(1)) * a.dayWidth() > 40
                && a.first().getDayOfYear() != 1) {
            g.setFill(Color.web("#57606A"));
            g.fillText(String.valueOf(a.first().getYear()), a.x0() + 2, 0);
        }
    }
}
