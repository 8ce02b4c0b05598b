package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.WholeWindows;
import org.borderwatch.geo.MapProjection;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A slide reads only the events of the box {@link SlideScope#geoBox} gives, so that box must hold
 * every place the slide's extent holds — at the presets, at a crossing's scale and at a
 * continent's — or else an event on the slide's edge would be missing from it.
 */
class SlideScopeTest {
    /** Every point of a 60 × 60 grid over the extent, its edges included, in degrees. */
    private static List<GeoPoint> grid(Envelope area) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i <= 60; i++) {
            for (int j = 0; j <= 60; j++) {
                Coordinate c = MapProjection.inverse(area.getMinX() + area.getWidth() * i / 60,
                        area.getMinY() + area.getHeight() * j / 60);
                points.add(new GeoPoint(c.y, c.x));
            }
        }
        return points;
    }

    private static void holdsTheWholeExtent(Envelope area) {
        SlideScope scope = new SlideScope(area, List.of());
        GeoBox box = scope.geoBox();
        assertNotNull(box, area.toString());
        double west = 180;
        double east = -180;
        double south = 90;
        double north = -90;
        for (GeoPoint p : grid(area)) {
            assertTrue(box.contains(p), p + " lies in " + area + " but not in " + box);
            west = Math.min(west, p.lon());
            east = Math.max(east, p.lon());
            south = Math.min(south, p.lat());
            north = Math.max(north, p.lat());
        }
        // and not much more: the extent's bounds in degrees with a small margin
        assertTrue(box.west() > west - 0.1 && box.east() < east + 0.1 && box.south() > south - 0.1
                && box.north() < north + 0.1, "a tight box: " + box + " for " + west + "…" + east + " × " + south + "…" + north);
    }

    @Test
    void theBoxOfEveryPresetHoldsEveryPlaceOfItsExtent() {
        for (ViewPreset preset : ViewPreset.values()) {
            holdsTheWholeExtent(SlideExtent.of(preset).envelope());
        }
    }

    @Test
    void theBoxOfExtentsFromACrossingToAContinentHoldsEveryPlaceOfThem() {
        Random random = new Random(7);
        for (int k = 0; k < 200; k++) {
            Coordinate c = MapProjection.forward(14 + random.nextDouble() * 20, 48 + random.nextDouble() * 20);
            double half = Math.pow(10, 2 + random.nextDouble() * 4);
            double aspect = 0.4 + random.nextDouble() * 1.6;
            holdsTheWholeExtent(new Envelope(c.x - half, c.x + half, c.y - half * aspect, c.y + half * aspect));
        }
    }

    @Test
    void anExtentOverThePoleHasNoBoxAndSoReadsEverything() {
        Coordinate pole = MapProjection.forward(0, 90);
        SlideScope scope = new SlideScope(new Envelope(pole.x - 5e5, pole.x + 5e5, pole.y - 5e5, pole.y + 5e5), List.of());
        assertNull(scope.geoBox());
    }

    @Test
    void aSlideReadsEveryEventItsMapsShowBeyondItsExtent() {
        SituationData seed = SlideFixtures.data();
        String source = seed.sources().keySet().iterator().next();
        LocalDate day = LocalDate.of(2023, 11, 30);
        List<Event> grid = new ArrayList<>();
        for (double lon = 12; lon <= 42; lon += 0.25) {
            for (double lat = 46; lat <= 72; lat += 0.2) {
                grid.add(new Event(String.format(java.util.Locale.ROOT, "grid-%.2f-%.2f", lon, lat), day, DatePrecision.DAY,
                        "Event", "", Category.MIGRATION, Border.PL_BY, null, new GeoPoint(lat, lon), null, List.of(source),
                        List.of(), java.util.Map.of()));
            }
        }
        grid.sort(java.util.Comparator.comparing(Event::id));
        SituationData data = new SituationData(seed.crossings(), seed.allIntervals(), grid, seed.sources().values().stream().toList());
        // the reference reads the whole window, whatever box it is asked for
        EventSource whole = WholeWindows.of(data);
        for (ViewPreset preset : ViewPreset.values()) {
            for (SlideSize size : List.of(SlideSize.WIDE, SlideSize.STANDARD)) {
                SlideSpec spec = SlideSpec.of("Test", day, preset).withSize(size);
                Slide expected = Slide.compose(spec, data, whole, SlideFixtures.map(), List.of(), List.of(), null);
                Slide read = Slide.compose(spec, data, data, SlideFixtures.map(), List.of(), List.of(), null);
                int shown = 0;
                for (SlideLayoutBuilder.PanelFrame f : SlideLayoutBuilder.frames(spec, size.widthPx(), size.heightPx())) {
                    List<String> onMap = onMap(expected, f);
                    assertEquals(onMap, onMap(read, f), preset + " " + size.code() + ": the events on the panel's map");
                    shown += onMap.size();
                }
                assertTrue(shown > 100, preset + ": events on the maps: " + shown);
                assertTrue(read.situation().events().size() < expected.situation().events().size(),
                        preset + ": fewer events read than the window holds");
                assertEquals(expected.events().stream().map(Event::id).toList(), read.events().stream().map(Event::id).toList(),
                        preset + " " + size.code() + ": the events listed");
            }
        }
    }

    private static List<String> onMap(Slide slide, SlideLayoutBuilder.PanelFrame f) {
        return slide.situation().events().stream().filter(e -> e.location() != null)
                .filter(e -> f.view().envelope().contains(MapProjection.forward(e.location().lon(), e.location().lat())))
                .map(Event::id).toList();
    }
}
