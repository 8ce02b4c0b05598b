package org.borderwatch.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.locationtech.jts.geom.Coordinate;

/**
 * Paints every crossing of the situation as a {@link CrossingSymbol} at its projected position,
 * the selected one ringed, and their local names as labels that collide with nothing placed
 * before them. Labels are offered in priority order (selected, closed, restricted, open, no data)
 * and each tries eight positions around its symbol (right, left, above, below, then the diagonals)
 * before it is left out. Stateless.
 */
public final class CrossingPainter {

    /**
     * A crossing as it lies on screen.
     *
     * @param status   the crossing and its status on the painted day
     * @param x        screen x of its position, pixels
     * @param y        screen y, pixels (down)
     * @param radius   nominal symbol radius, pixels
     * @param selected whether it is the scene's selected crossing
     */
    public record Placed(CrossingStatus status, double x, double y, double radius, boolean selected) {
        public Crossing crossing() {
            return status.crossing();
        }

        /** The box the symbol (with its halo) covers. */
        public Rectangle2D box() {
            double r = radius * 1.35;
            return new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
        }
    }

    /** Symbols whose centres are closer than this many radii are set side by side. */
    static final double CROWDED = 1.7;
    /** Centre spacing, in radii, of symbols set side by side. */
    static final double SPACING = 2.35;

    /**
     * The crossings of the scene's situation whose symbol meets the view, in paint order: no data,
     * open, restricted, closed, then the selected one, so the important ones are on top. Symbols
     * that would overlap (a road and a rail crossing a few hundred metres apart, seen from afar)
     * are set side by side in a row centred on their mean position, in data order, so each stays
     * readable; closer in they separate by themselves.
     */
    public static List<Placed> place(MapScene scene) {
        Situation sit = scene.situation();
        if (sit == null || !scene.options().crossings()) {
            return List.of();
        }
        Viewport v = scene.view();
        double r = CrossingSymbol.radius(v, scene.style());
        List<Placed> out = new ArrayList<>();
        for (CrossingStatus cs : sit.crossings()) {
            Crossing c = cs.crossing();
            Coordinate p = ProjectedPoints.of(c.location());
            var sp = v.toScreen(p.x, p.y);
            double m = 2 * r;
            if (sp.getX() < -m || sp.getY() < -m || sp.getX() > v.width() + m || sp.getY() > v.height() + m) {
                continue;
            }
            out.add(new Placed(cs, sp.getX(), sp.getY(), r, c.id().equals(scene.selectedCrossingId())));
        }
        out = spreadCrowded(out, r);
        out.sort(Comparator.comparingInt(CrossingPainter::paintRank));
        return out;
    }

    private static List<Placed> spreadCrowded(List<Placed> placed, double r) {
        int n = placed.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = placed.get(i).x();
            ys[i] = placed.get(i).y();
        }
        List<Placed> out = new ArrayList<>(placed);
        for (int[] group : EventClusterer.cluster(xs, ys, n, CROWDED * r)) {
            if (group.length < 2) {
                continue;
            }
            double cx = 0;
            double cy = 0;
            for (int i : group) {
                cx += xs[i];
                cy += ys[i];
            }
            cx /= group.length;
            cy /= group.length;
            for (int k = 0; k < group.length; k++) {
                Placed p = placed.get(group[k]);
                double x = cx + (k - (group.length - 1) / 2.0) * SPACING * r;
                out.set(group[k], new Placed(p.status(), x, cy, p.radius(), p.selected()));
            }
        }
        return out;
    }

    private static int paintRank(Placed p) {
        if (p.selected()) {
            return 10;
        }
        return switch (p.status().status()) {
            case UNKNOWN, UNTRACKED -> 0;
            case OPEN -> 1;
            case RESTRICTED -> 2;
            case CLOSED -> 3;
        };
    }

    /** Paints the symbols, reserves their boxes against labels and records them in {@code hits}. */
    public void paintSymbols(Graphics2D g, MapScene scene, List<Placed> placed, LabelPlacer labels, HitIndex hits) {
        MapStyle s = scene.style();
        for (Placed p : placed) {
            CrossingSymbol.paint(g, s, p.crossing().type(), p.status().status(), p.x(), p.y(), p.radius());
            if (p.selected()) {
                CrossingSymbol.paintSelection(g, s, p.x(), p.y(), p.radius());
            }
            labels.block(p.box());
            hits.add(new HitTarget.CrossingHit(p.crossing().id(), p.status().status(),
                    CrossingSymbol.shape(p.crossing().type(), p.x(), p.y(), p.radius() * 1.3), tooltip(p.status())));
        }
    }

    /** Paints the name labels of {@code placed} where they fit, most important first. */
    public void paintLabels(Graphics2D g, MapScene scene, List<Placed> placed, LabelPlacer labels) {
        if (!scene.options().crossingLabels()) {
            return;
        }
        MapStyle s = scene.style();
        List<Placed> order = new ArrayList<>(placed);
        order.sort(Comparator.comparingInt((Placed p) -> -paintRank(p)));
        for (Placed p : order) {
            boolean strong = p.selected() || p.status().status() == Status.CLOSED;
            Font font = s.font(strong ? Font.BOLD : Font.PLAIN, 11.5);
            String text = p.crossing().name();
            Rectangle2D at = placeLabel(g, text, font, p.x(), p.y(), p.radius() * 1.35 + 2 * s.scale(), labels);
            if (at != null) {
                TextDrawing.draw(g, text, font, at.getX(), at.getY(), s.text(), s.textHalo(), s.width(3));
            }
        }
    }

    /**
     * Finds the first free position for a label around a point and reserves it. Returns the
     * baseline-left origin as a zero-size rectangle's (x, y), or {@code null} when none is free.
     *
     * @param gap distance in pixels from the point to the nearest edge of the label
     */
    static Rectangle2D placeLabel(Graphics2D g, String text, Font font, double x, double y, double gap,
                                  LabelPlacer labels) {
        Rectangle2D b = TextDrawing.bounds(g, text, font);
        double w = b.getWidth();
        double ascent = -b.getY();
        double h = b.getHeight();
        double mid = y + ascent - h / 2;
        double diag = gap * 0.75;
        double[][] origins = {
            {x + gap, mid},
            {x - gap - w, mid},
            {x - w / 2, y - gap - (h - ascent)},
            {x - w / 2, y + gap + ascent},
            {x + diag, y - diag - (h - ascent)},
            {x + diag, y + diag + ascent},
            {x - diag - w, y - diag - (h - ascent)},
            {x - diag - w, y + diag + ascent},
        };
        for (double[] o : origins) {
            if (labels.tryPlace(TextDrawing.at(b, o[0], o[1]))) {
                return new Rectangle2D.Double(o[0], o[1], 0, 0);
            }
        }
        return null;
    }

    /** "Vaalimaa – Торфяновка (Torfyanovka) · Road · Closed since Sat 18 Nov 2023". */
    static String tooltip(CrossingStatus cs) {
        StringBuilder sb = new StringBuilder(cs.crossing().displayPair()).append(" · ").append(cs.crossing().type().label())
                .append(" · ").append(cs.status().label());
        if (cs.interval() != null) {
            sb.append(" since ").append(DayFormat.day(cs.interval().from()));
            if (cs.interval().until() != null) {
                sb.append(", until ").append(DayFormat.day(cs.interval().until().minusDays(1)));
            }
        }
        return sb.toString();
    }
}
