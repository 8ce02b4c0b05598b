package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled seed data, loaded the way a first start loads it, answers as the fact sheet says. */
class SeedDataTest {
    @TempDir
    static Path dir;

    private static SituationData data;

    @BeforeAll
    static void firstStart() throws Exception {
        try (SqliteStore store = SqliteStore.openOrCreateSeeded(dir.resolve("first/borderwatch.db"))) {
            data = store.loadSituationData();
        }
    }

    private static Status status(String crossingId, String date) {
        Situation s = SituationAt.compute(data, LocalDate.parse(date), TimeWindow.DEFAULT);
        return s.statusOf(crossingId).orElseThrow(() -> new AssertionError("no crossing " + crossingId)).status();
    }

    private static Map<String, Status> finnishRoadCrossings(String date) {
        return SituationAt.compute(data, LocalDate.parse(date), TimeWindow.DEFAULT).crossings().stream()
                .filter(c -> c.crossing().border() == Border.FI_RU)
                .filter(c -> c.crossing().type() == CrossingType.ROAD || c.crossing().type() == CrossingType.ROAD_RAIL)
                .collect(Collectors.toMap(c -> c.crossing().id(), CrossingStatus::status));
    }

    @Test
    void aFirstStartCreatesAndSeedsTheDatabaseOnce() throws Exception {
        Path db = dir.resolve("again.db");
        Counts first;
        try (SqliteStore store = SqliteStore.openOrCreateSeeded(db)) {
            first = store.counts();
        }
        assertTrue(first.crossings() >= 20, first.toString());
        assertTrue(first.events() >= 60, first.toString());
        assertTrue(first.intervals() >= first.crossings(), first.toString());
        try (SqliteStore store = SqliteStore.openOrCreateSeeded(db)) {
            assertEquals(first, store.counts(), "a second start does not seed again");
        }
    }

    @Test
    void bothBordersAreThere() {
        assertTrue(data.crossings().stream().anyMatch(c -> c.border() == Border.FI_RU));
        assertTrue(data.crossings().stream().anyMatch(c -> c.border() == Border.PL_BY));
        assertEquals(Border.FI_RU, data.crossings().get(0).border(), "Finland first, then Poland");
        for (String id : List.of("fi-vaalimaa", "fi-nuijamaa", "fi-imatra", "fi-niirala", "fi-vartius", "fi-kuusamo",
                "fi-salla", "fi-raja-jooseppi", "fi-vainikkala", "pl-terespol-road", "pl-kuznica-road", "pl-bobrowniki")) {
            assertNotNull(data.crossing(id), id);
        }
    }

    @Test
    void on26November2023OnlyRajaJooseppiWasOpenAmongTheFinnishRoadCrossings() {
        Map<String, Status> road = finnishRoadCrossings("2023-11-26");
        assertEquals(Status.OPEN, road.get("fi-raja-jooseppi"));
        road.forEach((id, st) -> {
            if (!id.equals("fi-raja-jooseppi")) {
                assertEquals(Status.CLOSED, st, id);
            }
        });
    }

