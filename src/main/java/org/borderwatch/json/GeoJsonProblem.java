package org.borderwatch.json;

/**
 * What is wrong with a GeoJSON geometry and where: the JSON pointer (RFC 6901) of the offending
 * value, e.g. {@code /features/3/geometry/coordinates/0/2/1}, and what was expected there. The
 * reader that knows the file's name turns it into its own error.
 */
public final class GeoJsonProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final String pointer;

    public GeoJsonProblem(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    /** The JSON pointer of the offending value. */
    public String pointer() {
        return pointer;
    }
}
