package org.borderwatch.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.render.MapStyle;

/**
 * The time axis and the event-density histogram behind the timeline slider. At the top, the axis
 * band: tick marks and labels that follow the zoom ({@link TimeTicks}: years, months, weeks,
 * days). Below it, events per calendar bin — a day, a week (Monday to Sunday), a month, a quarter
 * or a year, the finest whose bars are at least {@value #MIN_BAR_PX} pixels wide over the visible
 * span — stacked by category in the map's category colours, bar height growing with the square
 * root of the count (scaled to the busiest bin in view) so quiet weeks still show beside the
 * peaks. The current event window is shaded and a cursor line marks the selected day. Painted on a
 * JavaFX {@link Canvas} when the data, the axis or the size changes; the shade and the cursor are
 * nodes above it, which a new day only moves.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class DensityHistogram extends Region {
    /** Height of the axis band at the top, where the tick labels go (drag it to pan), in pixels. */
    static final double LABEL_BAND = 17;
    /** The narrowest bar a binning may give, in pixels. */
    static final double MIN_BAR_PX = 5;
    private static final Font TICK_FONT = Font.font(11);
    private final Canvas canvas = new Canvas();
    /** The shaded event window and the cursor line, as nodes: a new day only moves them. */
    private final Rectangle windowShade = new Rectangle();
    private final Line cursor = new Line();
    private final ObjectProperty<TimeAxis> axis = new SimpleObjectProperty<>(this, "axis");
    private final ObjectProperty<EventDays> density = new SimpleObjectProperty<>(this, "density");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final ReadOnlyObjectWrapper<Bin> bin = new ReadOnlyObjectWrapper<>(this, "bin");
    private final ReadOnlyObjectWrapper<List<String>> tickLabels = new ReadOnlyObjectWrapper<>(this, "tickLabels", List.of());
    private final Text measure = new Text();
    private final Tooltip tooltip = new Tooltip(AxisZoomControls.HELP);
    /** Where the pointer is over the histogram, or {@code null} when it is elsewhere. */
    private javafx.geometry.Point2D mouse;
    /** Says where the selected day is while it lies outside the view; a click brings it in. */
    private final Label offView = new Label();
    private Runnable onRevealDate = () -> { };
    private final MapStyle style;
    private double barBottomInset = 20;

    /** The calendar units the events are counted in, from fine to coarse. */
    public enum Bin {
        DAY, WEEK, MONTH, QUARTER, YEAR;

        /** The start of the bin holding {@code d}. */
        LocalDate start(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH -> d.withDayOfMonth(1);
                case QUARTER -> d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / 3 * 3 + 1);
                case YEAR -> d.withDayOfYear(1);
            };
        }

        /** The start of the bin after the one starting at {@code start}. */
        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case QUARTER -> start.plusMonths(3);
                case YEAR -> start.plusYears(1);
            };
        }

        /** Average length in days. */
        double days() {
            return switch (this) {
                case DAY -> 1;
                case WEEK -> 7;
                case MONTH -> 30.44;
                case QUARTER -> 91.31;
                case YEAR -> 365.25;
            };
        }
    }

    public DensityHistogram(MapStyle style) {
        this.style = style;
        setId("densityHistogram");
        getStyleClass().add("density-histogram");
        getChildren().addAll(canvas, windowShade, cursor, offView);
        offView.setId("offViewDate");
        offView.setManaged(false);
        offView.setVisible(false);
        offView.setFont(TICK_FONT);
        offView.setPadding(new Insets(0, 4, 0, 4));
        offView.setTextFill(Color.web("#0550AE"));
        offView.setBackground(new Background(new BackgroundFill(Color.web("#DDF4FF"), new CornerRadii(3), Insets.EMPTY)));
        offView.setCursor(Cursor.DEFAULT);
        offView.setTooltip(new Tooltip("The selected day is outside the view: click to bring it in"));
        offView.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.event.Event::consume);
        offView.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            e.consume();
            onRevealDate.run();
        });
        for (javafx.scene.Node n : new javafx.scene.Node[] {windowShade, cursor}) {
            n.setMouseTransparent(true);
            n.setManaged(false);
        }
        windowShade.setFill(Color.web("#0969DA", 0.13));
        cursor.setStroke(Color.web("#1F2328"));
        cursor.setStrokeWidth(1.5);
        measure.setFont(TICK_FONT);
        tooltip.setShowDelay(javafx.util.Duration.millis(300));
        Tooltip.install(this, tooltip);
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, e -> {
            mouse = new javafx.geometry.Point2D(e.getX(), e.getY());
            tooltip.setText(describe(e.getX(), e.getY()));
        });
        addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, e -> {
            mouse = null;
            tooltip.hide();
        });
        // zoomed or panned under a still pointer: the tooltip tells the new bin, or goes
        axis.addListener((o, a, b) -> {
            if (mouse != null) {
                String text = describe(mouse.getX(), mouse.getY());
                if (!text.equals(tooltip.getText())) {
                    tooltip.hide();
                    tooltip.setText(text);
                }
            }
        });
        setMinHeight(52);
        setPrefHeight(70);
        axis.addListener((o, a, b) -> paint());
        density.addListener((o, a, b) -> paint());
        date.addListener((o, a, b) -> paintCursor());
        window.addListener((o, a, b) -> paintCursor());
    }

    public ObjectProperty<TimeAxis> axisProperty() {
        return axis;
    }

    public ObjectProperty<EventDays> densityProperty() {
        return density;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** The calendar unit of the bars now shown, or {@code null} before the first paint. */
    public ReadOnlyObjectProperty<Bin> binProperty() {
        return bin.getReadOnlyProperty();
    }

    /** The labels now written on the axis, left to right (the context label, when shown, first). */
    public ReadOnlyObjectProperty<List<String>> tickLabelsProperty() {
        return tickLabels.getReadOnlyProperty();
    }

    /** Whether {@code y} (in this node) lies in the axis band, where a drag pans. */
    public boolean inAxisBand(double y) {
        return y < LABEL_BAND + 2;
    }

    /** What a click on the off-view marker (the selected day outside the view) does. */
    public void setOnRevealDate(Runnable action) {
        onRevealDate = action;
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

    /** The finest calendar unit whose bars are at least {@value #MIN_BAR_PX} pixels wide on {@code a}. */
    static Bin binFor(TimeAxis a) {
        for (Bin b : Bin.values()) {
            if (b.days() * a.dayWidth() >= MIN_BAR_PX) {
                return b;
            }
        }
        return Bin.YEAR;
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
        g.fillRect(a.x0(), 0, a.x1() - a.x0(), LABEL_BAND);
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
            offView.setVisible(false);
            return;
        }
        double x = Math.round(a.centre(d)) + 0.5;
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(0);
        cursor.setEndY(h);
        boolean inView = a.covers(a.centre(d));
        cursor.setVisible(inView);
        offView.setVisible(!inView);
        if (!inView) {
            boolean later = a.centre(d) > a.x1();
            offView.setText(later ? DateDisplay.text().dayWithWeekday(d) + " \u25B8" : "\u25C2 " + DateDisplay.text().dayWithWeekday(d));
            offView.autosize();
            double w = offView.getWidth();
            offView.relocate(later ? a.x1() - w : a.x0(), 0);
        }
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
        EventDays dens = density.get();
        Bin unit = binFor(a);
        bin.set(unit);
        if (dens == null) {
            return;
        }
        LocalDate from = unit.start(a.first());
        int max = 1;
        for (LocalDate s = from; !s.isAfter(a.last()); s = unit.next(s)) {
            max = Math.max(max, dens.total(s, days(s, unit.next(s))));
        }
        // square-root scale: a week with one event stays visible next to the peak of November 2023
        double full = bottom - top - 2;
        for (LocalDate s = from; !s.isAfter(a.last()); s = unit.next(s)) {
            LocalDate next = unit.next(s);
            int n = days(s, next);
            int total = dens.total(s, n);
            if (total == 0) {
                continue;
            }
            double perEvent = full * Math.sqrt((double) total / max) / total;
            double x0 = Math.max(a.x0(), a.x(s));
            double x1 = Math.min(a.x1(), a.x(next) - (a.x(next) - a.x(s) >= 4 ? 1 : 0));
            double bw = Math.max(1, x1 - x0);
            double y = bottom;
            for (Category c : Category.values()) {
                int k = dens.count(s, n, c);
                if (k > 0) {
                    double bh = k * perEvent;
                    g.setFill(FxColors.of(style.categoryColor(c)));
                    g.fillRect(x0, y - bh, bw, bh);
                    y -= bh;
                }
            }
        }
    }

    /** The tooltip at (x, y): how to zoom over the dates, else the events of the bin under the pointer. */
    private String describe(double x, double y) {
        TimeAxis a = axis.get();
        EventDays dens = density.get();
        if (a == null || dens == null || inAxisBand(y) || !a.covers(x)) {
            return AxisZoomControls.HELP;
        }
        Bin unit = binFor(a);
        LocalDate start = unit.start(a.dayAt(x));
        int n = days(start, unit.next(start));
        int total = dens.total(start, n);
        StringBuilder sb = new StringBuilder(switch (unit) {
            case DAY -> DateDisplay.text().dayWithWeekday(start);
            case WEEK -> "Week of " + DateDisplay.text().dayWithWeekday(start);
            case MONTH -> DateDisplay.text().month(start);
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            case YEAR -> String.valueOf(start.getYear());
        }).append(": ").append(total).append(total == 1 ? " event" : " events");
        for (Category c : Category.values()) {
            int k = dens.count(start, n, c);
            if (k > 0) {
                sb.append("\n").append(k).append(' ').append(c.label());
            }
        }
        return sb.append("\n\nClick or drag here to pick a day; the wheel zooms.").toString();
    }

    private static int days(LocalDate from, LocalDate until) {
        return (int) ChronoUnit.DAYS.between(from, until);
    }

    /**
     * Tick marks across the axis band (major ones down through the bars), then the labels left to
     * right, each only where it does not run into the one before or past the axis's end. The
     * context (the year or month the view starts in) goes at the left edge: first, when the tick
     * labels do not all name the year (short months, weeks, days), so the year is always written;
     * else only where it fits before the first label.
     */
    private void paintTicks(GraphicsContext g, TimeAxis a, double h) {
        g.setFont(TICK_FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineWidth(1);
        List<TimeTicks.Tick> ticks = TimeTicks.of(a);
        for (TimeTicks.Tick t : ticks) {
            double x = Math.round(t.x()) + 0.5;
            g.setStroke(t.major() ? Color.web("#8C959F") : Color.web("#C4CBD2"));
            g.strokeLine(x, t.major() ? 0 : LABEL_BAND - 4, x, t.major() ? h - barBottomInset : LABEL_BAND + 2);
        }
        List<String> shown = new ArrayList<>();
        double lastEnd = Double.NEGATIVE_INFINITY;
        String context = TimeTicks.context(a);
        TimeTicks.Level level = TimeTicks.levelFor(a);
        boolean labelsNameTheYear = level == TimeTicks.Level.YEARS || level == TimeTicks.Level.MONTHS;
        double firstLabel = ticks.stream().filter(t -> t.label() != null).mapToDouble(TimeTicks.Tick::x).min()
                .orElse(Double.POSITIVE_INFINITY);
        double contextEnd = a.x0() + 3 + width(context);
        if (firstLabel >= a.x0() + 2 && (!labelsNameTheYear || contextEnd + 8 < firstLabel)) {
            g.setFill(Color.web("#57606A"));
            g.fillText(context, a.x0() + 3, 1);
            shown.add(context);
            lastEnd = contextEnd;
        }
        for (TimeTicks.Tick t : ticks) {
            if (t.label() == null) {
                continue;
            }
            double x = Math.round(t.x()) + 0.5;
            double tw = width(t.label());
            if (x + 3 < lastEnd + 8 || x + 3 + tw > a.x1()) {
                continue;
            }
            g.setFill(t.major() ? Color.web("#1F2328") : Color.web("#424A53"));
            g.fillText(t.label(), x + 3, 1);
            shown.add(t.label());
            lastEnd = x + 3 + tw;
        }
        tickLabels.set(List.copyOf(shown));
    }

    private double width(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
