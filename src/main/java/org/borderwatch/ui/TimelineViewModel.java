package org.borderwatch.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;

/**
 * The timeline's state: the data snapshot, the selected day (kept inside the data's range), the
 * event window, playback (on/off, days per second) and the visible span of the time axis with its
 * zoom and pan arithmetic (kept inside the data, at least {@value #MIN_VISIBLE_DAYS} days, following
 * the day when it runs off). Holds properties only — no nodes, no SQL — so it is tested without a
 * stage. Not thread-safe: use it on the JavaFX Application Thread (or,
 * in tests, one thread).
 */
public final class TimelineViewModel {
    /** The shortest stretch of time the axis zooms in to, in days. */
    public static final double MIN_VISIBLE_DAYS = 7;
    /** Where playback puts the day when it runs off the visible span: this fraction from the edge it enters at. */
    static final double FOLLOW_MARGIN = 0.1;
    /** Playback speeds offered, in days per second. */
    public static final int[] SPEEDS = {1, 7, 30, 90};

    private final ReadOnlyObjectWrapper<SituationData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<EventDays> eventDays = new ReadOnlyObjectWrapper<>(this, "eventDays", EventDays.NONE);
    private final ReadOnlyObjectWrapper<LocalDate> first = new ReadOnlyObjectWrapper<>(this, "first");
    private final ReadOnlyObjectWrapper<LocalDate> last = new ReadOnlyObjectWrapper<>(this, "last");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window", TimeWindow.DEFAULT);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final IntegerProperty speed = new SimpleIntegerProperty(this, "speed", 7);
    private final BooleanProperty loop = new SimpleBooleanProperty(this, "loop");
    private final ReadOnlyObjectWrapper<TimeSpan> visible = new ReadOnlyObjectWrapper<>(this, "visible");
    private ChangeDays changeDays;
    private double carriedDays;
    /** A span asked for before data arrived (e.g. the remembered one), applied with the data. */
    private TimeSpan wantedSpan;

    /** @param initial the day to show first (e.g. the remembered one); clamped once data arrives */
    public TimelineViewModel(LocalDate initial) {
        date.set(initial);
        playing.addListener((o, was, now) -> {
            carriedDays = 0;
            if (now && last.get() != null && !date.get().isBefore(loopEnd())) {
                date.set(loop.get() ? loopStart() : first.get());
            }
        });
        date.addListener((o, was, now) -> follow(was, now));
    }

    /** Installs a snapshot that holds its events (a test's); the selected day is clamped into its range. */
    public void setData(SituationData d) {
        setData(d, EventDays.of(d.events()));
    }

    /**
     * Installs the store's crossings and intervals ({@code status}, its events unused) and its
     * events per day ({@code days}): the range, the histogram and the steps from change to change
     * come from these; the selected day is clamped into the range.
     */
    public void setData(SituationData status, EventDays days) {
        SituationData d = status;
        LocalDate[] range = d.range(days.first(), days.last());
        changeDays = ChangeDays.of(d, days);
        eventDays.set(days);
        first.set(range == null ? date.get() : range[0]);
        last.set(range == null ? date.get() : range[1]);
        TimeSpan want = visible.get() != null ? visible.get() : wantedSpan;
        visible.set(want == null ? fullSpan() : want.within(fullSpan(), MIN_VISIBLE_DAYS));
        data.set(d);
        setDate(date.get());
        follow(null, date.get());
    }

