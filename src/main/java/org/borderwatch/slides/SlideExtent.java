package org.borderwatch.slides;

import org.borderwatch.render.ViewPreset;
import org.borderwatch.render.Viewport;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the map a slide shows: a named preset or any rectangle of the map plane
 * (EPSG:3035 metres, x = easting, y = northing), e.g. the view on screen when the officer pressed
 * "Make slide". The slide's map frame shows the whole rectangle, centred; a frame of another
 * aspect ratio shows a little more on two sides.
 *
 * @param preset the named view, or {@code null} for a custom rectangle
 * @param minX   west edge, metres
 * @param minY   south edge, metres
 * @param maxX   east edge, metres
 * @param maxY   north edge, metres
 */
public record SlideExtent(ViewPreset preset, double minX, double minY, double maxX, double maxY) {
    /** Smallest side of an extent: 500 m. */
    public static final double MIN_SIDE_METRES = 500;

    public SlideExtent {
        if (!(Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY))) {
            throw new IllegalArgumentException("extent edges must be finite numbers");
        }
        if (maxX - minX < MIN_SIDE_METRES || maxY - minY < MIN_SIDE_METRES) {
            throw new IllegalArgumentException("an extent must be at least " + (int) MIN_SIDE_METRES
                    + " m on each side, not " + Math.round(maxX - minX) + " × " + Math.round(maxY - minY) + " m");
        }
    }

    /** The area of a preset view. */
    public static SlideExtent of(ViewPreset preset) {
        Envelope e = preset.extent();
        return new SlideExtent(preset, e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /** The area a viewport shows (e.g. the screen's current view). */
    public static SlideExtent of(Viewport view) {
        return of(view.envelope());
    }

    /** Any rectangle of the map plane, EPSG:3035 metres. */
    public static SlideExtent of(Envelope e) {
        return new SlideExtent(null, e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /** The rectangle as a new JTS envelope (the caller may change it). */
    public Envelope envelope() {
        return new Envelope(minX, maxX, minY, maxY);
    }

    /**
     * The map panels a slide of this extent shows side by side: for "both borders", one panel per
     * border, each at its own scale (a continental frame would squeeze them); otherwise this extent.
     */
    public java.util.List<SlideExtent> panels() {
        if (preset == null) {
            return java.util.List.of(this);
        }
        return preset.panels().stream().map(SlideExtent::of).toList();
    }

    /** "Finland–Russia", or "Custom view" for a rectangle. */
    public String label() {
        return preset != null ? preset.label() : "Custom view";
    }

    /** A viewport of {@code width} × {@code height} pixels that shows the whole extent, centred. */
    public Viewport fit(int width, int height) {
        return Viewport.fit(envelope(), width, height, 0);
    }
}
