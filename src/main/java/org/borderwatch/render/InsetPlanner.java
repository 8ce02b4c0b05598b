package org.borderwatch.render;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.geo.MapLayer;
import org.borderwatch.render.label.BoxGrid;
import org.locationtech.jts.geom.Coordinate;

/**
 * Decides where a map frame needs detail insets, and where they go. A cluster of crossings is
 * crowded when their names would compete for the same room: crossings closer together than
 * {@value #CROWD} label heights (single linkage, on screen) form a cluster, and a cluster of at
 * least {@value #MIN_CROSSINGS} crossings gets an inset — unless all of them share one place, as a
 * road and a rail crossing beside each other do, which a callout names well enough. (Pairs are left
 * to leader lines.)
 *
 * <p>The inset's scale sets its crossings apart by {@value #SEPARATION} label heights (crossings
 * within {@value #SAME_PLACE_METRES} m of each other may stay together, under one callout),
 * between {@value #MIN_ZOOM}× and {@value #MAX_ZOOM}× the main map's; its box holds the cluster and
 * room for names around it, and sits as near the cluster as it can without covering a crossing,
 * the border line, a decoration, another inset or the area it shows. A cluster with no such place
 * (even at a smaller inset) gets none.
 *
 * <p>What goes into an inset depends only on the crossings' positions and names and the view, never
 * on the day: every slide of a deck has the same insets. Pure and thread-safe.
 */
public final class InsetPlanner {
    /** Crossings closer than this many label heights compete for room. */
    static final double CROWD = 2.2;
    /** Fewest crossings in a cluster that gets an inset. */
    static final int MIN_CROSSINGS = 3;
    /** In the inset, crossings are this many label heights apart. */
    static final double SEPARATION = 1.6;
    /** Crossings this close on the ground may share a callout in the inset. */
    static final double SAME_PLACE_METRES = 1500;
    static final double MIN_ZOOM = 1.8;
    static final double MAX_ZOOM = 16;
    /** Largest share of the frame's width and height an inset may take. */
    static final double MAX_SHARE_W = 0.62;
    static final double MAX_SHARE_H = 0.6;
    private static final String LETTERS = "ABCDEFGH";

    private InsetPlanner() {
    }

    /** A crossing in view: its screen and ground positions. */
    private record Spot(Crossing crossing, double x, double y, Coordinate ground) {
    }

    /**
     * The insets of {@code scene}'s frame, keeping clear of {@code reserved} (decorations, pixels).
     * Empty without a situation, or when nothing is crowded.
     */
    public static List<DetailInset> plan(MapScene scene, List<Rectangle2D> reserved) {
        if (scene.situation() == null || !scene.options().crossings()) {
            return List.of();
        }
        Viewport v = scene.view();
        MapStyle s = scene.style();
        double r = CrossingSymbol.radius(v, s);
        Font font = s.font(Font.BOLD, s.textSizes().crossing());
        double labelH = TextDrawing.measure("Hg", font).getHeight();
        List<Spot> spots = new ArrayList<>();
        for (CrossingStatus cs : scene.situation().crossings()) {
            Coordinate g = ProjectedPoints.of(cs.crossing().location());
            Point2D p = v.toScreen(g.x, g.y);
            if (p.getX() >= 0 && p.getY() >= 0 && p.getX() <= v.width() && p.getY() <= v.height()) {
                spots.add(new Spot(cs.crossing(), p.getX(), p.getY(), g));
            }
        }
        BoxGrid taken = new BoxGrid();
        reserved.forEach(taken::add);
        for (Spot sp : spots) {
            double e = r * 1.6;
            taken.add(new Rectangle2D.Double(sp.x() - e, sp.y() - e, 2 * e, 2 * e));
        }
        for (Border b : new Border[] {Border.FI_RU, Border.PL_BY}) {
            for (MapLayer.Piece piece : scene.map().border(b).query(v.envelope(), v.metresPerPixel())) {
                ScreenShapes.boxesAlong(piece.geometry(), v, 8 * s.scale(), 16 * s.scale()).forEach(taken::add);
            }
        }
        List<List<Spot>> clusters = SingleLinkage.groups(spots, Spot::x, Spot::y, CROWD * labelH);
        clusters.sort(Comparator.comparingInt((List<Spot> c) -> -c.size()));
        List<DetailInset> out = new ArrayList<>();
        for (List<Spot> cluster : clusters) {
            if (cluster.size() < MIN_CROSSINGS || out.size() >= LETTERS.length() || allOnePlace(cluster, r)) {
                continue;
            }
            DetailInset inset = inset(scene, cluster, labelH, font, taken, LETTERS.substring(out.size(), out.size() + 1));
            if (inset != null && !namesAsMany(scene, inset, reserved)) {
                inset = null;
            }
            if (inset != null) {
                out.add(inset);
                taken.add(grow(inset.box(), 4 * s.scale()));
                taken.add(grow(inset.area(), 4 * s.scale()));
            }
        }
        return out;
    }

