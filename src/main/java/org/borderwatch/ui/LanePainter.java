package org.borderwatch.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.render.MapStyle;

/**
 * Draws the runs of one status lane, or of a folded border (the most severe status of its
 * crossings on each day), onto a canvas: each status in its colour; the days before a crossing's
 * record starts ("not tracked") hatched in grey; days with no sourced status left blank — white
 * inside a thin outline — so "no data" can never be read as a status. The lane legend
 * ({@link #swatch}) draws the same. FX thread (it draws on a canvas of the scene).
 */
final class LanePainter {
    /** The outline of a lane, and the only mark of a day without data. */
    static final Color OUTLINE = Color.web("#C8D1DA");
    private final MapStyle style;

    LanePainter(MapStyle style) {
        this.style = style;
    }

    /** The runs of {@code c}'s intervals in {@code [a.x0, a.x1]}, the lane's box being (y, h). */
    void lane(GraphicsContext g, SituationData d, Crossing c, TimeAxis a, double y, double h) {
        blank(g, a.x0(), a.x1(), y, h);
        if (c.trackedFrom() != null) {
            untracked(g, a.x0(), Math.min(a.x1(), a.x(c.trackedFrom())), y, h);
        }
        // runs narrower than two pixels (the one-day reopening of December 2023) are drawn last and
        // two pixels wide, so no change of status disappears at the scale of the whole range
        List<double[]> shortRuns = new ArrayList<>();
        for (StatusInterval i : d.intervals(c.id())) {
            LocalDate until = i.until() == null ? a.last().plusDays(1) : i.until();
            double rx0 = a.x(i.from());
            double rx1 = a.x(until);
            if (rx1 <= a.x0() || rx0 >= a.x1()) {
                continue;
            }
            double x0 = Math.max(a.x0(), rx0);
            double x1 = Math.min(a.x1(), rx1);
            if (x1 - x0 < 2) {
                shortRuns.add(new double[] {x0, x1, i.status().ordinal()});
                continue;
            }
            g.setFill(FxColors.of(style.statusColor(i.status())));
            g.fillRect(x0, y, x1 - x0, h);
        }
        for (double[] run : shortRuns) {
            g.setFill(FxColors.of(style.statusColor(Status.values()[(int) run[2]])));
            g.fillRect((run[0] + run[1]) / 2 - 1, y, 2, h);
        }
    }

    /**
     * A folded border in one bar: on each pixel column the most severe status any of
     * {@code crossings} has (closed, then restricted, then open; not tracked and no data only where
     * no crossing has a status).
     */
    void folded(GraphicsContext g, SituationData d, List<Crossing> crossings, TimeAxis a, double y, double h) {
        int x0 = (int) Math.floor(a.x0());
        int x1 = (int) Math.ceil(a.x1());
        if (x1 <= x0) {
            return;
        }
        int[] worst = new int[x1 - x0];
        boolean[] untracked = new boolean[x1 - x0];
        for (Crossing c : crossings) {
            if (c.trackedFrom() != null) {
                int end = (int) Math.min(x1, Math.ceil(a.x(c.trackedFrom())));
                for (int x = x0; x < end; x++) {
                    untracked[x - x0] = true;
                }
            }
            for (StatusInterval i : d.intervals(c.id())) {
                LocalDate until = i.until() == null ? a.last().plusDays(1) : i.until();
                int from = (int) Math.max(x0, Math.floor(a.x(i.from())));
                int to = (int) Math.min(x1, Math.max(from + 1, Math.ceil(a.x(until))));
                int rank = severity(i.status());
                for (int x = from; x < to; x++) {
                    worst[x - x0] = Math.max(worst[x - x0], rank);
                }
            }
        }
        blank(g, a.x0(), a.x1(), y, h);
        int start = 0;
        for (int x = 1; x <= worst.length; x++) {
            if (x == worst.length || worst[x] != worst[start] || untracked[x] != untracked[start]) {
                if (worst[start] > 0) {
                    g.setFill(FxColors.of(style.statusColor(bySeverity(worst[start]))));
                    g.fillRect(x0 + start, y, x - start, h);
                } else if (untracked[start]) {
                    untracked(g, x0 + start, x0 + x, y, h);
                }
                start = x;
            }
        }
    }

    /** The legend's sample of {@code s} in a box (x, y, w, h): the same fill the lanes use. */
    void swatch(GraphicsContext g, Status s, double x, double y, double w, double h) {
        switch (s) {
            case UNKNOWN -> blank(g, x, x + w, y, h);
            case UNTRACKED -> {
                blank(g, x, x + w, y, h);
                untracked(g, x, x + w, y, h);
            }
            default -> {
                g.setFill(FxColors.of(style.statusColor(s)));
                g.fillRect(x, y, w, h);
            }
        }
    }

    private static int severity(Status s) {
        return switch (s) {
            case CLOSED -> 3;
            case RESTRICTED -> 2;
            case OPEN -> 1;
            default -> 0;
        };
    }

    private static Status bySeverity(int rank) {
        return rank == 3 ? Status.CLOSED : rank == 2 ? Status.RESTRICTED : Status.OPEN;
    }

    /** No data: white inside a thin outline. */
    private static void blank(GraphicsContext g, double x0, double x1, double y, double h) {
        g.setFill(Color.WHITE);
        g.fillRect(x0, y, x1 - x0, h);
        g.setStroke(OUTLINE);
        g.setLineWidth(1);
        g.strokeRect(Math.round(x0) + 0.5, Math.round(y) + 0.5, Math.max(0, Math.round(x1 - x0) - 1), Math.max(0, Math.round(h) - 1));
    }

    /** The days before a crossing's record starts: hatched in the "not tracked" grey, unlike a gap in the data. */
    private void untracked(GraphicsContext g, double x0, double x1, double y, double h) {
        if (x1 <= x0) {
            return;
        }
        Color grey = FxColors.of(style.statusColor(Status.UNTRACKED));
        g.setFill(grey.deriveColor(0, 1, 1, 0.35));
        g.fillRect(x0, y, x1 - x0, h);
        g.save();
        g.beginPath();
        g.rect(x0, y, x1 - x0, h);
        g.clip();
        g.setStroke(grey);
        g.setLineWidth(1);
        for (double sx = x0 - h; sx < x1; sx += 6) {
            g.strokeLine(sx, y + h, sx + h, y);
        }
        g.restore();
    }
}
