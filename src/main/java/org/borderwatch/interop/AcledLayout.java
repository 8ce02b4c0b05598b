package org.borderwatch.interop;

/**
 * The two column layouts ACLED has published. Columns are always found by header name, so the
 * order within a layout does not matter; the layout is reported so a user knows which was seen.
 */
public enum AcledLayout {
    /**
     * The current layout (31 columns, since 2023): has {@code disorder_type},
     * {@code civilian_targeting} and {@code tags}; {@code inter1}, {@code inter2} and
     * {@code interaction} are text from 2024 on.
     */
    CURRENT("current (31 columns, with disorder_type, civilian_targeting and tags)"),
    /**
     * The layout before 2023: has {@code data_id}, {@code event_id_no_cnty} and {@code iso3}, lacks
     * {@code disorder_type}, {@code civilian_targeting} and {@code tags}; actor types are numeric codes.
     */
    PRE_2023("pre-2023 (with data_id, event_id_no_cnty and iso3)");

    private final String description;

    AcledLayout(String description) {
        this.description = description;
    }

    /** A phrase for messages, e.g. "pre-2023 (with data_id, event_id_no_cnty and iso3)". */
    public String description() {
        return description;
    }
}
