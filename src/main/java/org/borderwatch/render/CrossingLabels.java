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
 * symbol stays at its position; where the callout finds no room, each crossing is labelled (or
 * numbered) on its own. Stateless.
 */
public final class CrossingLabels {
    /** Symbols whose centres are closer than this many radii share a callout. */
    static final double SHARED_PLACE = 1.0;
    /** Longest leader line, in label heights. */
    static final double MAX_LEADER = 11;

    private CrossingLabels() {
    }

    /**
     * Adds the labels of {@code placed} (the crossings of {@code scene} on screen) to {@code labels},
     * a crossing ringed by an analyst's point ({@code ringed}) named from beyond the ring.
     */
    static void contribute(MapScene scene, List<CrossingPainter.Placed> placed, PointRings ringed,
                           MapLabels.Builder labels) {
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
            if (group.size() == 1) {
                MapLabels.Part one = single(s, sit, order, group.get(0), badge, ringed);
                labels.add(one.request(), MapLabel.Layer.CROSSING, one.contents());
                continue;
            }
            CrossingPainter.Placed first = group.get(0);
            double cx = 0;
            double cy = 0;
            for (CrossingPainter.Placed p : group) {
                cx += p.x();
                cy += p.y();
            }
            cx /= group.size();
            cy /= group.size();
            double spread = 0;
            double clear = first.radius() * 1.35 + 2 * s.scale();
            for (CrossingPainter.Placed p : group) {
                double d = Point2D.distance(cx, cy, p.x(), p.y());
                spread = Math.max(spread, d);
                clear = Math.max(clear, d + gap(s, p, ringed));
            }
            List<LabelContent.CalloutLine> lines = new ArrayList<>();
            List<LabelContent.CalloutLine> narrow = new ArrayList<>();
            List<MapLabels.Part> parts = new ArrayList<>();
            for (CrossingPainter.Placed p : group) {
                String name = p.crossing().name();
                List<String> two = twoLines(name);
                lines.add(new LabelContent.CalloutLine(name, font(s, p, sit), p.crossing().type(), p.status().status()));
                narrow.add(new LabelContent.CalloutLine(two.isEmpty() ? name : two.get(0) + "\n" + two.get(1),
                        font(s, p, sit), p.crossing().type(), p.status().status()));
                parts.add(single(s, sit, order, p, badge, ringed));
            }
            String key = "crossings:" + String.join("+", group.stream().map(p -> p.crossing().id()).toList());
            LabelContent content = LabelContent.callout(lines, first.radius() * 0.8, s.text());
            List<LabelContent> contents = new ArrayList<>(List.of(content));
            LabelContent stacked = LabelContent.callout(narrow, first.radius() * 0.8, s.text());
            if (stacked.width() < content.width()) {
                contents.add(stacked);
            }
            // no badge: a callout with no room is split into a label (or badge) for each crossing
            LabelRequest request = new LabelRequest(key, tier(first, sit), rank(first.crossing(), order),
                    LabelRequest.Mode.AROUND, List.of(new Point2D.Double(cx, cy)),
                    Math.max(spread + first.radius() * 1.35 + 2 * s.scale(), clear), content.width(), content.height(), -1, 0,
                    MAX_LEADER * s.textSizes().crossing() * s.scale(), 0, 0)
                    .withAlternates(sizes(contents.subList(1, contents.size())));
            labels.addSplittable(request, MapLabel.Layer.CROSSING, contents, parts);
        }
    }

    /** The label of one crossing alone: its name on one line or two, else its badge. */
    private static MapLabels.Part single(MapStyle s, Situation sit, List<Crossing> order, CrossingPainter.Placed p,
                                         double[] badge, PointRings ringed) {
        Font f = font(s, p, sit);
        List<LabelContent> contents = new ArrayList<>();
        contents.add(LabelContent.text(p.crossing().name(), f, s.text(), s.textHalo(), s.width(3.5)));
        List<String> two = twoLines(p.crossing().name());
        if (!two.isEmpty()) {
            contents.add(LabelContent.lines(List.of(new LabelContent.Line(two.get(0), f), new LabelContent.Line(two.get(1), f)),
                    s.text(), s.textHalo(), s.width(3.5)));
        }
        LabelContent first = contents.get(0);
        LabelRequest request = new LabelRequest(key(p.crossing()), tier(p, sit), rank(p.crossing(), order),
                LabelRequest.Mode.AROUND, List.of(new Point2D.Double(p.x(), p.y())), gap(s, p, ringed),
                first.width(), first.height(), -1, 0, MAX_LEADER * s.textSizes().crossing() * s.scale(), badge[0], badge[1])
                .withAlternates(sizes(contents.subList(1, contents.size())));
        return new MapLabels.Part(request, contents);
    }

    /** How far from a crossing's centre its name stands: beyond its symbol, and beyond a ring around it. */
    private static double gap(MapStyle s, CrossingPainter.Placed p, PointRings ringed) {
        return Math.max(p.radius() * 1.35, ringed.clearance(p)) + 2 * s.scale();
    }

    private static List<LabelRequest.Size> sizes(List<LabelContent> contents) {
        return contents.stream().map(c -> new LabelRequest.Size(c.width(), c.height())).toList();
    }

    /**
     * A name broken in two lines where a line is too long: before its last parenthesis
     * ("Parikkala" / "(temporary)"), else at the space nearest its middle; empty for one word.
     */
    static List<String> twoLines(String name) {
        int cut = name.lastIndexOf(" (");
        if (cut <= 0) {
            int best = -1;
            for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
                if (best < 0 || Math.abs(i - name.length() / 2) < Math.abs(best - name.length() / 2)) {
                    best = i;
                }
            }
            cut = best;
        }
        return cut <= 0 ? List.of() : List.of(name.substring(0, cut).strip(), name.substring(cut).strip());
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
