package org.borderwatch.store;

/**
 * How the event list orders a window's events for its pages: by one column, ascending or
 * descending, ties by date then row (newest first when descending). Immutable.
 *
 * @param column     the column sorted by
 * @param descending whether the largest value comes first
 */
public record EventOrder(Column column, boolean descending) {
    /** Newest first: the event list's own order. */
    public static final EventOrder NEWEST_FIRST = new EventOrder(Column.DATE, true);

    /** The columns of the event list. */
    public enum Column { DATE, TITLE, CATEGORY, BORDER, PLACE }

    public EventOrder {
        if (column == null) {
            throw new IllegalArgumentException("an order needs a column");
        }
    }
}
