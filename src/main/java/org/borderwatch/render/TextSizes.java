package org.borderwatch.render;

/**
 * Font sizes of the map's text, by role, in pixels at style scale 1 (a {@link MapStyle} multiplies
 * them by its scale). The screen uses {@link #SCREEN}; slides set their own so that map text is
 * legible on a projector (crossing names at least 20 px from cap to baseline on a 1920 × 1080 slide).
 *
 * @param crossing       crossing names, callout rows and numbered badges
 * @param country        country names (bold capitals)
 * @param graticule      degree labels at the frame's edges
 * @param scaleBar       the scale bar's lengths and the north arrow's "N"
 * @param attribution    the map data attribution printed on the map
 * @param event          event titles beside their pins
 * @param annotation     annotation titles
 * @param annotationText text annotations (the text is the annotation)
 * @param pinCount       the count in a cluster pin
 */
public record TextSizes(double crossing, double country, double graticule, double scaleBar, double attribution,
                        double event, double annotation, double annotationText, double pinCount) {
    /** The window's sizes: desktop text, read at arm's length. */
    public static final TextSizes SCREEN = new TextSizes(12, 13, 9.5, 11, 9.5, 10.5, 11, 12.5, 9.5);

    public TextSizes {
        for (double v : new double[] {crossing, country, graticule, scaleBar, attribution, event, annotation,
                annotationText, pinCount}) {
            if (!(v > 0 && v < 1000)) {
                throw new IllegalArgumentException("text sizes must be positive pixels, not " + v);
            }
        }
    }

    /** The smallest size of any role. */
    public double smallest() {
        double m = crossing;
        for (double v : new double[] {country, graticule, scaleBar, attribution, event, annotation, annotationText,
                pinCount}) {
            m = Math.min(m, v);
        }
        return m;
    }
}
