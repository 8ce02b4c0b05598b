package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreEngine.class)
class UpsertEventsTest {
    @Parameter
    StoreEngine engine;

    @TempDir
    Path dir;

    static Event event(int i, String title) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("fatalities", String.valueOf(i % 3));
        attributes.put("event_type", "Protests");
        return new Event("acled:" + i, LocalDate.of(2022, 1, 1).plusDays(i % 1400), DatePrecision.DAY, title,
                "Summary " + i, Category.PROTEST, Border.PL_BY, null, new GeoPoint(52 + (i % 100) / 100.0, 23.5),
                "Place " + i, List.of("acled"), List.of("acled"), attributes);
    }

    @Test
    void addsThenUpdatesThenLeavesUnchangedEventsAlone() throws Exception {
        try (Store store = engine.open(dir, "u.db")) {
            store.upsertSources(List.of(new Source("acled", "ACLED data export", null, "ACLED")));
            List<Event> batch = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                batch.add(event(i, "Protest " + i));
            }
            assertEquals(new ImportCounts(1200, 0, 0), store.upsertEvents(batch));
            assertEquals(new ImportCounts(0, 0, 1200), store.upsertEvents(batch));
            batch.set(700, event(700, "Demonstration seven hundred"));
            assertEquals(new ImportCounts(0, 1, 1199), store.upsertEvents(batch));
            assertEquals(1200, store.counts().events());
            assertEquals(batch.get(700), store.loadSituationData().events().stream()
                    .filter(e -> e.id().equals("acled:700")).findFirst().orElseThrow());
            assertEquals(List.of("acled:700"), store.search("demonstration", 5).stream().map(h -> h.event().id()).toList());
            assertTrue(store.search("protest 700", 5).stream().noneMatch(h -> h.event().id().equals("acled:700")));
        }
    }

    @Test
    void anEventCitingAnUnknownSourceOrCrossingIsRefusedAndNothingIsWritten() throws Exception {
        try (Store store = engine.open(dir, "u.db")) {
            store.upsertSources(List.of(new Source("acled", "ACLED data export", null, "ACLED")));
            Event good = event(1, "Fine");
            Event badSource = new Event("x", LocalDate.of(2023, 1, 1), null, "Bad", null, Category.OTHER, Border.OTHER,
                    null, null, null, List.of("nope"), null, null);
            StoreException e = assertThrows(StoreException.class, () -> store.upsertEvents(List.of(good, badSource)));
            assertTrue(e.getMessage().contains("event x cites source nope, which is not in the store"), e.getMessage());
            Event badCrossing = new Event("y", LocalDate.of(2023, 1, 1), null, "Bad", null, Category.OTHER, Border.PL_BY,
                    "pl-nowhere", null, null, List.of("acled"), null, null);
            e = assertThrows(StoreException.class, () -> store.upsertEvents(List.of(good, badCrossing)));
            assertTrue(e.getMessage().contains("names crossing pl-nowhere"), e.getMessage());
            assertEquals(0, store.counts().events());
        }
    }
}
