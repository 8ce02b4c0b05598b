package org.borderwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.borderwatch.domain.Event;

/**
 * One stored event as its columns hold it, without building an {@link Event}: what an upsert
 * compares a new event with to leave equal ones alone.
 *
 * @param pk         row key (the rowid of its search text)
 * @param attributes the stored JSON object text
 * @param sources    the cited source ids, as a JSON array in position order
 * @param tags       the tags, as a JSON array in position order
 */
record StoredEvent(long pk, String id, String date, String datePrecision, String title, String summary,
                   String category, String border, String crossingId, Double lat, Double lon, String place,
                   String attributes, String sources, String tags) {

    /** Reads the current row of a query whose columns are {@link EventTable#COLUMNS}. */
    static StoredEvent read(ResultSet rs) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), Sql.getReal(rs, 10),
                Sql.getReal(rs, 11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
    }

    /** Whether writing {@code e} would store exactly this (attributes compared as maps, in any order). */
    boolean sameAs(Event e) {
        if (!id.equals(e.id()) || !date.equals(e.date().toString()) || !datePrecision.equals(e.datePrecision().code())
                || !title.equals(e.title()) || !summary.equals(e.summary()) || !category.equals(e.category().code())
                || !border.equals(e.border().code()) || !Objects.equals(crossingId, e.crossingId())
                || !Objects.equals(place, e.place())) {
            return false;
        }
        if (e.location() == null ? lat != null || lon != null
                : lat == null || lon == null || lat != e.location().lat() || lon != e.location().lon()) {
            return false;
        }
        if (!sameList(sources, e.sourceIds()) || !sameList(tags, e.tags())) {
            return false;
        }
        if (attributes.equals(FlatJson.writeStored(e.attributes(), e.summary()))) {
            return true;
        }
        try {
            return FlatJson.readStored(attributes, s -> s, summary).equals(e.attributes());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static boolean sameList(String json, List<String> values) {
        try {
            return FlatJson.readArray(json, s -> s).equals(values);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
