package org.borderwatch.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Status;

/**
 * The map's symbols as small pictures, for files that carry their own icons (a KMZ): a crossing's
 * symbol (the shape of its type, its status drawn in it, as on the map and the slides), an event's
 * pin, and a white dot for annotations to tint. Painted by the map's own painters in the default
 * style, on transparency. Stateless.
 */
public final class SymbolIcons {
    /** Icon edge in pixels: 48, sharp at Google Earth's default icon size on a dense screen. */
    public static final int SIZE = 48;
    private static final MapStyle STYLE = MapStyle.DEFAULT.scaled(2.4);

    private SymbolIcons() {
    }

    /** A crossing of {@code type} with {@code status}, centred. */
    public static BufferedImage crossing(CrossingType type, Status status) {
        BufferedImage img = blank();
        Graphics2D g = graphics(img);
        try {
            CrossingSymbol.paint(g, STYLE, type, status, SIZE / 2.0, SIZE / 2.0, CrossingSymbol.RADIUS * STYLE.scale());
        } finally {
            g.dispose();
        }
        return img;
    }

    /** An event's pin of {@code category}, its head centred (the icon's hot spot is its middle). */
    public static BufferedImage event(Category category) {
        BufferedImage img = blank();
        Graphics2D g = graphics(img);
        try {
            MapStyle s = MapStyle.DEFAULT.scaled(1.9);
            double r = EventMarker.HEAD_RADIUS * s.scale();
            // the tip below the middle so the head sits at the centre of the icon
            EventMarker.paintSingle(g, s, category, SIZE / 2.0, SIZE / 2.0 + EventMarker.headLift(r) * 0.5);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A white dot with a dark rim, for a colour to tint. */
    public static BufferedImage dot() {
        BufferedImage img = blank();
        Graphics2D g = graphics(img);
        try {
            double r = SIZE * 0.22;
            Ellipse2D d = new Ellipse2D.Double(SIZE / 2.0 - r, SIZE / 2.0 - r, 2 * r, 2 * r);
            g.setColor(Color.WHITE);
            g.fill(d);
            g.setColor(new Color(0x1A1A1A));
            g.setStroke(new java.awt.BasicStroke(2f));
            g.draw(d);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static BufferedImage blank() {
        return new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        MapPainter.prepare(g);
        return g;
    }
}
