package org.borderwatch.interop;

/**
 * Receives progress of a long import. Called on the importing thread between batches, so a UI
 * must hand the figures over to its own thread (e.g. {@code Platform.runLater}) and return fast.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = (rows, bytes, totalBytes) -> {
    };

    /**
     * @param rows       data rows read so far
     * @param bytes      bytes of the file read so far
     * @param totalBytes the file's size in bytes, or −1 when unknown
     */
    void progress(long rows, long bytes, long totalBytes);
}
