package org.borderwatch.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the map a surface shows: the map point at its centre (EPSG:3035 metres), the scale
 * in metres per pixel, and the surface size in pixels. Screen y grows downwards.
 */
public record Viewport(double centerX, double centerY, double metresPerPixel, int width, int height) {
    /** Closest zoom: 0.5 m per pixel (a single crossing fills the screen). */
    public static final double MIN_METRES_PER_PIXEL = 0.5;
    /** Farthest zoom: 20 km per pixel. */
    public static final double MAX_METRES_PER_PIXEL = 20_000;

    public Viewport {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("viewport size must be positive, not " + width + "×" + height);
        }
        if (!(metresPerPixel > 0) || !Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new IllegalArgumentException("invalid viewport centre or scale");
        }
        metresPerPixel = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
    }

    /** The viewport that shows {@code extent} whole, with {@code margin} (fraction of the size) around it. */
    public static Viewport fit(Envelope extent, int width, int height, double margin) {
        double usableW = width * (1 - 2 * margin);
        double usableH = height * (1 - 2 * margin);
        double mpp = Math.max(extent.getWidth() / usableW, extent.getHeight() / usableH);
        return new Viewport(extent.centre().x, extent.centre().y, mpp, width, height);
    }

    /** Map → screen transform: x right, y down, in pixels. */
    public AffineTransform worldToScreen() {
        AffineTransform t = new AffineTransform();
        t.translate(width / 2.0, height / 2.0);
        t.scale(1 / metresPerPixel, -1 / metresPerPixel);
        t.translate(-centerX, -centerY);
        return t;
    }

    public Point2D toScreen(double x, double y) {
        return new Point2D.Double(width / 2.0 + (x - centerX) / metresPerPixel,
                height / 2.0 - (y - centerY) / metresPerPixel);
    }

    public Coordinate toWorld(double px, double py) {
        return new Coordinate(centerX + (px - width / 2.0) * metresPerPixel,
                centerY - (py - height / 2.0) * metresPerPixel);
    }

    /** The map area shown, in EPSG:3035 metres. */
    public Envelope envelope() {
        double hw = width / 2.0 * metresPerPixel;
        double hh = height / 2.0 * metresPerPixel;
        return new Envelope(centerX - hw, centerX + hw, centerY - hh, centerY + hh);
    }

    /** Zoom by {@code factor} (&gt; 1 zooms in) keeping the map point under screen point (px, py) fixed. */
    public Viewport zoomAt(double factor, double px, double py) {
        Coordinate anchor = toWorld(px, py);
        double mpp = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel / factor));
        double cx = anchor.x - (px - width / 2.0) * mpp;
        double cy = anchor.y + (py - height / 2.0) * mpp;
        return new Viewport(cx, cy, mpp, width, height);
    }

    /** Move the map content by (dx, dy) pixels, as a drag does. */
    public Viewport pan(double dx, double dy) {
        return new Viewport(centerX - dx * metresPerPixel, centerY + dy * metresPerPixel, metresPerPixel, width, height);
    }

    /** The same centre and scale on a surface of another size. */
    public Viewport resized(int w, int h) {
        return new Viewport(centerX, centerY, metresPerPixel, w, h);
    }

    /** The same map area on a surface of another size (scale changes so the width fits). */
    public Viewport scaledTo(int w, int h) {
        return new Viewport(centerX, centerY, metresPerPixel * width / w, w, h);
    }

    /** Centred on (x, y), same scale and size. */
    public Viewport centeredOn(double x, double y) {
        return new Viewport(x, y, metresPerPixel, width, height);
    }
}
