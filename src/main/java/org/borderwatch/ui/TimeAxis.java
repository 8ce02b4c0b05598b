package org.borderwatch.ui;

import java.time.LocalDate;

/**
 * Maps days to horizontal pixel positions and back, so the slider, the histogram and the status
 * lanes line up exactly. Day D occupies {@code [x(D), x(D+1))}; {@code x0} is the left edge of
 * the first day and {@code x1} the right edge of the last.
 *
 * @param first first day shown
 * @param last  last day shown (≥ first)
 * @param x0    pixel of the start of {@code first}
 * @param x1    pixel of the end of {@code last} (&gt; x0)
 */
public record TimeAxis(LocalDate first, LocalDate last, double x0, double x1) {
    public TimeAxis {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("a time axis needs first ≤ last, not " + first + " … " + last);
        }
        if (!(x1 > x0)) {
            x1 = x0 + 1;
        }
    }

    /** Number of days shown. */
    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** Pixels per day. */
    public double dayWidth() {
        return (x1 - x0) / days();
    }

    /** Left edge of day {@code d} (may lie outside [x0, x1] for days outside the axis). */
    public double x(LocalDate d) {
        return x0 + (d.toEpochDay() - first.toEpochDay()) * dayWidth();
    }

    /** Centre of day {@code d}, where the cursor line goes. */
    public double centre(LocalDate d) {
        return x(d) + dayWidth() / 2;
    }

    /** The day under pixel {@code x}, clamped into the axis. */
    public LocalDate dayAt(double x) {
        long offset = (long) Math.floor((x - x0) / dayWidth());
        offset = Math.max(0, Math.min(days() - 1, offset));
        return first.plusDays(offset);
    }
}
