package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.GeoBox;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;
import org.borderwatch.domain.WholeWindows;
import org.borderwatch.geo.BaseMap;
import org.borderwatch.render.ViewPreset;
import org.borderwatch.slides.Slide;
import org.borderwatch.slides.SlideSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule "cost follows what is shown" changes no answer: the situation of every day computed
 * from crossings, intervals and the store's windowed reads equals the situation computed from a
 * snapshot of everything, on the seed data and on a store with a generated ACLED import.
 */
class WindowedSituationTest {
    @TempDir
    Path dir;

    private static int compareEveryDay(Store store, List<TimeWindow> windows, int step) throws Exception {
        SituationData everything = store.loadSituationData();
        SituationData status = store.loadStatusData();
        assertTrue(status.events().isEmpty(), "the status snapshot holds no event");
        EventSource windowed = store.eventSource();
        LocalDate[] range = everything.range();
        int compared = 0;
        for (LocalDate d = range[0].minusDays(3); !d.isAfter(range[1].plusDays(3)); d = d.plusDays(step)) {
            for (TimeWindow w : windows) {
                Situation full = SituationAt.compute(everything, d, w);
                Situation byWindow = SituationAt.compute(status, windowed, d, w);
                assertEquals(full, byWindow, d + " with " + w);
                compared++;
            }
        }
        return compared;
    }

    @Test
    void onTheSeedDataEveryDayIsTheSame() throws Exception {
        try (Store store = Store.openOrCreateSeeded(dir.resolve("seed.db"))) {
            int n = compareEveryDay(store, List.of(TimeWindow.DEFAULT, TimeWindow.lastDays(1), TimeWindow.lastDays(365),
                    TimeWindow.since(LocalDate.of(2021, 8, 1))), 1);
            assertTrue(n > 4 * 1500, "every day of 2021–2025 in four windows: " + n);
        }
    }

    @Test
    void onAGeneratedStoreEveryDayIsTheSame() throws Exception {
        try (Store store = GeneratedStores.seededWithAcled(dir, "generated.db", 8_000, 23L)) {
            compareEveryDay(store, List.of(TimeWindow.DEFAULT, TimeWindow.lastDays(7)), 1);
            compareEveryDay(store, List.of(TimeWindow.since(LocalDate.of(2022, 2, 24)), TimeWindow.lastDays(365)), 11);
        }
    }

    @Test
    void slidesReadOnlyTheEventsOfTheirExtentAndShowWhatTheWholeWindowShows() throws Exception {
        try (Store store = GeneratedStores.seededWithAcled(dir, "slides.db", 8_000, 29L)) {
            SituationData everything = store.loadSituationData();
            SituationData status = store.loadStatusData();
            BaseMap map = BaseMap.loadBundled();
            // the reference reads every event of the window and leaves the extent to the slide's own rule
            EventSource wholeWindows = WholeWindows.of(everything);
            List<Event> counted = new java.util.ArrayList<>();
            EventSource byExtent = store.eventSource();
            EventSource counting = new EventSource() {
                @Override
                public List<Event> eventsBetween(LocalDate from, LocalDate to) {
                    return eventsBetween(from, to, null);
                }

                @Override
                public List<Event> eventsBetween(LocalDate from, LocalDate to, GeoBox box) {
                    List<Event> read = byExtent.eventsBetween(from, to, box);
                    counted.addAll(read);
                    return read;
                }
            };
            int compared = 0;
            int readFromWhole = 0;
            for (LocalDate d = LocalDate.of(2021, 6, 1); d.isBefore(LocalDate.of(2025, 12, 31)); d = d.plusDays(37)) {
                for (ViewPreset view : ViewPreset.values()) {
                    SlideSpec spec = SlideSpec.of("Test", d, view);
                    Slide expected = Slide.compose(spec, status, wholeWindows, map, List.of(), List.of(), null);
                    counted.clear();
                    Slide slide = Slide.compose(spec, status, counting, map, List.of(), List.of(), null);
                    String at = d + " " + view;
                    assertEquals(expected.events(), slide.events(), at);
                    assertEquals(expected.crossings(), slide.crossings(), at);
                    assertEquals(expected.sources(), slide.sources(), at);
                    assertEquals(expected.furtherSources(), slide.furtherSources(), at);
                    assertEquals(expected.laterSources(), slide.laterSources(), at);
                    readFromWhole += counted.size() < expected.situation().events().size() ? 1 : 0;
                    compared += slide.events().isEmpty() ? 0 : 1;
                }
            }
            assertTrue(compared > 80, "slides with events compared: " + compared);
            assertTrue(readFromWhole > 60, "one frontier's slide reads fewer events than its window holds: " + readFromWhole);
        }
    }
}
