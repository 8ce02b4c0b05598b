package org.borderwatch.interop;

/**
 * A file that cannot be read as what it claims to be. The message names the file, the place in
 * it (a physical line number, or a JSON pointer) and what was wrong, e.g.
 * {@code acled.csv:12: latitude 91.5 is outside −90…90} or
 * {@code trip.geojson: /features/3/geometry/coordinates: a position needs 2 or 3 numbers}.
 */
public class InputFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String place;
    private final String reason;

    /**
     * @param file   the file name as the user gave it
     * @param place  where: a line number ("12"), a JSON pointer ("/features/0") or an XML position;
     *               {@code null} when the problem concerns the whole file
     * @param reason what was wrong, in words a user understands
     */
    public InputFormatException(String file, String place, String reason) {
        super(format(file, place, reason));
        this.file = file;
        this.place = place;
        this.reason = reason;
    }

    /** A problem on a physical line (1-based) of a text file. */
    public static InputFormatException atLine(String file, long line, String reason) {
        return new InputFormatException(file, Long.toString(line), reason);
    }

    /** A problem at a JSON pointer (RFC 6901), e.g. {@code /features/2/properties/date}. */
    public static InputFormatException atPointer(String file, String pointer, String reason) {
        return new InputFormatException(file, pointer.isEmpty() ? "/" : pointer, reason);
    }

    private static String format(String file, String place, String reason) {
        if (place == null) {
            return file + ": " + reason;
        }
        boolean line = !place.isEmpty() && Character.isDigit(place.charAt(0));
        return file + (line ? ":" : ": ") + place + ": " + reason;
    }

    public String file() {
        return file;
    }

    /** The line number, JSON pointer or XML position, or {@code null}. */
    public String place() {
        return place;
    }

    /** What was wrong, without the file and place. */
    public String reason() {
        return reason;
    }
}
