package org.borderwatch.store;

/**
 * What a writer must know of a stored event it replaces: its row key, the key of its search text,
 * and the date, border and category its day count was made with.
 *
 * @param pk        row key ({@code events.pk})
 * @param searchKey its {@link SearchKey} (from the stored date)
 * @param date      the stored date, {@code YYYY-MM-DD}
 * @param border    the stored border code
 * @param category  the stored category code
 */
record StoredKey(long pk, long searchKey, String date, String border, String category) {
    /** The key of the stored row with these columns. */
    static StoredKey of(long pk, String date, String border, String category) {
        return new StoredKey(pk, SearchKey.of(date, pk), date, border, category);
    }
}
