package org.borderwatch.domain;

import java.util.Locale;

/** What kind of thing an event is. The map and the histogram colour events by category. */
public enum Category {
    CLOSURE("closure", "Closure"),
    REOPENING("reopening", "Reopening"),
    STATEMENT("statement", "Statement"),
    DEPLOYMENT("deployment", "Deployment"),
    MIGRATION("migration", "Migration"),
    INCIDENT("incident", "Incident"),
    MEETING("meeting", "Meeting"),
    LEGISLATION("legislation", "Legislation"),
    CONSTRUCTION("construction", "Construction"),
    PROTEST("protest", "Protest"),
    VIOLENCE("violence", "Violence"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    /** The constants, for {@link #parse} (which a store read calls per row: {@code values()} would copy them each time). */
    private static final Category[] ALL = values();

    Category(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Category parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Category c : ALL) {
            if (c.code.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + text + "'");
    }
}
