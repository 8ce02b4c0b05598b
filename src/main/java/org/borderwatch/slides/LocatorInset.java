package org.borderwatch.slides;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.MapOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapScene;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The locator: a small map of the whole region (Scandinavia to Ukraine, 12–40°E, 49–71.5°N) with
 * the slide's map area outlined, so the audience sees where the main map sits. Painted through
 * the same {@link MapPainter} as the main map, with every decoration and label off.
 */
public final class LocatorInset {
    /** The region the locator shows, in EPSG:3035 metres. */
    public static final Envelope REGION = region(12, 49, 40, 71.5);
    /** The locator is left out when the slide's map already covers this share of the region. */
    public static final double MAX_SHARE = 0.4;
    private static final MapOptions NOTHING_BUT_LAND = new MapOptions(false, false, false, false, false, false,
            false, false, false, false, false);
    private static final Color OUTLINE = new Color(0xC0392B);

    private LocatorInset() {
    }

    /** True when a locator adds something: the map area is a small part of the region. */
    public static boolean useful(Envelope mapArea) {
        Envelope common = mapArea.intersection(REGION);
        return common.getArea() < MAX_SHARE * REGION.getArea();
    }

    /** Width ÷ height of the region. */
    public static double aspect() {
        return REGION.getWidth() / REGION.getHeight();
    }

    /**
     * Paints the locator into {@code box} (canvas units): the region, then the outline of each of
     * {@code mapAreas} (EPSG:3035, one per map panel) — a rectangle, or a ring around it when it
     * would be smaller than a few pixels.
     */
    public static void paint(Graphics2D g, Slide slide, MapStyle style, Rectangle2D box, List<Envelope> mapAreas,
                             double unit) {
        int w = Math.max(1, (int) Math.round(box.getWidth()));
        int h = Math.max(1, (int) Math.round(box.getHeight()));
        Viewport view = Viewport.fit(REGION, w, h, 0);
        MapScene scene = new MapScene(slide.map(), view, style, NOTHING_BUT_LAND, null, List.of(), List.of(), null, null);
        AffineTransform saved = g.getTransform();
        Shape savedClip = g.getClip();
        try {
            g.translate(box.getX(), box.getY());
            g.clip(new Rectangle2D.Double(0, 0, w, h));
            new MapPainter().paint(g, scene);
            for (Envelope mapArea : mapAreas) {
                outlineArea(g, view, mapArea, unit);
            }
        } finally {
            g.setTransform(saved);
            g.setClip(savedClip);
        }
    }

    private static void outlineArea(Graphics2D g, Viewport view, Envelope mapArea, double unit) {
        Point2D a = view.toScreen(mapArea.getMinX(), mapArea.getMaxY());
        Point2D b = view.toScreen(mapArea.getMaxX(), mapArea.getMinY());
        Rectangle2D frame = new Rectangle2D.Double(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
        float width = (float) (2.5 * unit);
        g.setStroke(new BasicStroke(width + (float) (2.5 * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 210));
        g.draw(frame);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(OUTLINE);
        g.draw(frame);
        double min = 10 * unit;
        if (frame.getWidth() < min && frame.getHeight() < min) {
            double r = 9 * unit;
            g.draw(new Ellipse2D.Double(frame.getCenterX() - r, frame.getCenterY() - r, 2 * r, 2 * r));
        }
    }

    private static Envelope region(double west, double south, double east, double north) {
        Envelope e = new Envelope();
        int n = 24;
        for (int i = 0; i <= n; i++) {
            double lon = west + (east - west) * i / n;
            double lat = south + (north - south) * i / n;
            for (Coordinate c : new Coordinate[] {MapProjection.forward(lon, south), MapProjection.forward(lon, north),
                    MapProjection.forward(west, lat), MapProjection.forward(east, lat)}) {
                e.expandToInclude(c);
            }
        }
        return e;
    }
}
