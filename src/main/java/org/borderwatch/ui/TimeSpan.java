package org.borderwatch.ui;

import java.time.LocalDate;

/**
 * A stretch of continuous time on the timeline, in epoch days: day D covers {@code [D, D + 1)},
 * so {@code [start, end)} may begin or end part-way through a day (a pan by a few pixels moves it
 * by a fraction of a day). The arithmetic of zooming and panning lives here, free of JavaFX, so it
 * is tested as plain numbers. Immutable.
 *
 * @param start first instant shown, in epoch days
 * @param end   end of what is shown, in epoch days (&gt; start)
 */
public record TimeSpan(double start, double end) {
    public TimeSpan {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("a time span needs start < end, not " + start + " … " + end);
        }
    }

    /** Whole days {@code first} to {@code last}, both included. */
    public static TimeSpan ofDays(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a time span needs first ≤ last, not " + first + " … " + last);
        }
        return new TimeSpan(first.toEpochDay(), last.toEpochDay() + 1);
    }

    /** Length in days (fractional). */
    public double length() {
        return end - start;
    }

    /** The day {@code start} falls in: the first day at least partly shown. */
    public LocalDate firstDay() {
        return LocalDate.ofEpochDay((long) Math.floor(start));
    }

    /** The day just before {@code end}: the last day at least partly shown. */
    public LocalDate lastDay() {
        return LocalDate.ofEpochDay((long) Math.ceil(end) - 1);
    }

    /** Whether the middle of day {@code d} lies in this span (where the timeline's cursor line goes). */
    public boolean shows(LocalDate d) {
        double mid = d.toEpochDay() + 0.5;
        return mid >= start && mid <= end;
    }

    /** Where {@code t} lies in this span: 0 at {@code start}, 1 at {@code end} (outside for outside). */
    public double fractionOf(double t) {
        return (t - start) / length();
    }

    /**
     * This span made {@code length} days long around {@code anchor} (an epoch day), keeping the
     * anchor at the same fraction of the span: the day under the pointer stays under the pointer.
     */
    public TimeSpan resizedAround(double anchor, double length) {
        double f = fractionOf(anchor);
        double s = anchor - f * length;
        return new TimeSpan(s, s + length);
    }

    /** Moved by {@code days} (positive: later). */
    public TimeSpan shiftedBy(double days) {
        return new TimeSpan(start + days, end + days);
    }

    /** A span of the same length with {@code t} at fraction {@code f} of it. */
    public TimeSpan placing(double t, double f) {
        double s = t - f * length();
        return new TimeSpan(s, s + length());
    }

    /**
     * This span kept inside {@code bounds}: at most as long as the bounds, at least
     * {@code minDays} long (or the bounds' length, when shorter), and shifted — not squeezed —
     * back inside when it sticks out at one end.
     */
    public TimeSpan within(TimeSpan bounds, double minDays) {
        double len = Math.max(Math.min(minDays, bounds.length()), Math.min(length(), bounds.length()));
        double s = start + (length() - len) / 2;
        s = Math.max(bounds.start, Math.min(bounds.end - len, s));
        return new TimeSpan(s, s + len);
    }
}
