package org.borderwatch.interop;

import java.util.List;

/**
 * What an ACLED import did. Counts of events are of distinct ACLED ids.
 *
 * @param file          the file name
 * @param layout        the layout its header identified
 * @param rowsRead      data rows read, invalid ones included
 * @param added         events that were not in the store and now are
 * @param updated       stored events replaced by a row with a newer timestamp
 * @param unchanged     stored events kept because no row of the file was newer
 * @param duplicateRows valid rows that lost to another row of the same id in the file (older
 *                      timestamp, or the same one later in the file)
 * @param skippedCount  invalid rows skipped (only with skip-invalid)
 * @param skipped       the first {@link AcledImporter#MAX_LISTED_SKIPS} skipped rows
 * @param sources       sources written (one per distinct outlet named by the rows written)
 */
public record AcledImportResult(String file, AcledLayout layout, long rowsRead, long added, long updated,
                                long unchanged, long duplicateRows, long skippedCount, List<SkippedRow> skipped,
                                long sources) {
    public AcledImportResult {
        skipped = List.copyOf(skipped);
    }

    /** One line for the command line and the status bar. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(" (ACLED, ").append(layout == AcledLayout.CURRENT ? "current" : "pre-2023")
                .append(" layout): ").append(rowsRead).append(" rows; ")
                .append(added).append(" events added, ").append(updated).append(" updated, ")
                .append(unchanged).append(" unchanged (stored copy as new or newer)");
        if (duplicateRows > 0) {
            sb.append(", ").append(duplicateRows).append(" older duplicate rows ignored");
        }
        if (skippedCount > 0) {
            sb.append(", ").append(skippedCount).append(" invalid rows skipped");
        }
        return sb.toString();
    }
}
