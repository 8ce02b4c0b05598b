package org.borderwatch.ui;

import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;

/**
 * Moves the map's view for the window: to a preset, to a point of interest. A view fitted to a
 * preset stays fitted while the map changes size (the window resized, the timeline taking its
 * height once the lanes are known) until the user pans or zooms.
 *
 * <p>Use on the JavaFX Application Thread only.
 */
final class MapNavigation {
    /** How close to the edge, in pixels, a point counts as out of view. */
    private static final double MARGIN = 40;
    private final MapView map;
    private ViewPreset fittedPreset;
    private boolean moving;

    MapNavigation(MapView map) {
        this.map = map;
        map.viewportProperty().addListener((o, before, now) -> keepFitted(before, now));
    }

    /** Shows a preset whole; it stays fitted until the user moves the view. */
    void showPreset(ViewPreset preset) {
        Viewport v = map.viewportProperty().get();
        if (v != null) {
            set(preset.viewport(v.width(), v.height()));
            fittedPreset = preset;
        }
    }

    /** Sets the first view: the remembered one, else the preset (kept fitted). */
    void start(Viewport remembered, ViewPreset preset, int width, int height) {
        set(remembered != null ? remembered : preset.viewport(width, height));
        fittedPreset = remembered != null ? null : preset;
    }

    /** Centres the view on a WGS84 point, keeping the scale; unless {@code always}, only when it is out of view. */
    void centreOn(GeoPoint p, boolean always) {
        Viewport v = map.viewportProperty().get();
        if (v == null) {
            return;
        }
        var xy = MapProjection.forward(p.lon(), p.lat());
        var s = v.toScreen(xy.x, xy.y);
        boolean visible = s.getX() > MARGIN && s.getY() > MARGIN && s.getX() < v.width() - MARGIN
                && s.getY() < v.height() - MARGIN;
        if (always || !visible) {
            map.centerOn(xy.x, xy.y);
        }
    }

    private void set(Viewport v) {
        moving = true;
        try {
            map.viewportProperty().set(v);
        } finally {
            moving = false;
        }
    }

    private void keepFitted(Viewport before, Viewport now) {
        if (moving || before == null || now == null || fittedPreset == null) {
            return;
        }
        boolean sameView = before.centerX() == now.centerX() && before.centerY() == now.centerY()
                && before.metresPerPixel() == now.metresPerPixel();
        if (!sameView) {
            fittedPreset = null;
        } else if (before.width() != now.width() || before.height() != now.height()) {
            set(fittedPreset.viewport(now.width(), now.height()));
        }
    }
}
