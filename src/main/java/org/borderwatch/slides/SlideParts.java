package org.borderwatch.slides;

/**
 * Which parts a slide shows besides its title and map. All on by default except event labels
 * (which crowd a map of a busy month).
 *
 * @param legend       the legend of symbols and colours
 * @param scaleBar     a scale bar true at the map's centre
 * @param northArrow   an arrow to true north
 * @param dateStamp    "Situation as of Thu 30 Nov 2023" and the event window
 * @param locatorInset a small map of the whole region with the slide's extent outlined (left out
 *                     when the slide already shows most of the region)
 * @param annotations  the analysts' annotations valid on the date
 * @param eventLabels  a short title beside each event symbol
 * @param sources      the sources block: every source behind what the slide shows, and the map
 *                     data attribution (when off, the attribution is printed on the map instead)
 */
public record SlideParts(boolean legend, boolean scaleBar, boolean northArrow, boolean dateStamp,
                         boolean locatorInset, boolean annotations, boolean eventLabels, boolean sources) {
    /** The default: everything but event labels. */
    public static final SlideParts DEFAULT = new SlideParts(true, true, true, true, true, true, false, true);
    /** The map and its title only. */
    public static final SlideParts MAP_ONLY = new SlideParts(false, false, false, false, false, false, false, false);

    public SlideParts withLegend(boolean on) {
        return new SlideParts(on, scaleBar, northArrow, dateStamp, locatorInset, annotations, eventLabels, sources);
    }

    public SlideParts withScaleBar(boolean on) {
        return new SlideParts(legend, on, northArrow, dateStamp, locatorInset, annotations, eventLabels, sources);
    }

    public SlideParts withNorthArrow(boolean on) {
        return new SlideParts(legend, scaleBar, on, dateStamp, locatorInset, annotations, eventLabels, sources);
    }

    public SlideParts withDateStamp(boolean on) {
        return new SlideParts(legend, scaleBar, northArrow, on, locatorInset, annotations, eventLabels, sources);
    }

    public SlideParts withLocatorInset(boolean on) {
        return new SlideParts(legend, scaleBar, northArrow, dateStamp, on, annotations, eventLabels, sources);
    }

    public SlideParts withAnnotations(boolean on) {
        return new SlideParts(legend, scaleBar, northArrow, dateStamp, locatorInset, on, eventLabels, sources);
    }

    public SlideParts withEventLabels(boolean on) {
        return new SlideParts(legend, scaleBar, northArrow, dateStamp, locatorInset, annotations, on, sources);
    }

    public SlideParts withSources(boolean on) {
        return new SlideParts(legend, scaleBar, northArrow, dateStamp, locatorInset, annotations, eventLabels, on);
    }

    /** True when the side panel has anything to show (legend, sources or locator). */
    public boolean hasSidePanel() {
        return legend || sources || locatorInset;
    }
}
