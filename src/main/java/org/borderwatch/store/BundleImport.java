package org.borderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports Borderwatch bundles in two passes over the same bytes: {@link #check} reads everything
 * and refuses the import on any problem before a row is written; {@link #write} then streams the
 * inputs again into the database. The caller owns the transaction around {@link #write}.
 *
 * <p>The same bytes: a file from outside the program (a user's bundle) is copied, as the check
 * reads it, into a temporary file that only this user may write, and the write reads that copy —
 * what is written is what was checked, whatever happens to the file meanwhile. Bytes the program
 * holds itself ({@link BundleInput#held}) are read twice as they are. (Before, both reads of a file
 * were digested with SHA-256 and compared: on the client compiler, which imports run on, the
 * digest ran at some 40 MB/s and took longer than the import's own work.)
 */
final class BundleImport {
    /**
     * What the check found out, needed by the write, and the copies the write reads; closing it
     * deletes the copies (after the write, or when the import ends without one).
     */
    static final class Checked implements AutoCloseable {
        private final List<BundleInput> inputs;
        private final List<Path> copies;
        private final BundleCheck check;

        private Checked(List<BundleInput> inputs, List<Path> copies, BundleCheck check) {
            this.inputs = inputs;
            this.copies = copies;
            this.check = check;
        }

        @Override
        public void close() {
            delete(copies);
        }
    }

    private BundleImport() {
    }

    /** Reads and checks {@code inputs} (in order, as one import) against the SQLite database {@code c}. */
    static Checked check(Connection c, List<BundleInput> inputs) throws ImportException, SQLException {
        return check(StoredItems.sqlite(c), inputs);
    }

    /**
     * Reads and checks {@code inputs} (in order, as one import) against the items of a store; close
     * what it returns once the write is done.
     */
    static Checked check(StoredItems stored, List<BundleInput> inputs) throws ImportException, SQLException {
        ImportProblems problems = new ImportProblems();
        BundleCheck check = new BundleCheck(problems);
        List<BundleInput> read = new ArrayList<>();
        List<Path> copies = new ArrayList<>();
        boolean checked = false;
        try {
            for (BundleInput in : inputs) {
                if (in.held()) {
                    readOrRefuse(in, check, problems, true, null);
                    read.add(in);
                } else {
                    Path copy = newCopy(in);
                    copies.add(copy);
                    readOrRefuse(in, check, problems, true, copy);
                    read.add(in.copiedTo(copy));
                }
            }
            check.resolve(stored, problems);
            problems.throwIfAny();
            checked = true;
            return new Checked(List.copyOf(read), List.copyOf(copies), check);
        } finally {
            if (!checked) {
                delete(copies);
            }
        }
    }

    /**
     * Writes checked inputs; {@code c} must be inside a transaction, which the caller commits or
     * rolls back. The references and intervals are checked once more against the database as it
     * is now; throws when that fails.
     */
    static ImportResult write(Connection c, Checked checked, Instant now) throws ImportException, SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
        BundleWrite writer = new BundleWrite(c, now);
        replay(checked, StoredItems.sqlite(c), writer);
        return writer.finish();
    }

    /**
     * The second pass for any engine: checks the references and intervals once more against
     * {@code stored} as it is now (inside the caller's write transaction), then reads every input
     * again — the copy made while it was checked — into {@code writer}.
     */
    static void replay(Checked checked, StoredItems stored, BundleReader.Visitor writer)
            throws ImportException, SQLException {
        ImportProblems problems = new ImportProblems();
        checked.check.resolve(stored, problems);
        problems.throwIfAny();
        for (BundleInput in : checked.inputs) {
            readOrRefuse(in, writer, problems, false, null);
            if (!problems.isEmpty()) {
                // the bytes are those checked: only a failure of the machine gets here
                throw new ImportException(new ImportProblem(in.name(), null, 0, 0,
                        "the file could not be read again as it was checked; nothing was imported"));
            }
        }
    }

    /** A new temporary file, which only this user may write, for the copy of {@code in}. */
    private static Path newCopy(BundleInput in) throws ImportException {
        try {
            return Files.createTempFile("borderwatch-bundle-", ".json");
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(in.name(), null, 0, 0, "cannot make a temporary file for the "
                    + "copy the import writes from (" + System.getProperty("java.io.tmpdir") + "): " + describe(e)
                    + "; nothing was imported"));
        }
    }

    private static void delete(List<Path> copies) {
        for (Path p : copies) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary file that cannot be deleted now goes when the program ends
                p.toFile().deleteOnExit();
            }
        }
    }

    /**
     * Reads {@code in} into {@code visitor}, copying its bytes to {@code copy} unless that is null;
     * a file that cannot be read, or a copy that cannot be written, refuses the import.
     */
    private static void readOrRefuse(BundleInput in, BundleReader.Visitor visitor, ImportProblems problems,
                                     boolean checking, Path copy) throws ImportException, SQLException {
        try (InputStream raw = in.open();
             CopyingInput copying = copy == null ? null : new CopyingInput(raw, copy)) {
            BundleReader.read(copying == null ? raw : copying, in.name(), visitor, problems, checking);
            if (copying != null) {
                copying.finish();
            }
        } catch (CopyingInput.CopyFailed e) {
            throw new ImportException(new ImportProblem(in.name(), null, 0, 0, "cannot write the copy the import writes "
                    + "from (" + copy + "): " + describe(e.reason()) + "; nothing was imported"));
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(in.name(), null, 0, 0, "cannot read the file: " + describe(e)));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file" + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
