package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.SituationData;
import org.borderwatch.render.ViewPreset;
import org.junit.jupiter.api.Test;

/** The speaker notes of a slide whose window holds many events stay a note a briefer can read. */
class DeckNotesTest {
    @Test
    void aCrowdedWindowIsCountedByCategoryAndItsLatestEventsListedWithTheSlidesOwn() {
        SituationData base = SlideFixtures.data();
        List<Event> events = new ArrayList<>(base.events());
        LocalDate first = LocalDate.of(2023, 11, 2);
        for (int i = 0; i < 250; i++) {
            Category c = i % 5 == 0 ? Category.PROTEST : Category.INCIDENT;
            events.add(new Event(String.format("gen-%03d", i), first.plusDays(i / 10), DatePrecision.DAY,
                    String.format("Patrol report %03d", i), "Tracks seen near the fence.", c, Border.FI_RU, null,
                    new GeoPoint(60.62, 27.85), "Vaalimaa", List.of("F62"), List.of(), Map.of()));
        }
        SituationData data = new SituationData(base.crossings(), base.allIntervals(), events,
                List.copyOf(base.sources().values()));
        SlideSpec spec = SlideSpec.of("Eastern border", LocalDate.of(2023, 11, 30), ViewPreset.FINLAND);
        Slide slide = Slide.compose(spec, data, SlideFixtures.map(), List.of(), List.of(), "gen-003");
        int shown = slide.events().size();
        assertTrue(shown > DeckNotes.LISTED_EVENTS, "the window holds " + shown + " events");

        String notes = DeckNotes.forSlide(slide, List.of());
        assertTrue(notes.contains(String.format("Events (%d; the latest %d listed):", shown, DeckNotes.LISTED_EVENTS)),
                notes);
        assertTrue(notes.contains("Protest 50"), "every event counted by category: " + notes);
        assertTrue(notes.contains("Patrol report 003 (this slide)"), "the slide's own event, though early: " + notes);
        assertTrue(notes.contains("Patrol report 249"), "the latest event: " + notes);
        assertFalse(notes.contains("Patrol report 010"), "an early event beyond the list: " + notes);
        long listed = notes.lines().filter(l -> l.matches("• \\d{1,2} \\w{3} 2023 — .*")).count();
        assertEquals(DeckNotes.LISTED_EVENTS + 1, listed, "the latest events and the slide's own: " + notes);
    }
}
