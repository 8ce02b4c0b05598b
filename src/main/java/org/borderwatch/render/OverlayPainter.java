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
 * and annotation painters.
 */
final class OverlayPainter {

    void paint(Graphics2D g, MapScene scene, LabelPlacer labels) {
        for (UserLayer layer : scene.userLayers()) {
            if (layer.visible()) {
                paintUserLayer(g, scene, layer);
            }
        }
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
