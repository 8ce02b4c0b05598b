package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.Group;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.render.MapStyle;

/**
 * One lane per crossing, grouped by border under the border's name, showing its open /
 * restricted / closed intervals as coloured runs over the timeline's visible span, the crossing's
 * name at the left, and a cursor line at the selected day — the story of every crossing in one
 * glance. A click on a border's header folds its lanes into one bar (the most severe status of its
 * crossings each day) and unfolds them; "only crossings that changed in view" leaves out the lanes
 * with no change of status in the visible span (the start of a record is no change). Days without
 * data are blank, days before a record starts hatched ({@link LanePainter}). Names are written at {@value #NAME_PX} pixels, the size of the event table's text; lanes
 * are {@value #MAX_ROW} pixels high and close up to {@value #MIN_ROW} when space is short; below
 * that the lanes scroll (the mouse wheel, or the scroll bar at the right). The lanes are painted on
 * a canvas; the cursor and the status dots are nodes above it, so a new day redraws only a thin
 * line and the dots whose colour changed. A click selects the crossing (a drag pans the timeline
 * instead); hovering tells its status on the hovered day.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
public final class StatusLanes extends Region {
    /** Width of the name column at the left, in pixels; the timeline's other rows leave the same gutter. */
    public static final double GUTTER = 180;
    /** Width kept at the right for the vertical scroll bar; the timeline's other rows leave it too. */
    public static final double SCROLL_BAR = 12;
    /** Size of the crossing names, in pixels: that of the event table's text. */
    static final double NAME_PX = 12;
    static final double MIN_ROW = 14;
    static final double MAX_ROW = 17;
    static final double HEADER = 17;
    private static final Font NAME = Font.font(null, FontWeight.NORMAL, NAME_PX);
    private static final Font NAME_SELECTED = Font.font(null, FontWeight.BOLD, NAME_PX);
    private final Canvas canvas = new Canvas();
    /**
     * The cursor line and the status dots are nodes over the canvas: a new day moves a line and
     * recolours a few dots, so only those thin areas are drawn again.
     */
    private final Line cursor = new Line();
    private final Group dots = new Group();
    private final ObjectProperty<TimeAxis> axis = new SimpleObjectProperty<>(this, "axis");
    private final ObjectProperty<SituationData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<String> selectedCrossingId = new SimpleObjectProperty<>(this, "selectedCrossingId");
    private final MapStyle style;
    private final Tooltip tooltip = new Tooltip();
    private final ScrollBar scroll = new ScrollBar();
    private final Rectangle clip = new Rectangle();
    private Consumer<Crossing> onCrossingClicked = c -> { };
    /** Rows from top to bottom: a border header (crossing null) or a crossing lane. */
    private final List<Row> rows = new ArrayList<>();
    private final javafx.collections.ObservableSet<Border> folded = javafx.collections.FXCollections.observableSet(
            java.util.EnumSet.noneOf(Border.class));
    private final javafx.beans.property.BooleanProperty changedInViewOnly =
            new javafx.beans.property.SimpleBooleanProperty(this, "changedInViewOnly");
    private final LanePainter lanePainter;
    private boolean painting;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;

    /**
     * A row: a border's header (crossing null; {@code members} its crossings shown, or all of them
     * when folded) or a crossing's lane.
     */
    private record Row(Border border, Crossing crossing, double y, double height, List<Crossing> members, int total) {
    }

    public StatusLanes(MapStyle style) {
        this.style = style;
        this.lanePainter = new LanePainter(style);
        setAccessibleRole(javafx.scene.AccessibleRole.NODE);
        setAccessibleText("Status lanes: one lane per crossing, open, restricted or closed over time");
        setId("statusLanes");
        getStyleClass().add("status-lanes");
        getChildren().addAll(canvas, dots, cursor, scroll);
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.setId("laneScroll");
        scroll.setAccessibleText("Scroll the status lanes");
        scroll.setManaged(false);
        scroll.setVisible(false);
        scroll.valueProperty().addListener((o, a, b) -> paint());
        setClip(clip);
        cursor.setMouseTransparent(true);
        dots.setMouseTransparent(true);
        cursor.setStroke(Color.web("#1F2328"));
        cursor.setStrokeWidth(1.5);
        cursor.setManaged(false);
        dots.setManaged(false);
        setMinHeight(40);
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(this, tooltip);
        axis.addListener((o, a, b) -> {
            if (changedInViewOnly.get()) {
                requestLayout();
            }
            paint();
            refreshTooltip();
        });
        data.addListener((o, a, b) -> {
            requestLayout();
            paint();
        });
        javafx.beans.InvalidationListener relayout = o -> {
            requestLayout();
            paint();
            refreshTooltip();
        };
        folded.addListener(relayout);
        changedInViewOnly.addListener(relayout);
        date.addListener((o, a, b) -> paintCursor());
        selectedCrossingId.addListener((o, a, b) -> {
            paint();
            if (b != null) {
                reveal(b);
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            // the plain wheel scrolls the lanes when they do not all fit; with Ctrl it zooms the timeline
            if (scroll.isVisible() && !e.isControlDown() && !e.isShortcutDown() && !e.isShiftDown() && e.getDeltaY() != 0) {
                scroll.setValue(Math.max(0, Math.min(scroll.getMax(), scroll.getValue() - e.getDeltaY())));
                e.consume();
            }
        });
        // the lanes moved under the pointer: the tooltip says what is under it now, or goes
        scroll.valueProperty().addListener((o, a, b) -> refreshTooltip());
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && e.getX() < getWidth() - SCROLL_BAR) {
                Row header = headerAt(e.getY());
                if (header != null) {
                    toggleFold(header.border());
                    return;
                }
                Crossing c = crossingAt(e.getY());
                if (c != null) {
                    onCrossingClicked.accept(c);
                }
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            mouseX = e.getX();
            mouseY = e.getY();
            tooltip.setText(describe(e.getX(), e.getY()));
        });
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            mouseX = Double.NaN;
            tooltip.hide();
        });
    }

    /** Writes the tooltip for what is under the pointer now; hides it when that is nothing. */
    private void refreshTooltip() {
        if (Double.isNaN(mouseX)) {
            return;
        }
        String text = describe(mouseX, mouseY);
        if (!text.equals(tooltip.getText())) {
            tooltip.hide();
            tooltip.setText(text);
        }
    }

    /** The borders whose lanes are folded into one bar; add or remove to fold or unfold. */
    public javafx.collections.ObservableSet<Border> foldedBorders() {
        return folded;
    }

    /** Folds the lanes of {@code b} into one bar, or unfolds them. */
    public void toggleFold(Border b) {
        if (!folded.remove(b)) {
            folded.add(b);
        }
    }

    /** When set, only the crossings whose status changed in the visible span have a lane. */
    public javafx.beans.property.BooleanProperty changedInViewOnlyProperty() {
        return changedInViewOnly;
    }

    /** The ids of the crossings that have a lane now, top to bottom (folded borders have none). */
    public List<String> laneIds() {
        return rows.stream().filter(r -> r.crossing() != null).map(r -> r.crossing().id()).toList();
    }

    /** Vertical centre of a border's header in this node (scrolled), or NaN when it has none. */
    public double headerCentreY(Border b) {
        for (Row r : rows) {
            if (r.crossing() == null && r.border() == b) {
                return r.y() + r.height() / 2 - scrollOffset();
            }
        }
        return Double.NaN;
    }

    /** The axis of the run area, in this node's x coordinates (so it starts after the gutter). */
    public ObjectProperty<TimeAxis> axisProperty() {
        return axis;
    }

    public ObjectProperty<SituationData> dataProperty() {
        return data;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The highlighted crossing's id, or {@code null}. */
    public ObjectProperty<String> selectedCrossingIdProperty() {
        return selectedCrossingId;
    }

    public void setOnCrossingClicked(Consumer<Crossing> handler) {
        onCrossingClicked = handler;
    }

    /** The height that shows every lane with its name, lanes closed up ({@value #MIN_ROW} pixels each). */
    @Override
    protected double computePrefHeight(double width) {
        SituationData d = data.get();
        return d == null ? 120 : contentHeight(groups(d), MIN_ROW);
    }

    /** A border with its crossings in data order, and those of them that get a lane. */
    private record BorderGroup(Border border, List<Crossing> all, List<Crossing> shown) {
    }

    /** The borders in data order with the crossings each shows (none when folded). */
    private List<BorderGroup> groups(SituationData d) {
        java.util.Map<Border, List<Crossing>> byBorder = new java.util.LinkedHashMap<>();
        for (Crossing c : d.crossings()) {
            byBorder.computeIfAbsent(c.border(), b -> new ArrayList<>()).add(c);
        }
        TimeAxis a = axis.get();
        List<BorderGroup> out = new ArrayList<>();
        byBorder.forEach((b, all) -> {
            List<Crossing> shown = all;
            if (changedInViewOnly.get() && a != null) {
                shown = all.stream().filter(c -> changesWithin(d, c, a.first(), a.last())).toList();
            }
            out.add(new BorderGroup(b, all, folded.contains(b) ? List.of() : shown));
        });
        return out;
    }

    /**
     * True when {@code c}'s status changes on a day in {@code (first, last]} from one sourced
     * status to another (the start of a record, or a day running out of data, is no change).
     */
    static boolean changesWithin(SituationData d, Crossing c, LocalDate first, LocalDate last) {
        for (StatusInterval i : d.intervals(c.id())) {
            for (LocalDate day : new LocalDate[] {i.from(), i.until()}) {
                if (day != null && day.isAfter(first) && !day.isAfter(last)) {
                    Status before = d.statusOn(c, day.minusDays(1)).status();
                    Status after = d.statusOn(c, day).status();
                    if (before != after && before.isKnown() && after.isKnown()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static double contentHeight(List<BorderGroup> groups, double row) {
        int lanes = groups.stream().mapToInt(g -> g.shown().size()).sum();
        return groups.size() * HEADER + lanes * row + 2;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        scroll.resizeRelocate(getWidth() - SCROLL_BAR, 0, SCROLL_BAR, getHeight());
        paint();
    }

    /** How far the lanes are scrolled down, in pixels (0 when they all fit). */
    public double scrollOffset() {
        return scroll.isVisible() ? scroll.getValue() : 0;
    }

    /** Scrolls the lanes so the lane of {@code crossingId} is in view. */
    public void reveal(String crossingId) {
        if (!scroll.isVisible()) {
            return;
        }
        Row lane = null;
        for (Row r : rows) {
            if (r.crossing() != null && r.crossing().id().equals(crossingId)) {
                lane = r;
            }
        }
        if (lane != null) {
            double top = lane.y() - scrollOffset();
            if (top < 0 || top + lane.height() > getHeight()) {
                // Scrolling lays the rows out again, so it happens after the search.
                scroll.setValue(Math.max(0, Math.min(scroll.getMax(), lane.y() - getHeight() / 2)));
            }
        }
    }

    /** The crossing whose lane contains {@code y}, or {@code null}. */
    public Crossing crossingAt(double y) {
        double content = y + scrollOffset();
        for (Row r : rows) {
            if (r.crossing() != null && content >= r.y() && content < r.y() + r.height()) {
                return r.crossing();
            }
        }
        return null;
    }

    /** Vertical centre of a crossing's lane in this node (scrolled), or NaN when it has none (tests click there). */
    public double laneCentreY(String crossingId) {
        for (Row r : rows) {
            if (r.crossing() != null && r.crossing().id().equals(crossingId)) {
                return r.y() + r.height() / 2 - scrollOffset();
            }
        }
        return Double.NaN;
    }

    private String describe(double x, double y) {
        Row header = headerAt(y);
        if (header != null) {
            return header.border().label() + ": " + header.total() + " crossings \u2014 click to "
                    + (folded.contains(header.border()) ? "show their lanes" : "fold them into one bar");
        }
        Crossing c = crossingAt(y);
        TimeAxis a = axis.get();
        if (c == null || a == null || !a.covers(x)) {
            return c == null ? "" : c.displayPair();
        }
        LocalDate d = a.dayAt(x);
        StatusInterval i = data.get().intervalOn(c.id(), d);
        if (i == null && c.trackedFrom() != null && d.isBefore(c.trackedFrom())) {
            return c.displayPair() + "\n" + DateDisplay.text().dayWithWeekday(d) + ": not tracked (the record starts on "
                    + DateDisplay.text().dayWithWeekday(c.trackedFrom()) + ")";
        }
        if (i == null) {
            return c.displayPair() + "\n" + DateDisplay.text().dayWithWeekday(d) + ": no data";
        }
        return c.displayPair() + "\n" + DateDisplay.text().dayWithWeekday(d) + ": " + i.status().label()
                + " since " + DateDisplay.text().dayWithWeekday(i.from())
                + (i.until() == null ? "" : ", until " + DateDisplay.text().dayWithWeekday(i.until().minusDays(1)))
                + (i.reason() == null ? "" : "\n" + i.reason());
    }

    /** Lays the rows out in content coordinates and sets the scroll bar up for what does not fit. */
    private void layoutRows(SituationData d, double height) {
        rows.clear();
        List<BorderGroup> groups = groups(d);
        int lanes = groups.stream().mapToInt(g -> g.shown().size()).sum();
        double lane = Math.max(MIN_ROW, Math.min(MAX_ROW, (height - groups.size() * HEADER - 2) / Math.max(1, lanes)));
        double content = contentHeight(groups, lane);
        double overflow = content - height;
        scroll.setVisible(overflow > 0.5);
        scroll.setMax(Math.max(0, overflow));
        scroll.setVisibleAmount(height * Math.max(1, overflow) / Math.max(1, content));
        scroll.setUnitIncrement(lane);
        if (scroll.getValue() > scroll.getMax()) {
            scroll.setValue(scroll.getMax());
        }
        double y = 0;
        for (BorderGroup g : groups) {
            rows.add(new Row(g.border(), null, y, HEADER, folded.contains(g.border()) ? g.all() : g.shown(), g.all().size()));
            y += HEADER;
            for (Crossing c : g.shown()) {
                rows.add(new Row(g.border(), c, y, lane, List.of(), 0));
                y += lane;
            }
        }
    }

    /** The header row at {@code y} (this node's coordinates, scrolled), or {@code null}. */
    private Row headerAt(double y) {
        double content = y + scrollOffset();
        for (Row r : rows) {
            if (r.crossing() == null && content >= r.y() && content < r.y() + r.height()) {
                return r;
            }
        }
        return null;
    }

    /** "▾ Finland–Russia (15)", "▸ Finland–Russia (15)", "▾ Poland–Belarus · 2 of 11 changed in view". */
    private String headerText(Row r) {
        boolean isFolded = folded.contains(r.border());
        String mark = isFolded ? "\u25B8 " : "\u25BE ";
        if (!isFolded && changedInViewOnly.get()) {
            return mark + r.border().label() + " \u00b7 " + r.members().size() + " of " + r.total() + " changed in view";
        }
        return mark + r.border().label() + " (" + r.total() + ")";
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        SituationData d = data.get();
        TimeAxis a = axis.get();
        if (d == null || a == null || w < 2 || h < 2) {
            rows.clear();
            paintCursor();
            return;
        }
        if (painting) {
            return;
        }
        painting = true;
        try {
            layoutRows(d, h);
        } finally {
            painting = false;
        }
        double off = scrollOffset();
        g.save();
        g.translate(0, -off);
        g.setTextBaseline(VPos.CENTER);
        for (Row r : rows) {
            if (r.y() + r.height() < off || r.y() > off + h) {
                continue;
            }
            if (r.crossing() == null) {
                paintHeader(g, d, a, r);
                continue;
            }
            paintLane(g, d, a, r);
        }
        g.restore();
        paintCursor();
    }

    /** The cursor line at the selected day and each crossing's status dot for that day. */
    private void paintCursor() {
        SituationData d = data.get();
        TimeAxis a = axis.get();
        LocalDate day = date.get();
        if (d == null || a == null || day == null) {
            cursor.setVisible(false);
            dots.getChildren().clear();
            return;
        }
        List<Row> lanes = rows.stream().filter(r -> r.crossing() != null).toList();
        dots.setTranslateY(-scrollOffset());
        if (dots.getChildren().size() != lanes.size()) {
            dots.getChildren().clear();
            for (int i = 0; i < lanes.size(); i++) {
                dots.getChildren().add(new Circle(4));
            }
        }
        for (int i = 0; i < lanes.size(); i++) {
            Row r = lanes.get(i);
            Circle c = (Circle) dots.getChildren().get(i);
            c.setCenterX(9);
            c.setCenterY(r.y() + r.height() / 2);
            Color fill = FxColors.of(style.statusColor(statusOn(d, r.crossing(), day)));
            if (!fill.equals(c.getFill())) {
                c.setFill(fill);
            }
        }
        double x = Math.round(a.centre(day)) + 0.5;
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(0);
        cursor.setEndY(getHeight());
        cursor.setVisible(a.covers(a.centre(day)));
    }

    private void paintLane(GraphicsContext g, SituationData d, TimeAxis a, Row r) {
        Crossing c = r.crossing();
        boolean selected = c.id().equals(selectedCrossingId.get());
        if (selected) {
            g.setFill(Color.web("#0969DA", 0.18));
            g.fillRect(0, r.y(), canvas.getWidth(), r.height());
        }
        double gap = 4;
        lanePainter.lane(g, d, c, a, r.y() + gap / 2, r.height() - gap);
        g.setFill(selected ? Color.web("#0550AE") : Color.web("#1F2328"));
        g.setFont(selected ? NAME_SELECTED : NAME);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(c.name(), a.x0() - 6, r.y() + r.height() / 2, a.x0() - 24);
    }

    /** A border's header: its name and fold mark in the gutter; folded, its lanes in one bar. */
    private void paintHeader(GraphicsContext g, SituationData d, TimeAxis a, Row r) {
        g.setFill(Color.web("#1F2328"));
        g.setFont(NAME_SELECTED);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(headerText(r), 4, r.y() + HEADER / 2 + 1, a.x0() - 8);
        if (folded.contains(r.border())) {
            lanePainter.folded(g, d, r.members(), a, r.y() + 3, HEADER - 6);
        } else {
            g.setStroke(Color.web("#D0D7DE"));
            g.setLineWidth(1);
            g.strokeLine(a.x0(), Math.round(r.y() + HEADER - 1) + 0.5, a.x1(), Math.round(r.y() + HEADER - 1) + 0.5);
        }
    }

    private static Status statusOn(SituationData d, Crossing c, LocalDate day) {
        return d.statusOn(c, day).status();
    }
}
