package org.borderwatch.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A detail inset of a map frame: a box on the main map that shows a crowded cluster of crossings
 * at a larger scale, with the area it shows marked on the main map by a frame and the same letter.
 * Made by {@link InsetPlanner}; immutable.
 *
 * @param letter      "A", "B" …: on the inset and beside its area on the main map
 * @param title       what it shows, e.g. "Vaalimaa – Parikkala"
 * @param box         where the inset sits on the main map, pixels of the main view (its size is the view's)
 * @param view        the inset's own view
 * @param area        the area it shows as a box on the main map, pixels of the main view
 * @param crossingIds the crossings it was made for (named in the inset, not on the main map)
 */
public record DetailInset(String letter, String title, Rectangle2D box, Viewport view, Rectangle2D area,
                          List<String> crossingIds) {
    public DetailInset {
        crossingIds = List.copyOf(crossingIds);
        box = copy(box);
        area = copy(area);
    }

    /** The area the inset shows, EPSG:3035 metres. */
    public Envelope ground() {
        return view.envelope();
    }

    /** How many times larger the inset's scale is than the main map's of {@code main}. */
    public double zoom(Viewport main) {
        return main.metresPerPixel() / view.metresPerPixel();
    }

    /** The same inset on a main view scaled by {@code t} (a scale and a translation) with factor {@code k}. */
    public DetailInset transformed(AffineTransform t, double k) {
        Point2D at = t.transform(origin(), null);
        int w = Math.max(1, (int) Math.round(view.width() * k));
        int h = Math.max(1, (int) Math.round(view.height() * k));
        Viewport v = new Viewport(view.centerX(), view.centerY(), view.metresPerPixel() * view.width() / w, w, h);
        return new DetailInset(letter, title, new Rectangle2D.Double(at.getX(), at.getY(), w, h), v,
                t.createTransformedShape(area).getBounds2D(), crossingIds);
    }

    /** The point of the box's top-left corner (where the inset's view is painted from). */
    public Point2D origin() {
        return new Point2D.Double(box.getX(), box.getY());
    }

    private static Rectangle2D copy(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }
}
