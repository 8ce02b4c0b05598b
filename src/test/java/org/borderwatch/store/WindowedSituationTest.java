package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.Situation;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.TimeWindow;
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
}
