package org.borderwatch.domain;

/**
 * A crossing's status on one day.
 *
 * @param crossing the crossing
 * @param status   its status; {@link Status#UNTRACKED} before the crossing's record starts,
 *                 {@link Status#UNKNOWN} when no interval covers the day otherwise
 * @param interval the interval that gives the status, or {@code null} when untracked or unknown
 */
public record CrossingStatus(Crossing crossing, Status status, StatusInterval interval) {
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
}
