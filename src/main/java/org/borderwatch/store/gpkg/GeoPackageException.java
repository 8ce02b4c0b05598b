package org.borderwatch.store.gpkg;

/**
 * A GeoPackage that cannot be read as a user layer. The message names the file, the table and
 * the row (the feature id) where known, and what was wrong, e.g.
 * {@code sectors.gpkg: table patrol, row 12: the geometry blob does not start with 'GP'}.
 */
public class GeoPackageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String table;
    private final Long row;
    private final String reason;

    /**
     * @param file   the file name
     * @param table  the table, or {@code null} when the problem concerns the whole file
     * @param row    the feature id (primary key), or {@code null}
     * @param reason what was wrong
     */
    public GeoPackageException(String file, String table, Long row, String reason) {
        this(file, table, row, reason, null);
    }

    public GeoPackageException(String file, String table, Long row, String reason, Throwable cause) {
        super(file + (table == null ? "" : ": table " + table) + (row == null ? "" : ", row " + row) + ": " + reason, cause);
        this.file = file;
        this.table = table;
        this.row = row;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** The table, or {@code null}. */
    public String table() {
        return table;
    }

    /** The feature id, or {@code null}. */
    public Long row() {
        return row;
    }

    /** What was wrong, without file, table and row. */
    public String reason() {
        return reason;
    }
}
