package org.borderwatch.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dated item on the timeline.
 *
 * @param id            stable id, e.g. {@code 2023-11-28-siewiera-advisers} or {@code acled:FIN123}
 * @param date          the day (for {@link DatePrecision#MONTH}, the 1st of the month)
 * @param datePrecision how precise {@code date} is
 * @param title         one line
 * @param summary       a few sentences, in this project's own words
 * @param category      kind of event
 * @param border        which frontier it concerns
 * @param crossingId    the crossing it happened at, or {@code null}
 * @param location      where it happened, or {@code null} (listed but not drawn)
 * @param place         place name, or {@code null}
 * @param sourceIds     at least one source
 * @param tags          free tags, possibly empty
 * @param attributes    extra named values from imports (e.g. ACLED's {@code event_type}, {@code fatalities},
 *                      {@code geo_precision}); empty for curated events; iteration order is kept;
 *                      held as an immutable {@link Attributes}
 */
public record Event(String id, LocalDate date, DatePrecision datePrecision, String title, String summary,
                    Category category, Border border, String crossingId, GeoPoint location, String place,
                    List<String> sourceIds, List<String> tags, Map<String, String> attributes) {
    public Event {
        Util.requireText(id, "event id");
        if (date == null) {
            throw new IllegalArgumentException("event " + id + ": date is required");
        }
        if (datePrecision == null) {
            datePrecision = DatePrecision.DAY;
        }
        if (title == null || title.isBlank()) {
            // the message is built only when needed: imports make events by the hundred thousand
            Util.requireText(title, "event " + id + ": title");
        }
        summary = summary == null ? "" : summary;
        if (category == null || border == null) {
            throw new IllegalArgumentException("event " + id + ": category and border are required");
        }
        crossingId = Util.blankToNull(crossingId);
        place = Util.blankToNull(place);
        sourceIds = Util.copy(sourceIds);
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("event " + id + ": at least one source is required");
        }
        tags = Util.copy(tags);
        try {
            attributes = Attributes.of(attributes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("event " + id + ": attribute names must be non-empty and values non-null", e);
        }
    }
}
