package org.borderwatch.store;

import java.time.LocalDate;

/**
 * The rowid of an event's row in the search index {@code event_fts}: the event's date in the high
 * 32 bits and its row key {@code events.pk} in the low 32, so that the index lists the matches of
 * any query newest first without looking at the events themselves ({@code ORDER BY rowid DESC}
 * is a walk along FTS5's own doclists), and the row key comes back with a mask.
 *
 * <p>Dates are days since 1970-01-01 offset by {@link #DAY_OFFSET} (dates beyond ±2,800 years
 * are clamped, which only blurs their order); row keys must lie in 1 … 2³² − 1, which
 * {@link #of} checks. Stateless.
 */
final class SearchKey {
    /** Added to the epoch day so that every key is positive. */
    static final long DAY_OFFSET = 1L << 20;
    private static final long MAX_PK = 0xFFFF_FFFFL;

    private SearchKey() {
    }

    /** The key of the event stored under row key {@code pk} with date {@code date}. */
    static long of(LocalDate date, long pk) {
        return ofDay(date.toEpochDay(), pk);
    }

    /** As {@link #of(LocalDate, long)} for the date's day number ({@link LocalDate#toEpochDay()}). */
    static long ofDay(long epochDay, long pk) {
        if (pk < 1 || pk > MAX_PK) {
            throw new IllegalStateException("event row key " + pk + " is outside 1 … " + MAX_PK
                    + " and cannot be indexed for search");
        }
        long day = Math.max(-DAY_OFFSET, Math.min(DAY_OFFSET - 1, epochDay)) + DAY_OFFSET;
        return day << 32 | pk;
    }

    /** As {@link #of(LocalDate, long)} for a stored {@code YYYY-MM-DD} date text. */
    static long of(String date, long pk) {
        return of(LocalDate.parse(date), pk);
    }

    /** The row key ({@code events.pk}) in {@code key}. */
    static long pk(long key) {
        return key & MAX_PK;
    }
}
