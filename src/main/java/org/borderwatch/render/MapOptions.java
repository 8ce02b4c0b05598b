package org.borderwatch.render;

/**
 * What the painter draws besides the base map. Slides switch parts off; the screen shows all but
 * the legend (which sits in a side panel there).
 *
 * @param clearTopLeft pixels from the left of the top edge that the graticule's degree labels
 *                     keep clear of: what a caption tab of a panel covers there (0: none)
 */
public record MapOptions(boolean graticule, boolean scaleBar, boolean northArrow, boolean attribution,
                         boolean legend, boolean crossings, boolean crossingLabels, boolean events,
                         boolean eventLabels, boolean annotations, boolean countryLabels, double clearTopLeft) {
    /** The options with nothing at the top-left corner to keep clear of. */
    public MapOptions(boolean graticule, boolean scaleBar, boolean northArrow, boolean attribution,
                      boolean legend, boolean crossings, boolean crossingLabels, boolean events,
                      boolean eventLabels, boolean annotations, boolean countryLabels) {
        this(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events, eventLabels,
                annotations, countryLabels, 0);
    }

    /** Everything on. */
    public static final MapOptions ALL = new MapOptions(true, true, true, true, true, true, true, true, false, true, true);
    /** The base map with its decorations, no overlays. */
    public static final MapOptions BASE_ONLY = new MapOptions(true, true, true, true, false, false, false, false, false, false, true);

    public MapOptions withLegend(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, on, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels, clearTopLeft);
    }

    public MapOptions withAnnotations(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events,
                eventLabels, on, countryLabels, clearTopLeft);
    }

    public MapOptions withEventLabels(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events,
                on, annotations, countryLabels, clearTopLeft);
    }

    public MapOptions withDecorations(boolean scale, boolean north) {
        return new MapOptions(graticule, scale, north, attribution, legend, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels, clearTopLeft);
    }

    public MapOptions withCrossings(boolean symbols, boolean labels) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, symbols, labels, events,
                eventLabels, annotations, countryLabels, clearTopLeft);
    }

    public MapOptions withEvents(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, on,
                eventLabels, annotations, countryLabels, clearTopLeft);
    }

    public MapOptions withAttribution(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, on, legend, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels, clearTopLeft);
    }

    public MapOptions withGraticule(boolean on) {
        return new MapOptions(on, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels, clearTopLeft);
    }

    /** The same, keeping the graticule's labels clear of the first {@code px} pixels of the top edge. */
    public MapOptions withClearTopLeft(double px) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels, px);
    }
}
