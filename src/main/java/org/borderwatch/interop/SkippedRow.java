package org.borderwatch.interop;

/**
 * A row an import skipped because it was invalid and the user asked to skip invalid rows.
 *
 * @param file   the file name
 * @param line   the physical line (1-based) on which the row starts
 * @param reason what was wrong
 */
public record SkippedRow(String file, long line, String reason) {
    /** {@code file:line: reason}, as an error would have said it. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
