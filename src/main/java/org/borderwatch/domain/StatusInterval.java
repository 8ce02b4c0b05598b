package org.borderwatch.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A crossing's status over a half-open interval of days {@code [from, until)}.
 *
 * <p>Day rule: a crossing's status on day D is its status at noon local time on D. A change that
 * took effect at or before noon starts on that day; one that took effect later (e.g. 20:00) starts
 * on the next day. {@code effectiveTime} keeps the hour the sources give, for display.
 *
 * @param crossingId    the crossing
 * @param from          first day of the status (inclusive)
 * @param until         first day after it (exclusive), or {@code null} while still in force
 * @param status        {@link Status#OPEN}, {@link Status#RESTRICTED} or {@link Status#CLOSED}
 * @param reason        why, in a few words (e.g. "Government decision: hybrid influence"), or {@code null}
 * @param effectiveTime the local time the change took effect, or {@code null} when not given
 * @param sourceIds     at least one source
 */
public record StatusInterval(String crossingId, LocalDate from, LocalDate until, Status status, String reason,
                             LocalTime effectiveTime, List<String> sourceIds) {
    public StatusInterval {
        Util.requireText(crossingId, "interval crossing id");
        if (from == null) {
            throw new IllegalArgumentException("interval of " + crossingId + ": 'from' is required");
        }
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("interval of " + crossingId + ": 'until' " + until
                    + " is not after 'from' " + from);
        }
        if (status == null || !status.isKnown()) {
            throw new IllegalArgumentException("interval of " + crossingId + ": status must be open, restricted or closed");
        }
        reason = Util.blankToNull(reason);
        sourceIds = Util.copy(sourceIds);
        if (sourceIds.isEmpty()) {
            throw new IllegalArgumentException("interval of " + crossingId + " from " + from + ": at least one source is required");
        }
    }

    /** True when day {@code d} lies in {@code [from, until)}. */
    public boolean covers(LocalDate d) {
        return !d.isBefore(from) && (until == null || d.isBefore(until));
    }
}
