package org.borderwatch.store;

/** How many items the store holds. Annotations count only those not deleted. */
public record Counts(long sources, long crossings, long intervals, long events, long annotations) {
}
