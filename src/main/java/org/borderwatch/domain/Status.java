package org.borderwatch.domain;

import java.util.Locale;

/**
 * A crossing's status on a day. {@link #UNKNOWN} is never stored: it is what the situation
 * reports for a day that no sourced interval covers.
 */
public enum Status {
    OPEN("open", "Open"),
    RESTRICTED("restricted", "Restricted"),
    CLOSED("closed", "Closed"),
    UNKNOWN("unknown", "No data");

    private final String code;
    private final String label;

    Status(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Parses a stored status; {@code unknown} is refused because it is never stored. */
    public static Status parseStored(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Status s : values()) {
            if (s != UNKNOWN && s.code.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "' (expected open, restricted or closed)");
    }
}
