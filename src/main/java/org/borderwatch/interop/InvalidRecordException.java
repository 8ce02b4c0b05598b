package org.borderwatch.interop;

/**
 * One record of a file is invalid, but the file around it can still be read: an import may skip
 * it when the user asked to skip invalid rows. Anything else ({@link InputFormatException}
 * itself) stops the import whatever the user asked.
 */
public class InvalidRecordException extends InputFormatException {
    private static final long serialVersionUID = 1L;

    private final long line;

    /**
     * @param file   the file name
     * @param line   the physical line (1-based) on which the record starts
     * @param reason what was wrong
     */
    public InvalidRecordException(String file, long line, String reason) {
        super(file, Long.toString(line), reason);
        this.line = line;
    }

    /** The physical line on which the record starts (1-based). */
    public long line() {
        return line;
    }
}
