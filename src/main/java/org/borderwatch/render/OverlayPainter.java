package org.borderwatch.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Paints what lies over the base map: the user's own layers (bottom first), then the situation
 * and the annotations, in this order so that what matters most is on top — closures on the border
 * line, annotation areas and lines, event pins, crossing symbols, the selected event, annotation
 * points and text, and last the labels (selected and closed crossings first, then annotation
 * titles, then events).
 */
final class OverlayPainter {
    private final BorderClosurePainter closures = new BorderClosurePainter();
    private final AnnotationPainter annotations = new AnnotationPainter();
    private final CrossingPainter crossings = new CrossingPainter();
    private final EventPainter events = new EventPainter();
    private final PlacePainter places = new PlacePainter();

    /** Plans and paints the overlays; returns the hit index and the legend entries of what was painted. */
    OverlayResult paint(Graphics2D g, MapScene scene, LabelPlacer labels) {
        return paint(g, scene, OverlayPlan.of(scene), labels);
    }

    /** Paints the overlays of an already made {@code plan} of {@code scene}. */
    OverlayResult paint(Graphics2D g, MapScene scene, OverlayPlan plan, LabelPlacer labels) {
        return paint(g, scene, plan, labels, null, null);
    }

    /**
     * Paints the overlays of {@code plan}, the annotations' shapes from {@code cached} when one is
     * given (it must {@link AnnotationLayer#fits fit} the scene), the closures through
     * {@code closureLayer} when one is given, in the same order.
     */
    OverlayResult paint(Graphics2D g, MapScene scene, OverlayPlan plan, LabelPlacer labels, AnnotationLayer cached,
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
        events.paint(g, scene, plan.markers(), labels, hits);
        crossings.paintSymbols(g, scene, plan.crossings(), labels, hits);
        events.paintSelected(g, scene, plan.markers(), labels, hits);
        annotations.paintMarks(g, scene, plan.annotations(), labels, hits);
        crossings.paintLabels(g, scene, plan.crossings(), labels);
        annotations.paintLabels(g, scene, plan.annotations(), labels);
        events.paintLabels(g, scene, plan.markers(), labels);
        places.paint(g, scene, labels);
        return new OverlayResult(hits, LegendPainter.entries(scene, plan), null);
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
            Path2D.Double path = ScreenShapes.path(geom, v);
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
