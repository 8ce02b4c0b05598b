package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.borderwatch.geo.MapLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Shows on the border line itself where it is closed. When a border is {@link #closedToTravellers
 * closed to travellers} — every crossing closed ({@link Situation#fullyClosed}), or closed but for
 * rail crossings restricted to part of their traffic (as on 30 Nov 2023, when only freight trains
 * still ran through Vainikkala) — the whole line is drawn in the {@link Mode#FULL full-closure
 * style}: a wide translucent vermillion band, and over the border a dark vermillion line with
 * cross ticks, like a barrier; a restricted
 * rail crossing keeps its own half-filled symbol on top. Otherwise
 * the stretch of line around each closed crossing gets the {@link Mode#STRETCHES stretch style}
 * (the band alone, the border line showing through): the part within {@link #stretchRadiusMetres} along the line, and
 * never past half-way to the next crossing that is not closed, so an open crossing never sits in
 * a closed stretch.
 *
 * <p>The radius grows with the view's scale, so a stretch reads at full extent (≈ 40 px each side)
 * and at crossing zoom (15 km each side, wider than the screen). Where crossings lie on the line is
 * computed once per border layer ({@link BorderStretches}). Stateless.
 */
public final class BorderClosurePainter {
    /** Least ground distance, in metres, a closed stretch reaches each way from its crossing. */
    public static final double MIN_STRETCH_METRES = 15_000;
    /** Least screen length, in pixels at scale 1, a closed stretch reaches each way. */
    public static final double MIN_STRETCH_PIXELS = 40;

    /** How a border is drawn on the painted day. */
    public enum Mode {
        /** No closed crossing: the base border line alone. */
        NONE,
        /** Stretches around the closed crossings. */
        STRETCHES,
        /** Closed to travellers: the whole line. */
        FULL
    }

    /**
     * The closure drawing of one border.
     *
     * @param border    the frontier
     * @param mode      how it is drawn
     * @param stretches for {@link Mode#STRETCHES}, the projected stretches (one per closed crossing
     *                  that lies on the line); empty otherwise
     */
    public record BorderClosure(Border border, Mode mode, List<Geometry> stretches) {
        public BorderClosure {
            stretches = List.copyOf(stretches);
        }
    }

    /** The ground distance a stretch reaches each way from a closed crossing in view {@code v}. */
    public static double stretchRadiusMetres(Viewport v, MapStyle s) {
        return Math.max(MIN_STRETCH_METRES, MIN_STRETCH_PIXELS * s.scale() * ScaleBar.groundMetresPerPixel(v));
    }

    /** What to draw for each frontier; an empty list without a situation. */
    public static List<BorderClosure> plan(MapScene scene) {
        Situation sit = scene.situation();
        if (sit == null) {
            return List.of();
        }
        List<BorderClosure> out = new ArrayList<>();
        double radius = stretchRadiusMetres(scene.view(), scene.style());
        for (Border b : new Border[] {Border.FI_RU, Border.PL_BY}) {
            if (closedToTravellers(sit, b)) {
                out.add(new BorderClosure(b, Mode.FULL, List.of()));
                continue;
            }
            List<Geometry> stretches = stretches(scene.map().border(b), sit, b, radius);
            out.add(new BorderClosure(b, stretches.isEmpty() ? Mode.NONE : Mode.STRETCHES, stretches));
        }
        return out;
    }

    /**
     * True when no traveller can cross {@code border} on the day: every crossing is closed, except
     * perhaps rail crossings that are restricted (still carrying part of their traffic, e.g.
     * freight). A crossing open or without data, or a restricted road, river or pedestrian
     * crossing, means the border is not closed as a whole. False for a border without crossings.
     */
    public static boolean closedToTravellers(Situation sit, Border border) {
        if (sit.fullyClosed(border)) {
            return true;
        }
        boolean anyClosed = false;
        for (CrossingStatus c : sit.crossings()) {
            if (c.crossing().border() != border) {
                continue;
            }
            switch (c.status()) {
                case CLOSED -> anyClosed = true;
                case RESTRICTED -> {
                    if (c.crossing().type() != CrossingType.RAIL) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return anyClosed;
    }

    private static List<Geometry> stretches(MapLayer layer, Situation sit, Border b, double radius) {
        List<CrossingStatus> of = sit.crossings().stream().filter(c -> c.crossing().border() == b).toList();
        if (of.stream().noneMatch(c -> c.status() == Status.CLOSED)) {
            return List.of();
        }
        BorderStretches line = BorderStretches.of(layer);
        List<BorderStretches.Anchor> notClosed = new ArrayList<>();
        for (CrossingStatus c : of) {
            if (c.status() != Status.CLOSED) {
                BorderStretches.Anchor a = line.anchor(c.crossing());
                if (a != null) {
                    notClosed.add(a);
                }
            }
        }
        List<Geometry> out = new ArrayList<>();
        for (CrossingStatus c : of) {
            if (c.status() != Status.CLOSED) {
                continue;
            }
            BorderStretches.Anchor a = line.anchor(c.crossing());
            if (a == null) {
                continue;
            }
            double behind = radius;
            double ahead = radius;
            for (BorderStretches.Anchor o : notClosed) {
                if (o.run() != a.run()) {
                    continue;
                }
                double half = Math.abs(o.index() - a.index()) / 2 * a.groundPerProjected();
                if (o.index() < a.index()) {
                    behind = Math.min(behind, half);
                } else {
                    ahead = Math.min(ahead, half);
                }
            }
            Geometry g = line.stretch(a, behind, ahead);
            if (!g.isEmpty()) {
                out.add(g);
            }
        }
        return out;
    }

    /** Paints the planned closures (over the base border line, under the symbols). */
    public void paint(Graphics2D g, MapScene scene, List<BorderClosure> plan) {
        Viewport v = scene.view();
        Envelope env = v.envelope();
        for (BorderClosure c : plan) {
            if (c.mode() == Mode.NONE) {
                continue;
            }
            Path2D.Double path = new Path2D.Double();
            if (c.mode() == Mode.FULL) {
                for (MapLayer.Piece p : scene.map().border(c.border()).query(env, v.metresPerPixel())) {
                    ScreenShapes.append(path, p.geometry(), v);
                }
            } else {
                for (Geometry s : c.stretches()) {
                    if (s.getEnvelopeInternal().intersects(env)) {
                        ScreenShapes.append(path, s, v);
                    }
                }
            }
            paintStyle(g, scene.style(), path, c.mode());
        }
    }

    /** The closure style of {@code mode} along {@code path} (screen pixels); also used by the legend. */
    public static void paintStyle(Graphics2D g, MapStyle s, Shape path, Mode mode) {
        if (mode == Mode.NONE) {
            return;
        }
        Color closed = s.statusColor(Status.CLOSED);
        g.setColor(new Color(closed.getRed(), closed.getGreen(), closed.getBlue(), mode == Mode.FULL ? 105 : 120));
        g.setStroke(new BasicStroke(s.width(mode == Mode.FULL ? 14 : 12), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        if (mode == Mode.FULL) {
            Color dark = dark(closed);
            g.setColor(dark);
            g.setStroke(new BasicStroke(s.width(8), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10,
                    new float[] {s.width(1.8), s.width(5.2)}, 0));
            g.draw(path);
            g.setStroke(new BasicStroke(s.width(2.4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
    }

    /** The dark vermillion of the dashed full-closure line. */
    static Color dark(Color c) {
        return new Color((int) (c.getRed() * 0.55), (int) (c.getGreen() * 0.55), (int) (c.getBlue() * 0.55));
    }
}
