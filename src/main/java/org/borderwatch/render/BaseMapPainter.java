package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.geo.MapLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints the base map: sea, land (the focus countries brighter, neighbours muted), lakes, rivers,
 * country boundaries, the graticule, both frontier lines emphasised, and country names that do not
 * collide. Only what meets the view is drawn, at the level of detail of the view's scale; lakes
 * smaller than a few pixels are left out, as a printed atlas of that scale would.
 */
public final class BaseMapPainter {
    private final boolean levelOfDetail;

    /** A painter that simplifies per zoom level (the normal case). */
    public BaseMapPainter() {
        this(true);
    }

    /**
     * @param levelOfDetail false to draw every vertex at every scale — only for measuring what the
     *                      level-of-detail saves (the {@code bench} command's baseline)
     */
    public BaseMapPainter(boolean levelOfDetail) {
        this.levelOfDetail = levelOfDetail;
    }

    private double lodScale(double mpp) {
        return levelOfDetail ? mpp : Viewport.MIN_METRES_PER_PIXEL;
    }

    /** Paints the base layers of {@code scene} onto {@code g} (which must be in screen pixels). */
    public void paint(Graphics2D g, MapScene scene, LabelPlacer labels) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        Envelope env = v.envelope();
        double mpp = lodScale(v.metresPerPixel());
        g.setColor(s.sea());
        g.fill(new Rectangle2D.Double(0, 0, v.width(), v.height()));

        List<MapLayer.Piece> countries = scene.map().countries().query(env, mpp);
        Path2D.Double focus = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Path2D.Double other = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (MapLayer.Piece p : countries) {
            boolean isFocus = s.focusCountries().contains(p.feature().text("iso_a2"));
            ScreenShapes.append(isFocus ? focus : other, p.geometry(), v);
        }
        // Fills go without anti-aliasing: every fill edge is stroked (anti-aliased) afterwards, so
        // nothing jagged shows, and a full-screen AA fill costs several times more to rasterise.
        Object aa = g.getRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(s.land());
        g.fill(other);
        g.setColor(s.focusLand());
        g.fill(focus);

        Path2D.Double lakes = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double minLake = 2.5 * v.metresPerPixel();
        for (MapLayer.Piece p : scene.map().lakes().query(env, mpp)) {
            Envelope e = p.geometry().getEnvelopeInternal();
            if (e.getWidth() >= minLake || e.getHeight() >= minLake) {
                ScreenShapes.append(lakes, p.geometry(), v);
            }
        }
        g.setColor(s.lake());
        g.fill(lakes);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, aa);

        Path2D.Double rivers = new Path2D.Double();
        for (MapLayer.Piece p : scene.map().rivers().query(env, mpp)) {
            ScreenShapes.append(rivers, p.geometry(), v);
        }
        g.setColor(s.river());
        g.setStroke(new BasicStroke(s.width(v.metresPerPixel() > 2000 ? 0.6 : 1.1), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(rivers);
        g.setColor(s.lake().darker());
        g.setStroke(new BasicStroke(s.width(0.4)));
        g.draw(lakes);

        g.setColor(s.countryLine());
        g.setStroke(new BasicStroke(s.width(0.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(other);
        g.draw(focus);

        if (scene.options().graticule()) {
            new GraticulePainter().paint(g, scene);
        }
        for (Border b : new Border[] {Border.FI_RU, Border.PL_BY}) {
            paintBorder(g, scene, b);
        }
        if (scene.options().countryLabels()) {
            paintCountryLabels(g, scene, countries, labels);
        }
    }

    /** The frontier line: a light halo under a dark, heavier line, so it stands out on any land colour. */
    private void paintBorder(Graphics2D g, MapScene scene, Border b) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        Path2D.Double path = new Path2D.Double();
        for (MapLayer.Piece p : scene.map().border(b).query(v.envelope(), lodScale(v.metresPerPixel()))) {
            ScreenShapes.append(path, p.geometry(), v);
        }
        g.setColor(s.borderHalo());
        g.setStroke(new BasicStroke(s.width(6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setColor(s.borderLine());
        g.setStroke(new BasicStroke(s.width(2.6), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    /**
     * Country names inside each country's largest visible part, biggest visible area first. The
     * label point is found without clipping polygons (which costs tens of milliseconds for
     * Russia): a grid over the visible part of the polygon's bounds is tested with an indexed
     * point-in-polygon locator, and the inside point nearest the middle of the inside points wins.
     */
    private static void paintCountryLabels(Graphics2D g, MapScene scene, List<MapLayer.Piece> pieces,
                                           LabelPlacer labels) {
        Viewport v = scene.view();
        MapStyle s = scene.style();
        Envelope env = v.envelope();
        Font font = s.font(Font.BOLD, 13);
        java.util.Map<MapLayer.Feature, Polygon> largest = new java.util.LinkedHashMap<>();
        for (MapLayer.Piece p : pieces) {
            if (p.geometry() instanceof Polygon poly) {
                Polygon best = largest.get(p.feature());
                if (best == null || visibleArea(poly, env) > visibleArea(best, env)) {
                    largest.put(p.feature(), poly);
                }
            }
        }
        var ordered = largest.entrySet().stream()
                .sorted(Comparator.comparingDouble((java.util.Map.Entry<MapLayer.Feature, Polygon> e) ->
                        -visibleArea(e.getValue(), env)))
                .toList();
        double minArea = 4000 * v.metresPerPixel() * v.metresPerPixel();
        for (var e : ordered) {
            String name = e.getKey().text("name").toUpperCase(java.util.Locale.ROOT);
            if (name.isEmpty() || visibleArea(e.getValue(), env) < minArea) {
                continue;
            }
            org.locationtech.jts.geom.Coordinate at = labelPoint(e.getValue(), env);
            if (at == null) {
                continue;
            }
            Point2D sp = v.toScreen(at.x, at.y);
            Rectangle2D box = TextDrawing.bounds(g, name, font, 0, 0);
            double x = sp.getX() - box.getWidth() / 2;
            double y = sp.getY() + box.getHeight() / 3;
            if (labels.tryPlace(TextDrawing.bounds(g, name, font, x, y))) {
                TextDrawing.draw(g, name, font, x, y, s.text().brighter().brighter(), s.textHalo(), s.width(3));
            }
        }
    }

    private static double visibleArea(Polygon p, Envelope env) {
        Envelope pe = p.getEnvelopeInternal();
        return pe.intersection(env).getArea();
    }

    /** A point inside {@code p} and inside {@code env}, near the middle of what is visible, or null. */
    private static org.locationtech.jts.geom.Coordinate labelPoint(Polygon p, Envelope env) {
        Envelope vis = p.getEnvelopeInternal().intersection(env);
        if (vis.isNull()) {
            return null;
        }
        var locator = new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(p);
        int n = 9;
        java.util.List<org.locationtech.jts.geom.Coordinate> inside = new java.util.ArrayList<>();
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                var c = new org.locationtech.jts.geom.Coordinate(vis.getMinX() + vis.getWidth() * (i + 0.5) / n,
                        vis.getMinY() + vis.getHeight() * (j + 0.5) / n);
                if (locator.locate(c) == org.locationtech.jts.geom.Location.INTERIOR) {
                    inside.add(c);
                    sx += c.x;
                    sy += c.y;
                }
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        var mid = new org.locationtech.jts.geom.Coordinate(sx / inside.size(), sy / inside.size());
        return inside.stream().min(Comparator.comparingDouble(c -> c.distance(mid))).orElseThrow();
    }
}
