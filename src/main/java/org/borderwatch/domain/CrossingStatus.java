package org.borderwatch.domain;

import java.time.LocalDate;

/**
 * A crossing's status on one day, with when that status began and what it was before.
 *
 * <p>The status "began" on the first day of the run of adjacent intervals with the same status
 * that covers the day (a closure extended by a new decision is one closure). What it was before
 * is the status on the day before that run; where the record of the crossing starts with this run
 * (or resumes after a gap) it is {@link Status#UNTRACKED} or {@link Status#UNKNOWN}: the start of a
 * record is not a change.
 *
 * @param crossing the crossing
 * @param status   its status; {@link Status#UNTRACKED} before the crossing's record starts,
 *                 {@link Status#UNKNOWN} when no interval covers the day otherwise
 * @param interval the interval that gives the status, or {@code null} when untracked or unknown
 * @param since    first day of the current status, or {@code null} when untracked or unknown
 * @param before   the status on the day before {@code since} ({@link Status#UNTRACKED} or
 *                 {@link Status#UNKNOWN} where the record starts or resumes); {@link Status#UNKNOWN}
 *                 when the status itself is not known
 */
public record CrossingStatus(Crossing crossing, Status status, StatusInterval interval, LocalDate since, Status before) {
    public CrossingStatus {
        if (crossing == null || status == null) {
            throw new IllegalArgumentException("a crossing status needs a crossing and a status");
        }
        if (interval == null) {
            since = null;
            before = Status.UNKNOWN;
        } else {
            since = since == null ? interval.from() : since;
            before = before == null ? Status.UNKNOWN : before;
        }
    }

    /** The status given by {@code interval} alone (or none): since its start, with nothing known before it. */
    public CrossingStatus(Crossing crossing, Status status, StatusInterval interval) {
        this(crossing, status, interval, null, null);
    }

    /**
     * Why the status is what it is: the interval's reason, the crossing's reason for not tracking
     * it, or {@code null}.
     */
    public String reason() {
        if (interval != null) {
            return interval.reason();
        }
        return status == Status.UNTRACKED ? crossing.untrackedReason() : null;
    }

    /** True when the record of the crossing starts (or resumes) with the current status. */
    public boolean recordStart() {
        return interval != null && !before.isKnown();
    }

    /**
     * True when the status changed (from a known, different status) on a day in
     * {@code [from, to]}; the start of a record is never a change.
     */
    public boolean changedBetween(LocalDate from, LocalDate to) {
        return interval != null && before.isKnown() && before != status
                && !since.isBefore(from) && !since.isAfter(to);
    }
}
