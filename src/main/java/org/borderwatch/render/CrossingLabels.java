package org.borderwatch.render;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.Status;
import org.borderwatch.render.label.LabelRequest;

/**
 * The crossings' part of a frame's label layout. Every crossing asks for its name, by priority
 * ({@link #tier}): the selected one, then those whose status changed within the event window, then
 * closed and restricted ones, then the rest, each tier by {@link CrossingImportance importance}.
 *
 * <p>A name goes beside its symbol, on the crossing's own (western) side first, else further off
 * with a leader line, else it becomes a numbered badge with an entry in the frame's key. Crossings
 * whose symbols coincide at the view's scale (a road and a rail crossing a few hundred metres
 * apart) share one callout box listing each with its own symbol, so each is named while every
 * symbol stays at its position. Stateless.
 */
public final class CrossingLabels {
    /** Symbols whose centres are closer than this many radii share a callout. */
    static final double SHARED_PLACE = 1.0;
    /** Longest leader line, in label heights. */
    static final double MAX_LEADER = 11;

    private CrossingLabels() {
    }

    /** Adds the labels of {@code placed} (the crossings of {@code scene} on screen) to {@code labels}. */
    public static void contribute(MapScene scene, List<CrossingPainter.Placed> placed, MapLabels.Builder labels) {
        if (!scene.options().crossingLabels() || placed.isEmpty()) {
            return;
        }
        MapStyle s = scene.style();
        Situation sit = scene.situation();
        List<Crossing> order = sit.crossings().stream().map(CrossingStatus::crossing).toList();
        double[] badge = labels.badgeSize();
        for (List<CrossingPainter.Placed> group : sharedPlaces(placed)) {
            group.sort(Comparator.comparingInt((CrossingPainter.Placed p) -> tier(p, sit))
                    .thenComparingDouble(p -> rank(p.crossing(), order)));
            CrossingPainter.Placed first = group.get(0);
            int tier = tier(first, sit);
            double rank = rank(first.crossing(), order);
            double cx = 0;
            double cy = 0;
            for (CrossingPainter.Placed p : group) {
                cx += p.x();
                cy += p.y();
            }
            cx /= group.size();
            cy /= group.size();
            double spread = 0;
            for (CrossingPainter.Placed p : group) {
                spread = Math.max(spread, Point2D.distance(cx, cy, p.x(), p.y()));
            }
            double gap = spread + first.radius() * 1.35 + 2 * s.scale();
            LabelContent content;
            String key;
            if (group.size() == 1) {
                key = key(first.crossing());
                content = LabelContent.text(first.crossing().name(), font(s, first, sit), s.text(), s.textHalo(),
                        s.width(3.5));
            } else {
                List<LabelContent.CalloutLine> lines = new ArrayList<>();
                for (CrossingPainter.Placed p : group) {
                    lines.add(new LabelContent.CalloutLine(p.crossing().name(), font(s, p, sit), p.crossing().type(),
                            p.status().status()));
                }
                key = "crossings:" + String.join("+", group.stream().map(p -> p.crossing().id()).toList());
                content = LabelContent.callout(lines, first.radius() * 0.8, s.text());
            }
            LabelRequest request = new LabelRequest(key, tier, rank, LabelRequest.Mode.AROUND,
                    List.of(new Point2D.Double(cx, cy)), gap, content.width(), content.height(), -1, 0,
                    MAX_LEADER * s.textSizes().crossing() * s.scale(), badge[0], badge[1]);
            labels.add(request, MapLabel.Layer.CROSSING, content);
        }
    }

    /** The label key of a crossing named alone. */
    public static String key(Crossing c) {
        return "crossing:" + c.id();
    }

    /** The crossing ids a crossing label's key names (one, or every crossing of a callout). */
    public static List<String> crossingIds(String labelKey) {
        if (labelKey.startsWith("crossing:")) {
            return List.of(labelKey.substring("crossing:".length()));
        }
        if (labelKey.startsWith("crossings:")) {
            return List.of(labelKey.substring("crossings:".length()).split("\\+"));
        }
        return List.of();
    }

    /** The priority tier of a crossing's label. */
    static int tier(CrossingPainter.Placed p, Situation sit) {
        if (p.selected()) {
            return LabelTier.SELECTED;
        }
        CrossingStatus cs = p.status();
        if (cs.changedBetween(sit.window().start(sit.date()), sit.date())) {
            return LabelTier.CHANGED;
        }
        if (cs.status() == Status.CLOSED || cs.status() == Status.RESTRICTED) {
            return LabelTier.CLOSED_OR_RESTRICTED;
        }
        return LabelTier.CROSSING;
    }

    /** Importance first, then the data's order (north to south on each border). */
    private static double rank(Crossing c, List<Crossing> order) {
        return CrossingImportance.of(c) * 1000 + order.indexOf(c);
    }

    /** Bold for what the brief is about: the selected crossing, changed and closed ones. */
    private static Font font(MapStyle s, CrossingPainter.Placed p, Situation sit) {
        int tier = tier(p, sit);
        boolean strong = tier <= LabelTier.CHANGED || p.status().status() == Status.CLOSED;
        return s.font(strong ? Font.BOLD : Font.PLAIN, s.textSizes().crossing());
    }

    /** Groups of crossings whose symbols coincide (within {@link #SHARED_PLACE} radii, single linkage), in data order. */
    static List<List<CrossingPainter.Placed>> sharedPlaces(List<CrossingPainter.Placed> placed) {
        double r = placed.stream().mapToDouble(CrossingPainter.Placed::radius).max().orElse(0);
        return SingleLinkage.groups(placed, CrossingPainter.Placed::x, CrossingPainter.Placed::y, SHARED_PLACE * r);
    }
}
