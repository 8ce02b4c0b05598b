package org.borderwatch.interop;

/**
 * A problem at a JSON pointer inside one file, before the file name is known to the code that
 * found it; the reader turns it into an {@link InputFormatException}.
 */
final class JsonProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    JsonProblem(String pointer, String reason) {
        super(reason);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }

    InputFormatException in(String file) {
        return InputFormatException.atPointer(file, pointer, getMessage());
    }
}
