package org.borderwatch.render;

/**
 * What the painter draws besides the base map. Slides switch parts off; the screen shows all but
 * the legend (which sits in a side panel there).
 */
public record MapOptions(boolean graticule, boolean scaleBar, boolean northArrow, boolean attribution,
                         boolean legend, boolean crossings, boolean crossingLabels, boolean events,
                         boolean eventLabels, boolean annotations, boolean countryLabels) {
    /** Everything on. */
    public static final MapOptions ALL = new MapOptions(true, true, true, true, true, true, true, true, false, true, true);
    /** The base map with its decorations, no overlays. */
    public static final MapOptions BASE_ONLY = new MapOptions(true, true, true, true, false, false, false, false, false, false, true);

    public MapOptions withLegend(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, on, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels);
    }

    public MapOptions withAnnotations(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events,
                eventLabels, on, countryLabels);
    }

    public MapOptions withEventLabels(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events,
                on, annotations, countryLabels);
    }

    public MapOptions withDecorations(boolean scale, boolean north) {
        return new MapOptions(graticule, scale, north, attribution, legend, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels);
    }

    public MapOptions withCrossings(boolean symbols, boolean labels) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, symbols, labels, events,
                eventLabels, annotations, countryLabels);
    }

    public MapOptions withEvents(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, on,
                eventLabels, annotations, countryLabels);
    }

    public MapOptions withAttribution(boolean on) {
        return new MapOptions(graticule, scaleBar, northArrow, on, legend, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels);
    }

    public MapOptions withGraticule(boolean on) {
        return new MapOptions(on, scaleBar, northArrow, attribution, legend, crossings, crossingLabels, events,
                eventLabels, annotations, countryLabels);
    }
}
