package org.borderwatch.ui;

import java.time.LocalDate;

/**
 * Maps time to horizontal pixel positions and back, so the slider, the histogram and the status
 * lanes line up exactly. The visible {@link TimeSpan} runs from pixel {@code x0} to {@code x1};
 * day D occupies {@code [x(D), x(D+1))}, which for the days at either end lies partly outside
 * {@code [x0, x1]} — painters clip to that range.
 *
 * @param span what is shown, in epoch days
 * @param x0   pixel of {@code span.start()}
 * @param x1   pixel of {@code span.end()} (&gt; x0)
 */
public record TimeAxis(TimeSpan span, double x0, double x1) {
    public TimeAxis {
        if (span == null) {
            throw new IllegalArgumentException("a time axis needs a span");
        }
        if (!(x1 > x0)) {
            x1 = x0 + 1;
        }
    }

    /** Whole days {@code first} to {@code last} from pixel {@code x0} to {@code x1}. */
    public TimeAxis(LocalDate first, LocalDate last, double x0, double x1) {
        this(TimeSpan.ofDays(first, last), x0, x1);
    }

    /** The first day at least partly shown. */
    public LocalDate first() {
        return span.firstDay();
    }

    /** The last day at least partly shown. */
    public LocalDate last() {
        return span.lastDay();
    }

    /** Number of days shown (fractional). */
    public double days() {
        return span.length();
    }

    /** Pixels per day. */
    public double dayWidth() {
        return (x1 - x0) / span.length();
    }

    /** Pixel of instant {@code t} in epoch days (outside [x0, x1] for instants outside the span). */
    public double xOf(double t) {
        return x0 + (t - span.start()) * dayWidth();
    }

    /** Left edge of day {@code d} (may lie outside [x0, x1]). */
    public double x(LocalDate d) {
        return xOf(d.toEpochDay());
    }

    /** Centre of day {@code d}, where the cursor line goes. */
    public double centre(LocalDate d) {
        return xOf(d.toEpochDay() + 0.5);
    }

    /** The instant under pixel {@code x}, in epoch days (not clamped). */
    public double timeAt(double x) {
        return span.start() + (x - x0) / dayWidth();
    }

    /** The day under pixel {@code x}, clamped into the days shown. */
    public LocalDate dayAt(double x) {
        long day = (long) Math.floor(timeAt(x));
        day = Math.max(first().toEpochDay(), Math.min(last().toEpochDay(), day));
        return LocalDate.ofEpochDay(day);
    }

    /** Whether pixel {@code x} lies on the axis. */
    public boolean covers(double x) {
        return x >= x0 && x <= x1;
    }

    /** The same span between other pixels (the lanes' axis is the histogram's moved past the names). */
    public TimeAxis shiftedBy(double dx) {
        return new TimeAxis(span, x0 + dx, x1 + dx);
    }
}
