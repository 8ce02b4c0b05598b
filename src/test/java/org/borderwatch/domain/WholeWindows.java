package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * For tests that compare a read by map extent with the whole window: a source that answers every
 * window whole, whatever box it is asked for, leaving the extent to the caller's own rule.
 */
public final class WholeWindows implements EventSource {
    private final EventSource source;

    private WholeWindows(EventSource source) {
        this.source = source;
    }

    /** {@code source}'s windows, whole. */
    public static EventSource of(EventSource source) {
        return new WholeWindows(source);
    }

    @Override
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        return source.eventsBetween(from, to);
    }

    @Override
    public List<Event> eventsBetween(LocalDate from, LocalDate to, GeoBox box) {
        return source.eventsBetween(from, to);
    }
}
