package org.borderwatch.domain;

import java.util.Locale;

/**
 * A crossing's status on a day. {@link #UNTRACKED} and {@link #UNKNOWN} are never stored as an
 * interval: {@code UNTRACKED} is what the situation reports before the day a crossing's record
 * starts ({@link Crossing#trackedFrom()}, with the reason the crossing gives); {@code UNKNOWN} is a
 * day that no sourced interval covers and no stated untracked period explains.
 */
public enum Status {
    OPEN("open", "Open"),
    RESTRICTED("restricted", "Restricted"),
    CLOSED("closed", "Closed"),
    UNTRACKED("untracked", "Not tracked"),
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

    /** True for a status a source gives (open, restricted, closed); false for "not tracked" and "no data". */
    public boolean isKnown() {
        return this == OPEN || this == RESTRICTED || this == CLOSED;
    }

    /** Parses a stored status; {@code untracked} and {@code unknown} are refused because they are never stored. */
    public static Status parseStored(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Status s : values()) {
            if (s.isKnown() && s.code.equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "' (expected open, restricted or closed)");
    }
}
