package org.borderwatch.services;

/**
 * Progress of an import that reads its file more than once — a bundle (checked, then written),
 * GeoJSON or KML (checked, converted into a bundle, which is checked and written): what it does
 * now and how far it is, in bytes read over all its passes. Called on the importing thread as it
 * reads; a UI hands the figures to its own thread and returns fast. To stop the import, throw
 * {@link java.util.concurrent.CancellationException}: nothing is written (the transaction is
 * rolled back) and the exception reaches the caller.
 */
@FunctionalInterface
public interface PassProgress {
    /** Reports nothing. */
    PassProgress NONE = (message, done, total) -> {
    };

    /**
     * @param message what the import does now ("Checking all.geojson", "Writing …")
     * @param done    bytes read so far, all passes together
     * @param total   bytes all passes read (the later passes' estimated until they are known)
     */
    void update(String message, long done, long total);
}
