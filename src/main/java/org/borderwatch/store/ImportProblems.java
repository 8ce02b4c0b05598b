package org.borderwatch.store;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one import, stopping the check at {@link #LIMIT}. Not thread-safe. */
final class ImportProblems {
    /** Problems collected before the check stops. */
    static final int LIMIT = 20;

    private final List<ImportProblem> problems = new ArrayList<>();

    /** Records a problem; throws once {@link #LIMIT} problems have been found. */
    void add(ImportProblem p) throws ImportException {
        problems.add(p);
        if (problems.size() >= LIMIT) {
            throw new ImportException(problems, true);
        }
    }

    /** Records a problem after which the file cannot be read further, and throws. */
    void fatal(ImportProblem p) throws ImportException {
        problems.add(p);
        throw new ImportException(problems, false);
    }

    void throwIfAny() throws ImportException {
        if (!problems.isEmpty()) {
            throw new ImportException(problems, false);
        }
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }
}
