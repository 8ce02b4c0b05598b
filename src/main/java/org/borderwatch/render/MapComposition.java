package org.borderwatch.render;

import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.geo.MapProjection;
import org.locationtech.jts.geom.Coordinate;

/**
 * The one layout of a map frame: its {@link DetailInset detail insets}, the labels of the main map
 * and the labels of each inset, worked out together once. Crossings inside an inset's area are
 * named in the inset; the main map keeps its labels off the insets, their letters and the outlines
 * of the areas they show. Numbered badges are numbered through the frame, main map first.
 *
 * <p>Every surface that shows the frame paints this layout — at another resolution
 * {@link #transformed transformed}, never laid out again — so the screen, PNG, SVG, PDF and PPTX of
 * a slide show the same labels and insets. Immutable.
 *
 * @param labels the main map's labels
 * @param insets the insets with their labels, "A" first
 */
public record MapComposition(MapLabels labels, List<Inset> insets) {
    /**
     * One inset and its labels (in the pixels of the inset's own view).
     *
     * @param inset  where it sits and what it shows
     * @param labels its labels
     */
    public record Inset(DetailInset inset, MapLabels labels) {
    }

    public MapComposition {
        insets = List.copyOf(insets);
    }

    /**
     * Lays out {@code scene}'s frame: insets where crossings crowd (when {@code withInsets}), then
     * the labels of the main map and of each inset, all clear of {@code reserved} (pixels of the
     * main view: what else the frame holds) and of the frame's decorations.
     */
    public static MapComposition compose(MapScene scene, boolean withInsets, List<Rectangle2D> reserved) {
        return compose(scene, OverlayPlan.of(scene), withInsets, reserved);
    }

    /** {@link #compose(MapScene, boolean, List)} with the overlays of {@code scene} planned already ({@link OverlayPlan#of}). */
    public static MapComposition compose(MapScene scene, OverlayPlan plan, boolean withInsets, List<Rectangle2D> reserved) {
        List<Rectangle2D> avoid = new ArrayList<>(reserved);
        avoid.addAll(MapPainter.decorations(scene));
        if (scene.options().legend()) {
            avoid.add(new LegendPainter().bounds(scene, LegendPainter.entries(scene, plan), LegendPainter.Corner.TOP_LEFT));
        }
        List<DetailInset> planned = withInsets ? InsetPlanner.plan(scene, avoid) : List.of();
        List<Rectangle2D> mainAvoid = new ArrayList<>(avoid);
        List<Rectangle2D> textOff = new ArrayList<>();
        Set<String> inInsets = new HashSet<>();
        double k = scene.style().scale();
        for (DetailInset d : planned) {
            mainAvoid.add(grow(d.box(), 3 * k));
            mainAvoid.add(InsetPainter.letterBox(scene.style(), d));
            textOff.addAll(outline(d.area(), 3 * k));
            inInsets.addAll(crossingsIn(scene, d));
        }
        MapLabels main = OverlayPainter.layout(scene, plan, mainAvoid, textOff, inInsets);
        List<MapLabels> insetLabels = new ArrayList<>();
        for (DetailInset d : planned) {
            MapScene is = InsetPainter.scene(scene, d);
            insetLabels.add(OverlayPainter.layout(is, OverlayPlan.of(is), InsetPainter.reserved(is, d), List.of(), Set.of()));
        }
        return numbered(main, planned, insetLabels);
    }

    /** The frame without insets: the labels {@link MapPainter#layoutLabels} places. */
    public static MapComposition of(MapLabels labels) {
        return new MapComposition(labels, List.of());
    }

    /** This layout on a view of the same area at another size ({@link Viewport#scaledTo}): scaled about the centres. */
    public MapComposition transformed(Viewport from, Viewport to) {
        AffineTransform t = MapLabels.between(from, to);
        double k = from.metresPerPixel() / to.metresPerPixel();
        List<Inset> moved = new ArrayList<>();
        for (Inset i : insets) {
            DetailInset d = i.inset().transformed(t, k);
            moved.add(new Inset(d, i.labels().transformed(MapLabels.between(i.inset().view(), d.view()), k)));
        }
        return new MapComposition(labels.transformed(t, k), moved);
    }

    /** Every numbered badge of the frame (main map and insets), in number order. */
    public List<MapLabel> badges() {
        List<MapLabel> all = new ArrayList<>(labels.badges());
        insets.forEach(i -> all.addAll(i.labels().badges()));
        all.sort(Comparator.comparingInt(MapLabel::number));
        return all;
    }

    /** The same layout with its badges numbered from {@code first} on (main map, then insets). */
    public MapComposition numberedFrom(int first) {
        int n = first;
        MapLabels main = labels.renumbered(n);
        n += labels.badges().size();
        List<Inset> out = new ArrayList<>();
        for (Inset i : insets) {
            out.add(new Inset(i.inset(), i.labels().renumbered(n)));
            n += i.labels().badges().size();
        }
        return new MapComposition(main, out);
    }

    /** The ids of the crossings named or numbered anywhere in the frame, main map or inset. */
    public Set<String> namedCrossings() {
        Set<String> ids = new LinkedHashSet<>();
        for (MapLabel l : labels.of(MapLabel.Layer.CROSSING)) {
            ids.addAll(CrossingLabels.crossingIds(l.key()));
        }
        for (Inset i : insets) {
            for (MapLabel l : i.labels().of(MapLabel.Layer.CROSSING)) {
                ids.addAll(CrossingLabels.crossingIds(l.key()));
            }
        }
        return ids;
    }

    private static MapComposition numbered(MapLabels main, List<DetailInset> insets, List<MapLabels> insetLabels) {
        List<Inset> out = new ArrayList<>();
        for (int i = 0; i < insets.size(); i++) {
            out.add(new Inset(insets.get(i), insetLabels.get(i)));
        }
        return new MapComposition(main, out).numberedFrom(1);
    }

    /** The crossings of the scene whose position lies inside the area the inset shows. */
    private static Set<String> crossingsIn(MapScene scene, DetailInset d) {
        Set<String> ids = new HashSet<>();
        var ground = d.ground();
        for (CrossingStatus cs : scene.situation().crossings()) {
            Coordinate c = MapProjection.forward(cs.crossing().location().lon(), cs.crossing().location().lat());
            if (ground.contains(c)) {
                ids.add(cs.crossing().id());
            }
        }
        ids.addAll(d.crossingIds());
        return ids;
    }

    /** Thin boxes along the four edges of {@code r}. */
    private static List<Rectangle2D> outline(Rectangle2D r, double half) {
        return List.of(new Rectangle2D.Double(r.getX() - half, r.getY() - half, r.getWidth() + 2 * half, 2 * half),
                new Rectangle2D.Double(r.getX() - half, r.getMaxY() - half, r.getWidth() + 2 * half, 2 * half),
                new Rectangle2D.Double(r.getX() - half, r.getY() - half, 2 * half, r.getHeight() + 2 * half),
                new Rectangle2D.Double(r.getMaxX() - half, r.getY() - half, 2 * half, r.getHeight() + 2 * half));
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() - by, r.getY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /** The font of an inset's title. */
    static Font titleFont(MapStyle s) {
        return s.font(Font.BOLD, s.textSizes().scaleBar());
    }
}
