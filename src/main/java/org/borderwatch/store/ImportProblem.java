package org.borderwatch.store;

/**
 * One thing wrong with an imported file.
 *
 * @param file    the file (or bundled resource) name as the user gave it
 * @param pointer JSON pointer of the offending value (RFC 6901, e.g. {@code /events/12/date}),
 *                or {@code null} for a syntax error or a problem with the whole file
 * @param line    1-based line of the problem (of the item, for a pointer), or 0 when unknown
 * @param column  1-based column of a syntax error, or 0
 * @param message what was wrong and what was expected
 */
public record ImportProblem(String file, String pointer, int line, int column, String message) {
    public ImportProblem {
        if (file == null || message == null) {
            throw new IllegalArgumentException("an import problem needs a file and a message");
        }
    }

    /** {@code events.json: /events/12/date (line 345): expected a date YYYY-MM-DD, got "2023-13-01"}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(": ");
        if (pointer != null) {
            sb.append(pointer.isEmpty() ? "/" : pointer);
            if (line > 0) {
                sb.append(" (line ").append(line);
                if (column > 0) {
                    sb.append(", column ").append(column);
                }
                sb.append(')');
            }
        } else if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (pointer != null || line > 0) {
            sb.append(": ");
        }
        return sb.append(message).toString();
    }
}