    /** Sources, crossings and intervals; {@code null} before they arrive. */
    public ReadOnlyObjectProperty<SituationData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** How many events each day has (empty before the store's counts are in). */
    public ReadOnlyObjectProperty<EventDays> eventDaysProperty() {
        return eventDays.getReadOnlyProperty();
    }

    /** First day of the data, or {@code null} before data arrives. */
    public ReadOnlyObjectProperty<LocalDate> firstProperty() {
        return first.getReadOnlyProperty();
    }

    /** Last day of the data, or {@code null} before data arrives. */
    public ReadOnlyObjectProperty<LocalDate> lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** The selected day; never {@code null}. */
    public ReadOnlyObjectProperty<LocalDate> dateProperty() {
        return date.getReadOnlyProperty();
    }

    public LocalDate date() {
        return date.get();
    }

    /** Selects a day, clamped into the data's range. */
    public void setDate(LocalDate d) {
        if (d == null) {
            return;
        }
        date.set(clamp(d));
    }

    /** {@code d} moved into {@code [first, last]} (unchanged before data arrives). */
    public LocalDate clamp(LocalDate d) {
        if (first.get() != null && d.isBefore(first.get())) {
            return first.get();
        }
        if (last.get() != null && d.isAfter(last.get())) {
            return last.get();
        }
        return d;
    }

    /** Which events belong to the situation: the last N days, or since a start day. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Playback speed in days per second (≥ 1). */
    public IntegerProperty speedProperty() {
        return speed;
    }

    /** Moves the day by {@code n} days (negative: back). */
    public void stepDays(long n) {
        setDate(date.get().plusDays(n));
    }

    /** Moves to the next day with an event or a status change; false when there is none. */
    public boolean stepToNextChange() {
        LocalDate d = changeDays == null ? null : changeDays.after(date.get());
        if (d == null || (last.get() != null && d.isAfter(last.get()))) {
            return false;
        }
        setDate(d);
        return true;
    }

    /** Moves to the previous day with an event or a status change; false when there is none. */
    public boolean stepToPreviousChange() {
        LocalDate d = changeDays == null ? null : changeDays.before(date.get());
        if (d == null) {
            return false;
        }
        setDate(d);
        return true;
    }

    /**
     * The stretch of time the axis shows: the data's whole range until the user zooms, never
     * shorter than {@value #MIN_VISIBLE_DAYS} days (or the whole range, when shorter), never
     * beyond the data. {@code null} before data arrives.
     */
    public ReadOnlyObjectProperty<TimeSpan> visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    /** The data's whole range as a span, or {@code null} before data arrives. */
    public TimeSpan fullSpan() {
        return first.get() == null ? null : TimeSpan.ofDays(first.get(), last.get());
    }

    /** Whether the axis shows the data's whole range. */
    public boolean showsWholeSpan() {
        TimeSpan v = visible.get();
        TimeSpan all = fullSpan();
        return v == null || all == null || v.length() >= all.length() - 1e-9;
    }

    /**
     * Shows {@code span}, kept inside the data and at least {@value #MIN_VISIBLE_DAYS} days
     * long. Before data arrives it is remembered and applied with the data.
     */
    public void showSpan(TimeSpan span) {
        if (span == null) {
            return;
        }
        TimeSpan all = fullSpan();
        if (all == null) {
            wantedSpan = span;
        } else {
            visible.set(span.within(all, MIN_VISIBLE_DAYS));
        }
    }

    /** Shows the data's whole range (the "whole span" button and the Home key). */
    public void showWholeSpan() {
        showSpan(fullSpan());
    }

    /**
     * Zooms by {@code factor} (2: twice as many pixels per day, half the days) keeping the instant
     * {@code anchor} (in epoch days, e.g. the one under the pointer) where it is on screen, as
     * far as the data's edges and the minimum span allow.
     */
    public void zoom(double factor, double anchor) {
        TimeSpan v = visible.get();
        TimeSpan all = fullSpan();
        if (v == null || all == null || !(factor > 0)) {
            return;
        }
        double len = Math.max(Math.min(MIN_VISIBLE_DAYS, all.length()), Math.min(all.length(), v.length() / factor));
        visible.set(v.resizedAround(anchor, len).within(all, MIN_VISIBLE_DAYS));
    }

    /** Zooms by {@code factor} around the selected day when it is shown, else around the middle. */
    public void zoom(double factor) {
        TimeSpan v = visible.get();
        if (v != null) {
            zoom(factor, v.shows(date.get()) ? date.get().toEpochDay() + 0.5 : (v.start() + v.end()) / 2);
        }
    }

    /** Moves the visible span by {@code days} (positive: later), stopping at the data's edges. */
    public void pan(double days) {
        TimeSpan v = visible.get();
        if (v != null) {
            showSpan(v.shiftedBy(days));
        }
    }

    /** Centres the visible span on the selected day (the off-view marker's click). */
    public void bringDateIntoView() {
        TimeSpan v = visible.get();
        if (v != null) {
            showSpan(v.placing(date.get().toEpochDay() + 0.5, 0.5));
        }
    }

    /**
     * Keeps the selected day in view: when it leaves the span, playing forward turns the page (the
     * day re-enters {@value #FOLLOW_MARGIN} of a span from the left edge; backwards, from the
     * right); a jump further than a span away centres it. Panning alone never moves the day.
     */
    private void follow(LocalDate was, LocalDate now) {
        TimeSpan v = visible.get();
        if (v == null || now == null || v.shows(now)) {
            return;
        }
        double mid = now.toEpochDay() + 0.5;
        boolean near = mid > v.end() ? mid - v.end() < v.length() : v.start() - mid < v.length();
        boolean wasShown = was != null && v.shows(was);
        if (near && wasShown) {
            showSpan(v.placing(mid, mid > v.end() ? FOLLOW_MARGIN : 1 - FOLLOW_MARGIN));
        } else {
            showSpan(v.placing(mid, 0.5));
        }
    }

    /**
     * Advances playback by {@code seconds} of wall time at the current speed; whole days are
     * applied, the fraction carried to the next call. Stops at the last day, or with
     * {@link #loopProperty() loop} starts again at the first day in view after the last one.
     */
    public void advance(double seconds) {
        if (!playing.get() || data.get() == null) {
            return;
        }
        carriedDays += seconds * Math.max(1, speed.get());
        long whole = (long) Math.floor(carriedDays);
        if (whole > 0) {
            carriedDays -= whole;
            if (loop.get() && date.get().plusDays(whole).isAfter(loopEnd())) {
                // past the end of the span in view: from its start again
                setDate(loopStart());
                return;
            }
            stepDays(whole);
        }
        if (!loop.get() && !date.get().isBefore(last.get())) {
            playing.set(false);
        }
    }

    /**
     * When set, playback does not stop at the end: it starts again from the first day of the span
     * in view when it passes the span's last day (zoom the axis to the stretch to watch again).
     */
    public BooleanProperty loopProperty() {
        return loop;
    }

    /** The first day playback loops back to: the first day in view, not before the data. */
    LocalDate loopStart() {
        TimeSpan v = visible.get();
        LocalDate d = v == null ? first.get() : v.firstDay();
        return first.get() != null && d.isBefore(first.get()) ? first.get() : d;
    }

    /** The last day of a loop: the last day in view, not after the data. */
    LocalDate loopEnd() {
        TimeSpan v = visible.get();
        LocalDate d = v == null ? last.get() : v.lastDay();
        return last.get() != null && d.isAfter(last.get()) ? last.get() : d;
    }
}
