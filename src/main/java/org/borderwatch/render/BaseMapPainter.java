package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.borderwatch.domain.Border;
import org.borderwatch.geo.MapLayer;
import org.locationtech.jts.geom.Envelope;

/**
 * Paints the base map: sea, land (the focus countries brighter, neighbours muted), lakes, rivers,
 * country boundaries, the graticule with its degree labels, and both frontier lines emphasised.
 * Country names are labels of the frame's one label layout ({@link CountryLabels}), painted with
 * the overlays. Only what meets the view is drawn, at the level of detail of the view's scale; lakes
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

    /**
     * Paints the base layers of {@code scene} onto {@code g} (which must be in screen pixels) and
     * reserves the graticule's labels in {@code labels}.
     */
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
            new GraticulePainter().paint(g, scene, labels);
        }
        for (Border b : new Border[] {Border.FI_RU, Border.PL_BY}) {
            paintBorder(g, scene, b);
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
}
