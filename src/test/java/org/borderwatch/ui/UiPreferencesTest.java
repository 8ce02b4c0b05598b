package org.borderwatch.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.borderwatch.domain.TimeWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("org/borderwatch-test/" + UUID.randomUUID());
    private final UiPreferences prefs = new UiPreferences(node);

    @AfterEach
    void remove() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersTheDayAndTheEventWindow() {
        assertNull(prefs.date());
        assertEquals(TimeWindow.DEFAULT, prefs.window());
        prefs.saveDate(LocalDate.of(2023, 11, 30));
        prefs.saveWindow(TimeWindow.since(LocalDate.of(2021, 8, 1)));
        UiPreferences again = new UiPreferences(node);
        assertEquals(LocalDate.of(2023, 11, 30), again.date());
        assertEquals(TimeWindow.since(LocalDate.of(2021, 8, 1)), again.window());
        prefs.saveWindow(TimeWindow.lastDays(7));
        assertEquals(TimeWindow.lastDays(7), again.window());
    }

    @Test
    void aDamagedEntryFallsBackToTheDefault() {
        node.put("timeline.date", "30.11.2023");
        node.put("timeline.window", "last:zero");
        assertNull(prefs.date());
        assertEquals(TimeWindow.DEFAULT, prefs.window());
        node.put("timeline.window", "last:0");
        assertEquals(TimeWindow.DEFAULT, prefs.window(), "a window of no days is refused");
    }
}
