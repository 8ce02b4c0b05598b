package org.borderwatch.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Imports Borderwatch bundles in two passes over the same bytes: {@link #check} reads everything
 * and refuses the import on any problem before a row is written; {@link #write} then streams the
 * inputs again into the database. The caller owns the transaction around {@link #write}.
 */
final class BundleImport {
    /** What the check found out, needed by the write. */
    static final class Checked {
        private final List<BundleInput> inputs;
        private final List<byte[]> digests;
        private final BundleCheck check;

        private Checked(List<BundleInput> inputs, List<byte[]> digests, BundleCheck check) {
            this.inputs = inputs;
            this.digests = digests;
            this.check = check;
        }
    }

    private BundleImport() {
    }

    /** Reads and checks {@code inputs} (in order, as one import) against the SQLite database {@code c}. */
    static Checked check(Connection c, List<BundleInput> inputs) throws ImportException, SQLException {
        return check(StoredItems.sqlite(c), inputs);
    }

    /** Reads and checks {@code inputs} (in order, as one import) against the items of a store. */
    static Checked check(StoredItems stored, List<BundleInput> inputs) throws ImportException, SQLException {
        ImportProblems problems = new ImportProblems();
        BundleCheck check = new BundleCheck(problems);
        List<byte[]> digests = new ArrayList<>();
        for (BundleInput in : inputs) {
            digests.add(readOrRefuse(in, check, problems, true));
        }
        check.resolve(stored, problems);
        problems.throwIfAny();
        return new Checked(List.copyOf(inputs), digests, check);
    }

    /**
     * Writes checked inputs; {@code c} must be inside a transaction, which the caller commits or
     * rolls back. The references and intervals are checked once more against the database as it
     * is now; throws when that fails or an input no longer has the bytes that were checked.
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
     * again into {@code writer}. Throws when that check fails or an input no longer has the bytes
     * that were checked.
     */
    static void replay(Checked checked, StoredItems stored, BundleReader.Visitor writer)
            throws ImportException, SQLException {
        ImportProblems problems = new ImportProblems();
        checked.check.resolve(stored, problems);
        problems.throwIfAny();
        for (int k = 0; k < checked.inputs.size(); k++) {
            BundleInput in = checked.inputs.get(k);
            byte[] digest = readOrRefuse(in, writer, problems, false);
            if (!problems.isEmpty() || !in.held() && !Arrays.equals(digest, checked.digests.get(k))) {
                throw new ImportException(new ImportProblem(in.name(), null, 0, 0,
                        "the file changed while it was being imported; nothing was imported"));
            }
        }
    }

    private static byte[] readOrRefuse(BundleInput in, BundleReader.Visitor visitor, ImportProblems problems,
                                       boolean checking) throws ImportException, SQLException {
        try {
            return BundleReader.read(in, visitor, problems, !in.held(), checking);
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
