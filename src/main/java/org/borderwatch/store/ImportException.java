package org.borderwatch.store;

import java.util.List;

/**
 * An import was refused because its input is wrong; nothing was written. Holds every problem
 * found (up to {@link ImportProblems#LIMIT}); the message is the first one, with a count of the rest.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;
    private final boolean truncated;

    public ImportException(List<ImportProblem> problems, boolean truncated) {
        super(message(problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem), false);
    }

    private static String message(List<ImportProblem> problems, boolean truncated) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import exception needs at least one problem");
        }
        String first = problems.get(0).toString();
        int more = problems.size() - 1;
        if (truncated) {
            return first + " (and " + more + " more problems; checking stopped there)";
        }
        return more == 0 ? first : first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")";
    }

    /** Every problem found, in file order (semantic cross-checks last). */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** True when checking stopped at {@link ImportProblems#LIMIT} problems. */
    public boolean truncated() {
        return truncated;
    }

    /** The first problem: its file, pointer or line/column, and message. */
    public ImportProblem first() {
        return problems.get(0);
    }

    public String file() {
        return first().file();
    }

    public String pointer() {
        return first().pointer();
    }
}
