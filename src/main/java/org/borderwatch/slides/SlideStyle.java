package org.borderwatch.slides;

import java.awt.Color;
import org.borderwatch.render.MapStyle;
import org.borderwatch.render.TextSizes;

/**
 * The house style of slides: a white page, dark ink, one navy accent, DejaVu Sans throughout. Sizes
 * elsewhere are given for a 1920 × 1080 slide and multiplied by the layout's unit.
 */
public final class SlideStyle {
    /** Page background. */
    public static final Color PAGE = Color.WHITE;
    /** Titles and body text (contrast 15:1 on white). */
    public static final Color INK = new Color(0x1B2430);
    /** Secondary text: subtitle, captions, attribution (contrast 7:1 on white). */
    public static final Color MUTED = new Color(0x4A5563);
    /** The accent: header rule, section headings. */
    public static final Color ACCENT = new Color(0x1F3A5F);
    /** Outline of the map frame and the locator. */
    public static final Color FRAME = new Color(0x5B6573);
    /** Map symbols and lines are this much larger on a slide than on screen, for the back of the room. */
    public static final double MAP_ENLARGEMENT = 1.6;
    /**
     * Map text on a 1920 × 1080 slide, in pixels (half a point each on a 13.33-inch PowerPoint page):
     * crossing names 28 px (14 pt, 20 px from cap to baseline), country names 26, every other map
     * text 20 (10 pt, 14.6 px cap height).
     */
    public static final TextSizes MAP_TEXT_PX = new TextSizes(28, 26, 20, 20, 20, 20, 21, 24, 20);
    /** The smallest text on a slide at 1920 × 1080, pixels (10 pt on the page). */
    public static final double MIN_TEXT_PX = 20;

    private SlideStyle() {
    }

    /**
     * The map style of a slide at layout unit {@code unit}: the screen's colours in the slide font,
     * symbols and lines enlarged by {@link #MAP_ENLARGEMENT}, text at {@link #MAP_TEXT_PX}, all
     * times the unit (so A4 and A3 scale with the page).
     */
    public static MapStyle mapStyle(double unit) {
        SlideFonts.ensureRegistered();
        double k = MAP_ENLARGEMENT;
        TextSizes t = MAP_TEXT_PX;
        TextSizes atScaleOne = new TextSizes(t.crossing() / k, t.country() / k, t.graticule() / k, t.scaleBar() / k,
                t.attribution() / k, t.event() / k, t.annotation() / k, t.annotationText() / k, t.pinCount() / k);
        return MapStyle.DEFAULT.withText(SlideFonts.FAMILY, atScaleOne).scaled(k * unit);
    }

    /** The plain style of the locator map (thinner lines and smaller text). */
    public static MapStyle locatorStyle(double unit) {
        return mapStyle(unit).scaled(0.55 * unit);
    }
}