    private static DetailInset inset(MapScene scene, List<Spot> cluster, double labelH, Font font, BoxGrid taken,
                                     String letter) {
        Viewport v = scene.view();
        double mpp = v.metresPerPixel();
        double apart = Double.MAX_VALUE;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double widest = 0;
        for (int i = 0; i < cluster.size(); i++) {
            Coordinate a = cluster.get(i).ground();
            minX = Math.min(minX, a.x);
            minY = Math.min(minY, a.y);
            maxX = Math.max(maxX, a.x);
            maxY = Math.max(maxY, a.y);
            widest = Math.max(widest, nameWidth(cluster.get(i).crossing().name(), font));
            for (int j = i + 1; j < cluster.size(); j++) {
                double d = a.distance(cluster.get(j).ground());
                if (d > SAME_PLACE_METRES) {
                    apart = Math.min(apart, d);
                }
            }
        }
        if (apart == Double.MAX_VALUE) {
            apart = Math.max(maxX - minX, maxY - minY);
        }
        double want = Math.min(mpp / MIN_ZOOM, apart / (SEPARATION * labelH));
        double insetMpp = Math.max(want, mpp / MAX_ZOOM);
        double maxW = v.width() * MAX_SHARE_W;
        double maxH = v.height() * MAX_SHARE_H;
        MapStyle s = scene.style();
        // names go west of their crossings first: more room for them there than on the east
        double west = widest * 0.5 + labelH / 2;
        double east = widest * 0.3 + labelH / 2;
        double top = InsetPainter.titleBarHeight(s) + labelH;
        double bottom = InsetPainter.scaleBarHeight(s) + labelH;
        for (int attempt = 0; attempt < 14 && insetMpp <= mpp / 1.5; attempt++) {
            double w = (maxX - minX) / insetMpp + west + east;
            double h = (maxY - minY) / insetMpp + top + bottom;
            if (w <= maxW && h <= maxH) {
                int iw = (int) Math.ceil(w);
                int ih = (int) Math.ceil(h);
                // the cluster's middle sits between the title bar and the scale bar, right of the names' room
                double cx = (minX + maxX) / 2 + (iw / 2.0 - (west + (iw - west - east) / 2)) * insetMpp;
                double cy = (minY + maxY) / 2 + ((top + (ih - top - bottom) / 2) - ih / 2.0) * insetMpp;
                Viewport view = new Viewport(cx, cy, insetMpp, iw, ih);
                Rectangle2D area = areaOnMain(v, view);
                Rectangle2D box = place(v, iw, ih, area, taken, s.scale());
                if (box != null) {
                    return new DetailInset(letter, title(cluster), box, view, area,
                            cluster.stream().map(sp -> sp.crossing().id()).toList());
                }
            }
            insetMpp *= 1.12;
        }
        return null;
    }

    /** The width of a crossing's name in its narrower shape: one line, or two where it breaks (see {@link CrossingLabels#twoLines}). */
    private static double nameWidth(String name, Font font) {
        double one = TextDrawing.measure(name, font).getWidth();
        List<String> two = CrossingLabels.twoLines(name);
        if (two.isEmpty()) {
            return one;
        }
        return Math.min(one, Math.max(TextDrawing.measure(two.get(0), font).getWidth(),
                TextDrawing.measure(two.get(1), font).getWidth()));
    }

    /**
     * True when {@code inset} names at least as many of its crossings as the main map alone would
     * (it also sets their symbols apart, which the main map cannot): both laid
     * out as if every crossing were closed (the widest, boldest names), so the answer depends on
     * where the crossings are and what they are called, never on the day.
     */
    private static boolean namesAsMany(MapScene main, DetailInset inset, List<Rectangle2D> reserved) {
        MapScene neutral = neutral(main);
        java.util.Set<String> cluster = new java.util.HashSet<>(inset.crossingIds());
        int onMain = named(OverlayPainter.layout(neutral, OverlayPlan.of(neutral), reserved, List.of(), java.util.Set.of()),
                cluster);
        MapScene in = InsetPainter.scene(neutral, inset);
        int inInset = named(OverlayPainter.layout(in, OverlayPlan.of(in), InsetPainter.reserved(in, inset), List.of(),
                java.util.Set.of()), cluster);
        // symbols that cover each other on the main map and stand apart in the inset are worth it too
        return inInset >= onMain || inInset * 2 >= cluster.size() && overlapping(main, main.view(), cluster)
                && !overlapping(main, inset.view(), cluster);
    }

