package org.borderwatch.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.geo.MapLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Paints what lies over the base map: the user's own layers (bottom first), then the situation
 * and the annotations, in this order so that what matters most is on top — closures on the border
 * line, annotation areas and lines, the leader lines of the frame's one label layout
 * ({@link MapLabels}), event pins, crossing symbols, the selected event, annotation points (a
 * point on a crossing symbol as a ring around it, so the crossing's status stays in sight), and
 * last the labels themselves.
 */
final class OverlayPainter {
    private final BorderClosurePainter closures = new BorderClosurePainter();
    private final AnnotationPainter annotations = new AnnotationPainter();
    private final CrossingPainter crossings = new CrossingPainter();
    private final EventPainter events = new EventPainter();

    /**
     * Paints the overlays of {@code plan} with {@code labels} (the frame's label layout), the
     * annotations' shapes from {@code cached} when one is given (it must {@link AnnotationLayer#fits
     * fit} the scene), the closures through {@code closureLayer} when one is given.
     */
    OverlayResult paint(Graphics2D g, MapScene scene, OverlayPlan plan, MapLabels labels, AnnotationLayer cached,
                        ClosureLayer closureLayer) {
        for (UserLayer layer : scene.userLayers()) {
            if (layer.visible()) {
                paintUserLayer(g, scene, layer);
            }
        }
        HitIndex hits = new HitIndex();
        if (closureLayer == null) {
            closures.paint(g, scene, plan.closures());
        } else {
            closureLayer.paint(g, scene, plan.closures());
        }
        if (cached == null) {
            annotations.paintShapes(g, scene, plan.annotations(), hits);
        } else {
            cached.paintShapes(g, hits);
        }
        CrossingUncertainty.paint(g, scene, plan.crossings());
        // leaders beneath the pins and symbols: one that must cross a crowd (a badge's last resort)
        // passes under its pins instead of striking one out
        LabelPainter.paintLeaders(g, scene.style(), labels, null);
        events.paint(g, scene, plan.markers(), hits);
        crossings.paintSymbols(g, scene, plan.crossings(), hits);
        events.paintSelected(g, scene, plan.markers(), hits);
        annotations.paintMarks(g, scene, plan.annotations(), plan.rings(), labels, hits);
        LabelPainter.paintLabels(g, scene.style(), labels, null);
        events.paintCountsOver(g, scene, plan.markers(), plan.crossings());
        List<LegendEntry> legend = new java.util.ArrayList<>(LegendPainter.entries(scene, plan));
        legend.addAll(LegendPainter.keyEntries(labels.badges()));
        return new OverlayResult(hits, legend, null, labels);
    }

    /**
     * The frame's one label layout: what every layer asks for, kept clear of the symbols, pins and
     * dots of {@code plan}, of {@code reserved} (decorations, the legend, insets) and of the
     * graticule's labels, with text kept off the border lines and {@code textOff}, inside the view
     * less a small margin. Crossings in {@code namedElsewhere} (named in an inset) are not labelled.
     */
    static MapLabels layout(MapScene scene, OverlayPlan plan, Collection<Rectangle2D> reserved,
                            Collection<Rectangle2D> textOff, Set<String> namedElsewhere) {
        MapStyle s = scene.style();
        Viewport v = scene.view();
        double margin = 3 * s.scale();
        MapLabels.Builder b = new MapLabels.Builder(new Rectangle2D.Double(margin, margin,
                v.width() - 2 * margin, v.height() - 2 * margin), 2 * s.scale(),
                MapLabels.badgeFont(s), s.text());
        b.obstacles(reserved);
        b.keepTextOff(textOff);
        for (Border border : new Border[] {Border.FI_RU, Border.PL_BY}) {
            for (MapLayer.Piece piece : scene.map().border(border).query(v.envelope(), v.metresPerPixel())) {
                b.keepTextOff(ScreenShapes.boxesAlong(piece.geometry(), v, 4 * s.scale(), 10 * s.scale()));
            }
        }
        for (GraticulePainter.EdgeLabel l : GraticulePainter.labels(scene)) {
            b.obstacle(l.box());
        }
        for (CrossingPainter.Placed p : plan.crossings()) {
            b.obstacle(p.box());
        }
        for (EventPainter.Marker m : plan.markers()) {
            b.obstacle(m.box(s));
        }
        b.obstacles(AnnotationPainter.markBoxes(scene, plan.annotations(), plan.rings()));
        AnnotationPainter.contributeLabels(scene, plan.annotations(), plan.rings(), b);
        List<CrossingPainter.Placed> named = namedElsewhere.isEmpty() ? plan.crossings() : plan.crossings().stream()
                .filter(p -> !namedElsewhere.contains(p.crossing().id())).toList();
        CrossingLabels.contribute(scene, named, plan.rings(), b);
        CountryLabels.contribute(scene, b);
        PlacePainter.contributeLabels(scene, b);
        EventPainter.contributeLabels(scene, plan.markers(), b);
        return b.layout();
    }

    private static void paintUserLayer(Graphics2D g, MapScene scene, UserLayer layer) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        Color c = layer.color();
        Composite saved = g.getComposite();
        for (Geometry geom : layer.projected()) {
            if (!geom.getEnvelopeInternal().intersects(v.envelope())) {
                continue;
            }
            if (geom instanceof Point || geom.getGeometryType().equals("MultiPoint")) {
                for (int i = 0; i < geom.getNumGeometries(); i++) {
                    Point p = (Point) geom.getGeometryN(i);
                    Point2D sp = v.toScreen(p.getX(), p.getY());
                    double r = 4 * s.scale();
                    g.setColor(c);
                    g.fill(new Ellipse2D.Double(sp.getX() - r, sp.getY() - r, 2 * r, 2 * r));
                }
                continue;
            }
            BoundedPath.Shape bounded = BoundedPath.of(geom, v, 0.25);
            Path2D.Double path = bounded.path();
            if (bounded.coarse()) {
                // more line than a frame can stroke: the cells it runs through
                bounded.cells().paint(g, c);
                continue;
            }
            if (geom instanceof Polygonal) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
                g.setColor(c);
                g.fill(path);
                g.setComposite(saved);
            }
            g.setColor(c);
            g.setStroke(new BasicStroke(s.width(1.8), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
        }
        g.setComposite(saved);
    }
}
