package org.borderwatch.slides;

import java.awt.Color;
import org.borderwatch.render.MapStyle;

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
    /** Map text and symbols are this much larger on a slide than on screen, for the back of the room. */
    public static final double MAP_ENLARGEMENT = 1.3;

    private SlideStyle() {
    }

    /** The map style of a slide at layout unit {@code unit}: the screen style in DejaVu Sans, enlarged. */
    public static MapStyle mapStyle(double unit) {
        SlideFonts.ensureRegistered();
        MapStyle d = MapStyle.DEFAULT;
        MapStyle withFont = new MapStyle(d.scale(), d.sea(), d.land(), d.focusLand(), d.countryLine(), d.lake(),
                d.river(), d.borderLine(), d.borderHalo(), d.graticule(), d.text(), d.textHalo(), SlideFonts.FAMILY,
                d.focusCountries(), d.statusColors(), d.categoryColors());
        return withFont.scaled(MAP_ENLARGEMENT * unit);
    }

    /** The plain style of the locator map (thinner lines and smaller text). */
    public static MapStyle locatorStyle(double unit) {
        return mapStyle(unit).scaled(0.55 * unit);
    }
}
