package org.borderwatch.slides;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.LegendEntry;
import org.borderwatch.render.MapComposition;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The alternative text of a slide's pictures, what a screen reader reads and PowerPoint shows as
 * a picture's description: for a map, the border, the day, every crossing it shows with its
 * status, its insets and how many events it marks; for the legend, its entries; for the locator,
 * what its frames mean. Pure.
 */
final class SlideAltText {
    private SlideAltText() {
    }

    /** "Map of the Finland–Russia border on Thu 30 Nov 2023. Crossings: Vaalimaa closed, … Inset A: …". */
    static String panel(Slide slide, SlideLayout layout, int i) {
        MapPanel p = layout.panels().get(i);
        Envelope area = p.view().envelope();
        StringBuilder sb = new StringBuilder("Map of the ").append(p.extent().label()).append(" area on ")
                .append(slide.day()).append('.');
        List<String> crossings = new ArrayList<>();
        for (CrossingStatus cs : slide.crossings()) {
            Coordinate c = MapProjection.forward(cs.crossing().location().lon(), cs.crossing().location().lat());
            if (area.contains(c)) {
                crossings.add(cs.crossing().name() + " " + cs.status().label().toLowerCase(Locale.ROOT));
            }
        }
        sb.append(crossings.isEmpty() ? " No crossings in view." : " Crossings: " + String.join(", ", crossings) + ".");
        for (MapComposition.Inset inset : p.composition().insets()) {
            sb.append(" Inset ").append(inset.inset().letter()).append(" enlarges ").append(inset.inset().title())
                    .append('.');
        }
        long events = slide.events().stream().filter(e -> e.location() != null
                && area.contains(MapProjection.forward(e.location().lon(), e.location().lat()))).count();
        if (events > 0) {
            sb.append(' ').append(events).append(events == 1 ? " event" : " events").append(" marked (")
                    .append(Character.toLowerCase(slide.windowLabel().charAt(0))).append(slide.windowLabel().substring(1))
                    .append(").");
        }
        return sb.toString();
    }

    /** "Legend: Border line; Road; Rail; Closed; …". */
    static String legend(SlideLayout layout) {
        List<String> parts = new ArrayList<>();
        for (LegendEntry e : layout.legendEntries()) {
            parts.add(e.section() == LegendEntry.Section.KEY ? e.code() + " = " + e.label() : e.label());
        }
        return "Legend: " + String.join("; ", parts) + ".";
    }

    /** What the locator shows. */
    static String locator(SlideLayout layout) {
        return "Locator map of northern Europe; the red " + (layout.panels().size() > 1 ? "frames mark the areas of the maps."
                : "frame marks the area of the map.");
    }
}
