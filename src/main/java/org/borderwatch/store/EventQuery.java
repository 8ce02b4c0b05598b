package org.borderwatch.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.Category;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.GeoBox;

/**
 * Which events a windowed read asks for: those dated from {@code from} to {@code to} (both
 * included), and when given, located inside {@code extent}, of the chosen borders and categories.
 * A store answers it from its date index (the map extent tested inside the index), so the cost
 * follows the number of events in the window. Immutable.
 *
 * @param from       first day (dates before year 1 or after 9999 are read as those years' ends)
 * @param to         last day
 * @param extent     only located events inside this box (and, with {@code unlocated}, the events
 *                   without a location); {@code null} for every event, located or not
 * @param borders    borders shown (an event of {@link Border#BOTH} passes when either frontier is chosen)
 * @param categories categories shown
 * @param attributes the attributes the events come back with; {@code null} for all of them (a map
 *                   or a slide paints only a few: reading them alone costs less)
 * @param unlocated  with an {@code extent}: whether the events without a location come too (a slide
 *                   lists them by their crossing or frontier); without one, every event comes
 * @param summaries  whether the events come with their summaries; without, each summary is empty.
 *                   A map never shows them and they are most of what an event holds (a few
 *                   sentences, twice the bytes in a script other than Latin); what shows one
 *                   event reads it again whole
 */
public record EventQuery(LocalDate from, LocalDate to, GeoBox extent, Set<Border> borders, Set<Category> categories,
                         Set<String> attributes, boolean unlocated, boolean summaries) {
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public EventQuery {
        if (from == null || to == null) {
            throw new IllegalArgumentException("an event query needs a first and a last day");
        }
        borders = Collections.unmodifiableSet(borders == null ? EnumSet.allOf(Border.class)
                : borders.isEmpty() ? EnumSet.noneOf(Border.class) : EnumSet.copyOf(borders));
        categories = Collections.unmodifiableSet(categories == null ? EnumSet.allOf(Category.class)
                : categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories));
        attributes = attributes == null ? null : Set.copyOf(attributes);
        unlocated = unlocated && extent != null;
    }

    /** Every event dated from {@code from} to {@code to}. */
    public static EventQuery between(LocalDate from, LocalDate to) {
        return new EventQuery(from, to, null, null, null, null, false, true);
    }

    /** Every event of the store. */
    public static EventQuery everything() {
        return between(FIRST, LAST);
    }

    /** The same, only located events inside {@code box} ({@code null}: everywhere). */
    public EventQuery within(GeoBox box) {
        return new EventQuery(from, to, box, borders, categories, attributes, false, summaries);
    }

    /**
     * The same, only events that may show in {@code box}: those located inside it and every one
     * without a location ({@code null}: everywhere).
     */
    public EventQuery withinOrUnlocated(GeoBox box) {
        return new EventQuery(from, to, box, borders, categories, attributes, box != null, summaries);
    }

    /** The same, of {@code chosen} borders only. */
    public EventQuery withBorders(Set<Border> chosen) {
        return new EventQuery(from, to, extent, chosen, categories, attributes, unlocated, summaries);
    }

    /** The same, of {@code chosen} categories only. */
    public EventQuery withCategories(Set<Category> chosen) {
        return new EventQuery(from, to, extent, borders, chosen, attributes, unlocated, summaries);
    }

    /** The same filters over other days. */
    public EventQuery withDays(LocalDate first, LocalDate last) {
        return new EventQuery(first, last, extent, borders, categories, attributes, unlocated, summaries);
    }

    /** The same events, each with only the attributes named in {@code names} that it has ({@code null}: all). */
    public EventQuery keepingAttributes(Set<String> names) {
        return new EventQuery(from, to, extent, borders, categories, names, unlocated, summaries);
    }

    /** The same events without their summaries (each empty): what a map holds of them. */
    public EventQuery withoutSummaries() {
        return new EventQuery(from, to, extent, borders, categories, attributes, unlocated, false);
    }

    /**
     * {@code e} as this query returns it: itself when all of it is asked for, else a copy with only
     * the attributes named in {@link #attributes} (in the event's order) and, without
     * {@link #summaries}, an empty summary.
     */
    public Event trimmed(Event e) {
        boolean allAttributes = attributes == null || attributes.containsAll(e.attributes().keySet());
        if (allAttributes && (summaries || e.summary().isEmpty())) {
            return e;
        }
        Map<String, String> kept = e.attributes();
        if (!allAttributes) {
            kept = new LinkedHashMap<>();
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                if (attributes.contains(a.getKey())) {
                    kept.put(a.getKey(), a.getValue());
                }
            }
        }
        return new Event(e.id(), e.date(), e.datePrecision(), e.title(), summaries ? e.summary() : "", e.category(),
                e.border(), e.crossingId(), e.location(), e.place(), e.sourceIds(), e.tags(), kept);
    }

    /** Whether the query lets every border and category through. */
    public boolean allKinds() {
        return borders.size() == Border.values().length && categories.size() == Category.values().length;
    }

    /** Whether {@code e} is one of the events asked for: the rule every store applies. */
    public boolean matches(Event e) {
        if (e.date().isBefore(firstDay()) || e.date().isAfter(lastDay())) {
            return false;
        }
        if (extent != null && (e.location() == null ? !unlocated : !extent.contains(e.location()))) {
            return false;
        }
        return borderPasses(e.border()) && categories.contains(e.category());
    }

    /** Whether an event of {@code b} passes the border choice. */
    public boolean borderPasses(Border b) {
        return borders.contains(b) || b == Border.BOTH && (borders.contains(Border.FI_RU) || borders.contains(Border.PL_BY));
    }

    /** The borders whose events pass ({@link #borderPasses}), for a query's {@code border IN (…)}. */
    public java.util.EnumSet<Border> bordersShown() {
        java.util.EnumSet<Border> shown = java.util.EnumSet.noneOf(Border.class);
        for (Border b : Border.values()) {
            if (borderPasses(b)) {
                shown.add(b);
            }
        }
        return shown;
    }

    /** {@link #from}, clamped to the years a store's date text holds (1 … 9999). */
    public LocalDate firstDay() {
        return from.isBefore(FIRST) ? FIRST : from.isAfter(LAST) ? LAST.plusDays(1) : from;
    }

    /** {@link #to}, clamped to the years a store's date text holds (1 … 9999). */
    public LocalDate lastDay() {
        return to.isAfter(LAST) ? LAST : to.isBefore(FIRST) ? FIRST.minusDays(1) : to;
    }
}
