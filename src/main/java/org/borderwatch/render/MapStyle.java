package org.borderwatch.render;

import java.awt.Color;
import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Status;

/**
 * Colours, widths and fonts of the map, in one object so the screen and every export agree. Status
 * and category colours come from the Okabe–Ito palette, which stays distinguishable with the common
 * colour-vision deficiencies; crossings also differ by symbol shape, so colour is never the only cue.
 * Widths are in pixels at 1:1 scale; {@link #scale} multiplies them for print resolutions.
 *
 * @param scale         multiplier for widths, symbols and font sizes (1 on screen; e.g. 2 for a 4K slide)
 * @param focusCountries ISO alpha-2 codes drawn as "own" land (brighter)
 * @param textSizes     font sizes of the map's text by role, pixels at scale 1
 */
public record MapStyle(double scale, Color sea, Color land, Color focusLand, Color countryLine, Color lake,
                       Color river, Color borderLine, Color borderHalo, Color graticule, Color text,
                       Color textHalo, String fontFamily, Set<String> focusCountries,
                       Map<Status, Color> statusColors, Map<Category, Color> categoryColors, TextSizes textSizes) {

    public static final MapStyle DEFAULT = new MapStyle(1.0,
            new Color(0xB9D3E4), new Color(0xE6E2D9), new Color(0xF7F5EF), new Color(0x8E8A84),
            new Color(0xB9D3E4), new Color(0x6E9CC0), new Color(0x2E1F5E), new Color(255, 255, 255, 200),
            new Color(80, 100, 120, 70), new Color(0x2B2B2B), new Color(255, 255, 255, 215),
            Font.SANS_SERIF, Set.of("FI", "PL"), statusDefaults(), categoryDefaults(), TextSizes.SCREEN);

    public MapStyle {
        statusColors = Map.copyOf(statusColors);
        categoryColors = Map.copyOf(categoryColors);
        focusCountries = Set.copyOf(focusCountries);
        textSizes = textSizes == null ? TextSizes.SCREEN : textSizes;
    }

    /** The same style with widths and fonts multiplied by {@code s}. */
    public MapStyle scaled(double s) {
        return new MapStyle(s, sea, land, focusLand, countryLine, lake, river, borderLine, borderHalo, graticule,
                text, textHalo, fontFamily, focusCountries, statusColors, categoryColors, textSizes);
    }

    /** The same style in font family {@code family} with text of {@code sizes}. */
    public MapStyle withText(String family, TextSizes sizes) {
        return new MapStyle(scale, sea, land, focusLand, countryLine, lake, river, borderLine, borderHalo, graticule,
                text, textHalo, family, focusCountries, statusColors, categoryColors, sizes);
    }

    /** A font of this style at {@code points} (before scaling). */
    public Font font(int style, double points) {
        return new Font(fontFamily, style, 1).deriveFont((float) (points * scale));
    }

    /** A width in pixels (before scaling). */
    public float width(double px) {
        return (float) (px * scale);
    }

    public Color statusColor(Status s) {
        return statusColors.get(s);
    }

    public Color categoryColor(Category c) {
        return categoryColors.getOrDefault(c, Color.GRAY);
    }

    private static Map<Status, Color> statusDefaults() {
        Map<Status, Color> m = new EnumMap<>(Status.class);
        m.put(Status.OPEN, new Color(0x009E73));
        m.put(Status.RESTRICTED, new Color(0xE69F00));
        m.put(Status.CLOSED, new Color(0xD55E00));
        m.put(Status.UNTRACKED, new Color(0xA6A6A6));
        m.put(Status.UNKNOWN, new Color(0x8C8C8C));
        return m;
    }

    private static Map<Category, Color> categoryDefaults() {
        Map<Category, Color> m = new EnumMap<>(Category.class);
        m.put(Category.CLOSURE, new Color(0xD55E00));
        m.put(Category.REOPENING, new Color(0x009E73));
        m.put(Category.STATEMENT, new Color(0x0072B2));
        m.put(Category.DEPLOYMENT, new Color(0x332288));
        m.put(Category.MIGRATION, new Color(0xE69F00));
        m.put(Category.INCIDENT, new Color(0xCC79A7));
        m.put(Category.MEETING, new Color(0x56B4E9));
        m.put(Category.LEGISLATION, new Color(0x117733));
        m.put(Category.CONSTRUCTION, new Color(0x88703A));
        m.put(Category.PROTEST, new Color(0xAA4499));
        m.put(Category.VIOLENCE, new Color(0x882255));
        m.put(Category.OTHER, new Color(0x777777));
        return m;
    }
}
