package org.borderwatch.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.borderwatch.files.FileProblems;
import org.borderwatch.files.InputFile;
import org.sqlite.SQLiteException;

/**
 * Names the real cause of a failed store operation: SQLite reports a full disk, a read-only
 * folder and a log it may not recover all as "unable to open" or "disk I/O error", and a lock
 * held by another process as "database is locked". This class looks at SQLite's extended result
 * code and at the file system, and says which. Thread-safe: no state.
 */
final class StoreProblems {
    private StoreProblems() {
    }

    /** One sentence (without the operation) for {@code e} on the store at {@code path}. */
    static String describe(Path path, SQLException e) {
        String code = code(e);
        String message = String.valueOf(e.getMessage());
        if (code.startsWith("SQLITE_FULL") || FileProblems.isDiskFull(message)) {
            return FileProblems.diskFull(path, -1);
        }
        if (code.startsWith("SQLITE_READONLY")) {
            return code.equals("SQLITE_READONLY_DBMOVED") ? "the database file was moved or deleted while it was open"
                    : FileProblems.readOnly(path);
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return lockedBy(path);
        }
        if (code.startsWith("SQLITE_CANTOPEN")) {
            return InputFile.kind(path).map(k -> "it is " + k + ", not a store file")
                    .orElseGet(() -> FileProblems.readOnly(path).equals("permission denied")
                            ? "it cannot be opened (" + StoreOpener.firstLine(message) + ")" : FileProblems.readOnly(path));
        }
        if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
            return "the database is corrupt (" + StoreOpener.firstLine(message) + ")";
        }
        if (code.startsWith("SQLITE_IOERR")) {
            return "an input/output error of the disk (" + StoreOpener.firstLine(message) + ")";
        }
        return StoreOpener.firstLine(message);
    }

    /** "it is locked by another process (pid 4711: java -jar borderwatch.jar import acled.csv)". */
    static String lockedBy(Path path) {
        return "it is locked by another process" + holder(path).map(h -> " (" + h + ")").orElse("");
    }

    /** The process writing the store, or else any other process that has it open, described; empty when unknown. */
    static java.util.Optional<String> holder(Path path) {
        var writer = StoreLocks.writer(path);
        if (writer.isPresent()) {
            return writer.map(StoreLocks.Holder::describe);
        }
        List<StoreLocks.Holder> others = StoreLocks.others(path);
        return others.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(others.get(0).describe());
    }

    /** Whether {@code e} says the database is locked by another connection. */
    static boolean isBusy(SQLException e) {
        String code = code(e);
        return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
                || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("database is locked");
    }

    private static String code(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s && s.getResultCode() != null) {
                return s.getResultCode().name();
            }
        }
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("[SQLITE_");
        return at < 0 ? "" : m.substring(at + 1, Math.max(at + 1, m.indexOf(']', at)));
    }
}
