package org.borderwatch.store;

/**
 * Work that writes into the store through a {@link BulkWriter}, inside the one transaction of
 * {@link Store#bulkImport}: it commits when {@link #run} returns and is rolled back when it throws.
 *
 * @param <T> what the work returns
 * @param <E> the checked exception the work may throw besides {@link StoreException} (use
 *            {@link RuntimeException} for none); throwing it, for instance on cancellation,
 *            leaves the store exactly as it was
 */
@FunctionalInterface
public interface BulkWork<T, E extends Exception> {
    /** Runs on the thread that called {@link Store#bulkImport}; {@code writer} is valid only until this returns. */
    T run(BulkWriter writer) throws StoreException, E;
}
