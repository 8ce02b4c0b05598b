package org.borderwatch.domain;

/**
 * A crossing's status on one day.
 *
 * @param crossing the crossing
 * @param status   its status; {@link Status#UNKNOWN} when no interval covers the day
 * @param interval the interval that gives the status, or {@code null} when unknown
 */
public record CrossingStatus(Crossing crossing, Status status, StatusInterval interval) {
}
