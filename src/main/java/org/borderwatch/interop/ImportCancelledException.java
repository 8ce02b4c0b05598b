package org.borderwatch.interop;

/**
 * The user cancelled an import. The caller rolls its transaction back, so the store is left as
 * it was before the import began.
 */
public class ImportCancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String file, long rowsRead) {
        super("import of " + file + " cancelled after " + rowsRead + " rows; nothing was stored");
    }
}
