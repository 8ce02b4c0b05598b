package org.borderwatch.slides;

import java.time.LocalDate;

/**
 * One slide of a deck: its date, the line under its title (what happened), and the event it is
 * about when the deck has a slide per event.
 *
 * @param date    the day the slide shows
 * @param caption the slide's subtitle, e.g. "Vaalimaa, Niirala: open (was closed)"; may be empty
 * @param eventId the event the slide is about (highlighted on the map), or {@code null}
 */
public record DeckStep(LocalDate date, String caption, String eventId) {
    public DeckStep {
        if (date == null) {
            throw new IllegalArgumentException("a deck step needs a date");
        }
        caption = caption == null ? "" : caption;
    }
}