    @Test
    void from30November2023EveryFinnishRoadCrossingWasClosed() {
        for (String date : List.of("2023-11-30", "2023-12-13", "2024-06-01", "2025-11-20")) {
            finnishRoadCrossings(date).forEach((id, st) -> assertEquals(Status.CLOSED, st, id + " on " + date));
        }
        assertFalse(status("fi-vainikkala", "2023-12-01") == Status.CLOSED, "rail freight via Vainikkala went on");
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        // Finland: closures of November 2023, the one-day reopening of December 2023
        "fi-vaalimaa,      2023-11-17, OPEN",
        "fi-vaalimaa,      2023-11-18, CLOSED",
        "fi-niirala,       2023-11-17, OPEN",
        "fi-niirala,       2023-11-18, CLOSED",
        "fi-vaalimaa,      2023-12-13, CLOSED",
        "fi-vaalimaa,      2023-12-14, OPEN",
        "fi-niirala,       2023-12-14, OPEN",
        "fi-vaalimaa,      2023-12-16, CLOSED",
        "fi-vartius,       2023-11-23, OPEN",
        "fi-vartius,       2023-11-24, CLOSED",
        "fi-raja-jooseppi, 2023-11-29, OPEN",
        "fi-raja-jooseppi, 2023-11-30, CLOSED",
        "fi-imatra,        2022-06-30, RESTRICTED",
        "fi-imatra,        2022-07-01, OPEN",
        "fi-vainikkala,    2024-01-01, RESTRICTED",
        // Poland: Kuźnica 2021, Bobrowniki 2023, Zapad-2025, reopening of November 2025
        "pl-kuznica-road,  2021-11-08, OPEN",
        "pl-kuznica-road,  2021-11-09, CLOSED",
        "pl-terespol-road, 2022-05-01, OPEN",
        "pl-bobrowniki,    2023-02-09, OPEN",
        "pl-bobrowniki,    2023-02-10, CLOSED",
        "pl-terespol-road, 2025-09-11, OPEN",
        "pl-terespol-road, 2025-09-12, CLOSED",
        "pl-terespol-road, 2025-09-15, CLOSED",
        "pl-terespol-road, 2025-09-25, OPEN",
        "pl-kuznica-road,  2025-11-16, CLOSED",
        "pl-kuznica-road,  2025-11-17, RESTRICTED",
        "pl-kuznica-road,  2025-11-20, RESTRICTED",
        "pl-bobrowniki,    2025-11-20, RESTRICTED",
    })
    void statusOnADayAsTheFactSheetSays(String crossing, String date, Status expected) {
        assertEquals(expected, status(crossing, date));
    }

    @Test
    void theNewsOfLateNovember2023IsOnTheTimeline() {
        Situation s = SituationAt.compute(data, LocalDate.of(2023, 11, 30), TimeWindow.lastDays(14));
        String titles = s.events().stream().map(e -> e.date() + " " + e.title()).collect(Collectors.joining("\n"));
        assertTrue(s.events().stream().anyMatch(e -> e.date().equals(LocalDate.of(2023, 11, 28))
                && e.title().contains("Siewiera")), titles);
        assertTrue(s.events().stream().anyMatch(e -> e.date().equals(LocalDate.of(2023, 11, 20))
                && e.title().contains("Niinistö")), titles);
        assertTrue(s.events().stream().anyMatch(e -> e.date().equals(LocalDate.of(2023, 11, 29))), titles);
    }

    @Test
    void searchFindsSeedEventsWithoutDiacritics() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("first/borderwatch.db"))) {
            assertFalse(store.search("kuznica", 20).isEmpty());
            assertTrue(store.search("kuznica", 20).stream().anyMatch(h -> h.event().title().contains("Kuźnica")
                    || h.event().summary().contains("Kuźnica")));
            assertTrue(store.search("siewiera advisers", 5).get(0).event().date().equals(LocalDate.of(2023, 11, 28)));
            assertFalse(store.search("niinisto", 5).isEmpty());
        }
    }

    @Test
    void theSeedSurvivesAnExportImportRoundTripByteForByte() throws Exception {
        byte[] first;
        try (SqliteStore store = SqliteStore.open(dir.resolve("first/borderwatch.db"))) {
            first = TestBundles.export(store);
        }
        Path file = Files.write(dir.resolve("seed-export.json"), first);
        try (SqliteStore empty = SqliteStore.open(dir.resolve("empty.db"))) {
            empty.importBundle(file);
            assertArrayEquals(first, TestBundles.export(empty));
        }
    }

    @Test
    void anInvalidSeedLeavesNoDatabaseBehind() {
        Path db = dir.resolve("broken/borderwatch.db");
        byte[] bad = "{\"format\": \"borderwatch\", \"events\": [{\"id\": \"x\"}]}".getBytes(StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.openOrCreateSeeded(db,
                List.of(new BundleInput("data/events.json", () -> new ByteArrayInputStream(bad)))));
        assertTrue(e.getMessage().contains("The bundled seed data is invalid"), e.getMessage());
        assertTrue(e.getMessage().contains("data/events.json: /events/0/date"), e.getMessage());
        assertFalse(Files.exists(db));
    }
}
