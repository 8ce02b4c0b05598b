package org.borderwatch.domain;

import static org.borderwatch.domain.FinnishClosuresFixture.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.domain.SituationDiff.StatusChange;
import org.junit.jupiter.api.Test;

class SituationDiffTest {
    private final SituationData data = FinnishClosuresFixture.data();

    private static List<String> describe(List<StatusChange> changes) {
        return changes.stream().map(c -> c.date() + " " + c.crossing().name() + " " + c.before() + "→" + c.after()).toList();
    }

    @Test
    void weekBeforeTheFullClosureListsTheFinnishClosuresInOrder() {
        SituationDiff diff = SituationDiff.between(data, day(11, 23), day(11, 30));
        assertEquals(List.of(
                "2023-11-24 Vartius OPEN→CLOSED",
                "2023-11-30 Raja-Jooseppi OPEN→CLOSED"), describe(diff.statusChanges()));
        assertEquals(List.of("2023-11-24-three-closed", "2023-11-28-decision", "2023-11-30-full-closure"),
                diff.events().stream().map(Event::id).toList(), "the first day is the earlier brief's and is left out");
    }

    @Test
    void theDecemberReopeningAndReclosureAppearAsFourChanges() {
        SituationDiff diff = SituationDiff.between(data, day(12, 10), day(12, 20));
        assertEquals(List.of(
                "2023-12-14 Vaalimaa CLOSED→OPEN",
                "2023-12-14 Niirala CLOSED→OPEN",
                "2023-12-16 Vaalimaa OPEN→CLOSED",
                "2023-12-16 Niirala OPEN→CLOSED"), describe(diff.statusChanges()));
    }

    @Test
    void datesGivenTheWrongWayRoundAreSwapped() {
        SituationDiff diff = SituationDiff.between(data, day(11, 30), day(11, 15));
        assertEquals(day(11, 15), diff.from());
        assertEquals(day(11, 30), diff.to());
        assertEquals(6, diff.statusChanges().size(), "four on 18 Nov, Vartius on 24 Nov, Raja-Jooseppi on 30 Nov");
    }

    @Test
    void entriesInterleaveByDateWithStatusChangesFirst() {
        List<SituationDiff.Entry> entries = SituationDiff.between(data, day(11, 23), day(11, 30)).entries();
        assertEquals(5, entries.size());
        assertInstanceOf(StatusChange.class, entries.get(0));
        assertInstanceOf(SituationDiff.EventEntry.class, entries.get(1));
        assertEquals(day(11, 24), entries.get(1).date());
        assertInstanceOf(StatusChange.class, entries.get(3));
        assertEquals(day(11, 30), entries.get(4).date());
    }

    @Test
    void aQuietWeekIsEmpty() {
        assertTrue(SituationDiff.between(data, day(12, 20), day(12, 27)).isEmpty());
    }
}
