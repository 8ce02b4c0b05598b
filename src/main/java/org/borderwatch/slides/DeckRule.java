package org.borderwatch.slides;

import java.util.Locale;

/**
 * How a deck steps through its date range: every N days, one slide per event, or one slide per
 * day on which a crossing's status changes.
 *
 * @param kind the rule
 * @param days the step in days for {@link Kind#EVERY} (1–366); 0 otherwise
 */
public record DeckRule(Kind kind, int days) {
    /** The kinds of rule. */
    public enum Kind { EVERY, EVENTS, CHANGES }

    public DeckRule {
        if (kind == null) {
            throw new IllegalArgumentException("a deck rule needs a kind");
        }
        if (kind == Kind.EVERY && (days < 1 || days > 366)) {
            throw new IllegalArgumentException("a step must be 1…366 days, not " + days);
        }
        if (kind != Kind.EVERY) {
            days = 0;
        }
    }

    /** A slide every {@code days} days from the start date. */
    public static DeckRule every(int days) {
        return new DeckRule(Kind.EVERY, days);
    }

    /** A slide per event in the range. */
    public static DeckRule events() {
        return new DeckRule(Kind.EVENTS, 0);
    }

    /** A slide per day on which a crossing's status changes. */
    public static DeckRule changes() {
        return new DeckRule(Kind.CHANGES, 0);
    }

    /** Parses a step such as {@code 7d}, {@code 7} or {@code 2w} (weeks) into an {@link #every} rule. */
    public static DeckRule parseStep(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int factor = 1;
        if (t.endsWith("d")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("w")) {
            t = t.substring(0, t.length() - 1);
            factor = 7;
        }
        if (!t.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException("step must be a number of days such as 7d (or weeks such as 2w), not '"
                    + text + "'");
        }
        return every(Integer.parseInt(t) * factor);
    }

    /** "every 7 days", "one slide per event", "one slide per status change". */
    public String describe() {
        return switch (kind) {
            case EVERY -> days == 1 ? "every day" : "every " + days + " days";
            case EVENTS -> "one slide per event";
            case CHANGES -> "one slide per status change";
        };
    }
}
