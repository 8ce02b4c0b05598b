package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
class SituationLoadTest {
    @Parameter
    StoreEngine engine;

    @TempDir
    Path dir;

    private static Event event(String id, LocalDate date, GeoPoint at, List<String> sources, List<String> tags,
                               Map<String, String> attributes) {
        return new Event(id, date, DatePrecision.DAY, "Title of " + id, "Summary with \"quotes\"\nand a line break",
                Category.PROTEST, Border.PL_BY, null, at, at == null ? null : "Białystok", sources, tags, attributes);
    }

    @Test
    void everyEventComesBackWholeByDateThenId() throws Exception {
        Map<String, String> unicode = new LinkedHashMap<>();
        unicode.put("location", "Брест");
        unicode.put("notes", "tab\there, \u0001 control, \uD83D\uDE80");
        LocalDate day = LocalDate.of(2023, 11, 18);
        List<Event> written = new ArrayList<>(List.of(
                event("z-last-of-day", day, new GeoPoint(52.07000000000001, 23.65), List.of("b", "a"), List.of(), Map.of()),
                event("a-first-of-day", day, null, List.of("a"), List.of("x", "y", "x2"), unicode),
                event("m-earlier", day.minusDays(400), new GeoPoint(-89.5, -179.25), List.of("a", "b"), List.of("x"),
                        Map.of("fatalities", "0")),
                event("\uD83D\uDE80-astral", day, null, List.of("b"), List.of(), Map.of()),
                event("\uFFFD-late-bmp", day, null, List.of("b"), List.of(), Map.of())));
        List<Event> back;
        try (Store store = engine.open(dir, "load.db")) {
            store.upsertSources(List.of(new Source("a", "Source A", null, null), new Source("b", "Source B", null, "B")));
            store.upsertEvents(written);
            back = store.loadSituationData().events();
        }
        written.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        assertEquals(written, back);
        assertSame(back.get(3).sourceIds(), back.get(4).sourceIds(), "equal lists are shared");
    }
}
