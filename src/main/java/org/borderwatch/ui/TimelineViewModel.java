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
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;

/**
 * The timeline's state: the data snapshot, the selected day (kept inside the data's range), the
 * event window, and playback (on/off, days per second). Holds properties only — no nodes, no SQL —
 * so it is tested without a stage. Not thread-safe: use it on the JavaFX Application Thread (or,
 * in tests, one thread).
 */
public final class TimelineViewModel {
    /** Playback speeds offered, in days per second. */
    public static final int[] SPEEDS = {1, 7, 30, 90};

    private final ReadOnlyObjectWrapper<SituationData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<LocalDate> first = new ReadOnlyObjectWrapper<>(this, "first");
    private final ReadOnlyObjectWrapper<LocalDate> last = new ReadOnlyObjectWrapper<>(this, "last");
    private final ReadOnlyObjectWrapper<LocalDate> date = new ReadOnlyObjectWrapper<>(this, "date");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window", TimeWindow.DEFAULT);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final IntegerProperty speed = new SimpleIntegerProperty(this, "speed", 7);
    private ChangeDays changeDays;
    private double carriedDays;

    /** @param initial the day to show first (e.g. the remembered one); clamped once data arrives */
    public TimelineViewModel(LocalDate initial) {
        date.set(initial);
        playing.addListener((o, was, now) -> {
            carriedDays = 0;
            if (now && last.get() != null && !date.get().isBefore(last.get())) {
                date.set(first.get());
            }
        });
    }

    /** Installs a data snapshot; the selected day is clamped into its range. */
    public void setData(SituationData d) {
        LocalDate[] range = d.range();
        changeDays = ChangeDays.of(d);
        first.set(range == null ? date.get() : range[0]);
        last.set(range == null ? date.get() : range[1]);
        data.set(d);
        setDate(date.get());
    }

    public ReadOnlyObjectProperty<SituationData> dataProperty() {
        return data.getReadOnlyProperty();
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
     * Advances playback by {@code seconds} of wall time at the current speed; whole days are
     * applied, the fraction carried to the next call. Stops at the last day.
     */
    public void advance(double seconds) {
        if (!playing.get() || data.get() == null) {
            return;
        }
        carriedDays += seconds * Math.max(1, speed.get());
        long whole = (long) Math.floor(carriedDays);
        if (whole > 0) {
            carriedDays -= whole;
            stepDays(whole);
        }
        if (!date.get().isBefore(last.get())) {
            playing.set(false);
        }
    }
}