    /**
     * True when two of {@code ids} more than {@value #SAME_PLACE_METRES} m apart on the ground have
     * symbols that overlap in {@code view}.
     */
    private static boolean overlapping(MapScene scene, Viewport view, java.util.Set<String> ids) {
        double reach = 2 * 1.35 * CrossingSymbol.radius(view, scene.style());
        List<Coordinate> ground = new ArrayList<>();
        for (CrossingStatus cs : scene.situation().crossings()) {
            if (ids.contains(cs.crossing().id())) {
                ground.add(ProjectedPoints.of(cs.crossing().location()));
            }
        }
        for (int i = 0; i < ground.size(); i++) {
            for (int j = i + 1; j < ground.size(); j++) {
                double d = ground.get(i).distance(ground.get(j));
                if (d > SAME_PLACE_METRES && d / view.metresPerPixel() < reach) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of {@code ids} the crossing labels of {@code labels} name (a badge names none). */
    private static int named(MapLabels labels, java.util.Set<String> ids) {
        int n = 0;
        for (MapLabel l : labels.of(MapLabel.Layer.CROSSING)) {
            if (l.kind() != MapLabel.Kind.BADGE) {
                for (String id : CrossingLabels.crossingIds(l.key())) {
                    n += ids.contains(id) ? 1 : 0;
                }
            }
        }
        return n;
    }

    /** {@code scene} with every crossing closed, nothing but crossings labelled, no events or annotations. */
    private static MapScene neutral(MapScene scene) {
        var sit = scene.situation();
        List<CrossingStatus> closed = sit.crossings().stream()
                .map(cs -> new CrossingStatus(cs.crossing(), org.borderwatch.domain.Status.CLOSED, null)).toList();
        MapOptions o = scene.options();
        MapOptions only = new MapOptions(o.graticule(), o.scaleBar(), o.northArrow(), o.attribution(), o.legend(), true,
                true, false, false, false, false);
        return scene.withSituation(new org.borderwatch.domain.Situation(sit.date(), sit.window(), closed, List.of()))
                .withOptions(only).withAnnotations(List.of()).withSelection(null, null);
    }

    /** The inset view's ground area as a box on the main view. */
    private static Rectangle2D areaOnMain(Viewport main, Viewport inset) {
        var e = inset.envelope();
        Point2D a = main.toScreen(e.getMinX(), e.getMaxY());
        Point2D b = main.toScreen(e.getMaxX(), e.getMinY());
        return new Rectangle2D.Double(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    /** The free box of {@code w} × {@code h} nearest {@code area}, or null. */
    private static Rectangle2D place(Viewport v, int w, int h, Rectangle2D area, BoxGrid taken, double scale) {
        double margin = 8 * scale;
        double step = Math.max(6, 12 * scale);
        Rectangle2D best = null;
        double bestD = Double.MAX_VALUE;
        Rectangle2D own = grow(area, 6 * scale);
        for (double y = margin; y + h <= v.height() - margin; y += step) {
            for (double x = margin; x + w <= v.width() - margin; x += step) {
                Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
                double d = Point2D.distance(box.getCenterX(), box.getCenterY(), area.getCenterX(), area.getCenterY());
                if (d >= bestD || box.intersects(own) || taken.intersects(box)) {
                    continue;
                }
                best = box;
                bestD = d;
            }
        }
        return best;
    }

    /** "Vaalimaa – Parikkala": the cluster's southernmost and northernmost crossings, without their asides in brackets. */
    private static String title(List<Spot> cluster) {
        Spot south = cluster.stream().max(Comparator.comparingDouble(Spot::y)).orElseThrow();
        Spot north = cluster.stream().min(Comparator.comparingDouble(Spot::y)).orElseThrow();
        String s = plain(south.crossing().name());
        String n = plain(north.crossing().name());
        return s.equals(n) ? s : s + " – " + n;
    }

    private static String plain(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    private static boolean allOnePlace(List<Spot> cluster, double r) {
        for (Spot a : cluster) {
            for (Spot b : cluster) {
                if (Point2D.distance(a.x(), a.y(), b.x(), b.y()) >= CrossingLabels.SHARED_PLACE * r) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
