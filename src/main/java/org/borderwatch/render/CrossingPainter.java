package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.Situation;
import org.locationtech.jts.geom.Coordinate;

/**
 * Paints every crossing of the situation as a {@link CrossingSymbol} at its projected position —
 * always there, however crowded: crossings a few hundred metres apart overlap as they would on
 * paper, and their names go into one callout ({@link CrossingLabels}) or a detail inset rather
 * than their symbols being moved. The selected one is ringed. Stateless.
 */
public final class CrossingPainter {

    /**
     * A crossing as it lies on screen.
     *
     * @param status   the crossing and its status on the painted day
     * @param x        screen x of its projected position, pixels
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

    /**
     * The crossings of the scene's situation whose symbol meets the view, each at its projected
     * position, in paint order: no data, open, restricted, closed, then the selected one, so the
     * important ones are on top.
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
        out.sort(Comparator.comparingInt(CrossingPainter::paintRank));
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

    /** Paints the symbols and records them in {@code hits}. */
    public void paintSymbols(Graphics2D g, MapScene scene, List<Placed> placed, HitIndex hits) {
        MapStyle s = scene.style();
        for (Placed p : placed) {
            CrossingSymbol.paint(g, s, p.crossing().type(), p.status().status(), p.x(), p.y(), p.radius());
            if (p.selected()) {
                CrossingSymbol.paintSelection(g, s, p.x(), p.y(), p.radius());
            }
            hits.add(new HitTarget.CrossingHit(p.crossing().id(), p.status().status(),
                    CrossingSymbol.shape(p.crossing().type(), p.x(), p.y(), p.radius() * 1.3), tooltip(p.status())));
        }
    }

    /** "Vaalimaa – Торфяновка (Torfyanovka) · Road · Closed since Sat 18 Nov 2023". */
    static String tooltip(CrossingStatus cs) {
        StringBuilder sb = new StringBuilder(cs.crossing().displayPair()).append(" · ").append(cs.crossing().type().label())
                .append(" · ").append(cs.status().label());
        if (cs.interval() != null) {
            sb.append(cs.recordStart() ? " (record starts " : " since ").append(DayFormat.day(cs.since()));
            if (cs.recordStart()) {
                sb.append(')');
            }
            if (cs.interval().until() != null) {
                sb.append(", until ").append(DayFormat.day(cs.interval().until().minusDays(1)));
            }
        }
        return sb.toString();
    }
}
