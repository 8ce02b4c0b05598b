package org.borderwatch.slides;

import static org.borderwatch.slides.SlideFixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;

class DeckPlannerTest {
    private static final SlideSpec FINLAND = SlideSpec.of("Finland–Russia crossings", d("2023-11-16"), ViewPreset.FINLAND);
    private static final SlideSpec POLAND = SlideSpec.of("Poland–Belarus crossings", d("2023-11-16"), ViewPreset.POLAND);

    @Test
    void everySevenDaysGivesOneSlidePerStepFromTheStartDate() {
        DeckPlan plan = DeckPlanner.plan(SlideFixtures.data(), FINLAND, d("2023-11-16"), d("2023-12-20"),
                DeckRule.parseStep("7d"), false);
        assertEquals(List.of(d("2023-11-16"), d("2023-11-23"), d("2023-11-30"), d("2023-12-07"), d("2023-12-14")),
                plan.steps().stream().map(DeckStep::date).toList());
        assertEquals("Crossings in view: 5 open, 1 restricted", plan.steps().get(0).caption());
        assertEquals("Since 16 Nov: Vaalimaa, Nuijamaa, Imatra, Niirala: closed (was open)",
                plan.steps().get(1).caption());
        assertEquals("No change in crossing status since 30 Nov", plan.steps().get(3).caption());
    }

    @Test
    void statusChangesGiveOneSlidePerDayOnWhichAStatusChanged() {
        DeckPlan plan = DeckPlanner.plan(SlideFixtures.data(), FINLAND, d("2023-11-16"), d("2023-12-20"),
                DeckRule.changes(), false);
        assertEquals(List.of(d("2023-11-18"), d("2023-11-24"), d("2023-12-14"), d("2023-12-16")),
                plan.steps().stream().map(DeckStep::date).toList());
        assertEquals("Vartius: closed (was open)", plan.steps().get(1).caption());
        assertEquals("Vaalimaa, Niirala: open (was closed)", plan.steps().get(2).caption());
    }

    @Test
    void eventsGiveOneSlidePerEventInTheExtentHighlightingIt() {
        DeckPlan fi = DeckPlanner.plan(SlideFixtures.data(), FINLAND, d("2023-11-16"), d("2023-12-20"),
                DeckRule.events(), false);
        assertEquals(8, fi.steps().size());
        assertEquals("2023-11-18-fi-closure", fi.steps().get(1).eventId());
        assertEquals("Vaalimaa, Nuijamaa, Imatra and Niirala closed", fi.steps().get(1).caption());
        DeckPlan pl = DeckPlanner.plan(SlideFixtures.data(), POLAND, d("2023-11-16"), d("2023-12-20"),
                DeckRule.events(), false);
        assertEquals(0, pl.steps().size(), "Finnish events are not on a deck of the Polish border");
    }

    @Test
    void skippingUnchangedStepsKeepsOnlyDaysWithNews() {
        DeckPlan all = DeckPlanner.plan(SlideFixtures.data(), FINLAND, d("2023-12-01"), d("2023-12-10"),
                DeckRule.every(1), false);
        DeckPlan skipped = DeckPlanner.plan(SlideFixtures.data(), FINLAND, d("2023-12-01"), d("2023-12-10"),
                DeckRule.every(1), true);
        assertEquals(10, all.steps().size());
        assertEquals(1, skipped.steps().size());
        DeckPlan busy = DeckPlanner.plan(SlideFixtures.data(), FINLAND, d("2023-11-16"), d("2023-11-20"),
                DeckRule.every(1), true);
        assertEquals(List.of(d("2023-11-16"), d("2023-11-18")), busy.steps().stream().map(DeckStep::date).toList());
        assertNull(busy.steps().get(0).eventId());
    }

    @Test
    void stepsLongerThanAMonthAreCheckedForNewsAMonthAtATime() {
        org.borderwatch.domain.SituationData data = SlideFixtures.data();
        List<Long> windows = new java.util.ArrayList<>();
        org.borderwatch.domain.EventSource counted = new org.borderwatch.domain.EventSource() {
            @Override
            public List<org.borderwatch.domain.Event> eventsBetween(java.time.LocalDate from, java.time.LocalDate to) {
                windows.add(java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1);
                return data.eventsBetween(from, to);
            }
        };
        DeckPlan quarterly = DeckPlanner.plan(data, counted, FINLAND, d("2023-01-01"), d("2024-12-31"), DeckRule.every(91), true);
        assertTrue(!windows.isEmpty() && windows.stream().allMatch(days -> days <= 31), "days read at once: " + windows);
        // the steps kept are those after which a status changed or an event of the extent came, read whole
        DeckPlan all = DeckPlanner.plan(data, FINLAND, d("2023-01-01"), d("2024-12-31"), DeckRule.every(91), false);
        SlideScope scope = new SlideScope(FINLAND.extent().envelope(), data.crossings());
        List<java.time.LocalDate> expected = new java.util.ArrayList<>(List.of(all.steps().get(0).date()));
        for (DeckStep step : all.steps().subList(1, all.steps().size())) {
            java.time.LocalDate last = expected.get(expected.size() - 1);
            boolean news = !step.caption().startsWith("No change")
                    || data.eventsBetween(last.plusDays(1), step.date()).stream().anyMatch(scope::concerns);
            if (news) {
                expected.add(step.date());
            }
        }
        assertEquals(expected, quarterly.steps().stream().map(DeckStep::date).toList());
        assertTrue(quarterly.steps().size() > 1 && quarterly.steps().size() < all.steps().size(),
                quarterly.steps().size() + " of " + all.steps().size() + " steps kept");
    }

    @Test
    void badRangesAndStepsAreRefusedWithAReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> DeckPlanner.plan(SlideFixtures.data(), FINLAND,
                d("2023-12-20"), d("2023-11-16"), DeckRule.every(7), false));
        assertTrue(e.getMessage().contains("before the start date"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DeckPlanner.plan(SlideFixtures.data(), FINLAND,
                d("2020-01-01"), d("2023-12-31"), DeckRule.every(1), false));
        assertTrue(e.getMessage().contains("more than 500"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeckRule.parseStep("seven"));
        assertEquals(14, DeckRule.parseStep("2w").days());
    }

    @Test
    void theTitleSlideSaysRangeRuleAndArea() {
        DeckPlan plan = DeckPlanner.plan(SlideFixtures.data(), FINLAND, d("2023-11-16"), d("2023-12-20"),
                DeckRule.changes(), false);
        assertEquals("16 Nov 2023 – 20 Dec 2023 · one slide per status change · Finland–Russia", plan.subtitle());
        assertEquals(d("2023-11-24"), plan.specFor(plan.steps().get(1)).date());
        assertEquals("Vartius: closed (was open)", plan.specFor(plan.steps().get(1)).subtitle());
    }
}
