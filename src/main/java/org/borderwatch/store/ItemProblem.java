package org.borderwatch.store;

/**
 * One thing wrong with one item of a bundle, found while converting it: the JSON pointer of the
 * offending value (e.g. {@code /events/12/date}) and what was expected there.
 */
final class ItemProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    ItemProblem(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
