package org.borderwatch.interop;

import java.util.function.BooleanSupplier;

/**
 * How {@link AcledImporter} runs.
 *
 * @param skipInvalid skip invalid rows (and list them) instead of stopping at the first one
 * @param batchSize   rows per batch handed to the sink (1 … 1,000,000); progress is reported and
 *                    cancellation checked once a batch
 * @param progress    receives progress after each batch
 * @param cancelled   asked after each batch; {@code true} stops the import with
 *                    {@link ImportCancelledException}. Must be safe to call from the importing
 *                    thread (e.g. an {@code AtomicBoolean::get} set by the UI thread)
 */
public record AcledImportOptions(boolean skipInvalid, int batchSize, ImportProgress progress, BooleanSupplier cancelled) {
    /**
     * Stop at the first invalid row, batches of 500, no progress, never cancelled. With two batches
     * read ahead ({@code AcledBatches}) a thousand rows are in flight between the reading and the
     * writing thread; batches of 1,000 and 4,000 made the import slower (a million rows in its own
     * JVM, five alternating pairs: 500 faster in four, by 7 % on average; docs/PERFORMANCE.md).
     */
    public static final AcledImportOptions DEFAULTS = new AcledImportOptions(false, 500, ImportProgress.NONE, () -> false);

    public AcledImportOptions {
        if (batchSize < 1 || batchSize > 1_000_000) {
            throw new IllegalArgumentException("batch size " + batchSize + " is outside 1…1,000,000");
        }
        progress = progress == null ? ImportProgress.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    public AcledImportOptions withSkipInvalid(boolean skip) {
        return new AcledImportOptions(skip, batchSize, progress, cancelled);
    }

    public AcledImportOptions withBatchSize(int size) {
        return new AcledImportOptions(skipInvalid, size, progress, cancelled);
    }

    public AcledImportOptions withProgress(ImportProgress p) {
        return new AcledImportOptions(skipInvalid, batchSize, p, cancelled);
    }

    public AcledImportOptions withCancellation(BooleanSupplier c) {
        return new AcledImportOptions(skipInvalid, batchSize, progress, c);
    }
}
