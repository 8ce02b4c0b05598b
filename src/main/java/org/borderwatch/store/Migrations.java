package org.borderwatch.store;

import java.util.List;

/**
 * The ordered schema steps of the store. Version N of the schema is what steps 1…N produce.
 *
 * <p>To change the schema, append a step with the next number (an SQL script
 * {@code V<n>__<what>.sql} in this package's resources, or a Java {@link Migration}); never edit
 * a step that has shipped, because databases in users' hands were built by it.
 */
public final class Migrations {
    /** Every step, in order; {@code ALL.get(i).version() == i + 1}. */
    public static final List<Migration> ALL = List.of(
            Migration.sql(1, "sources, crossings, status intervals, events, annotations, full-text search",
                    "V1__schema.sql"),
            new CompactEvents(),
            new EventListColumns(),
            Migration.sql(4, "source publication dates and archived addresses; crossing rank, uncertainty, "
                    + "names in both languages, tracked-from day", "V4__source_dates_crossing_names.sql"),
            Migration.sql(5, "events read by date window and map extent; per-day event counts by border and category",
                    "V5__event_windows.sql"),
            Migration.sql(6, "the folded words of events waiting for their search text", "V6__pending_folded_words.sql"));

    private Migrations() {
    }

    /** The newest schema version this build knows. */
    public static int latest() {
        return ALL.size();
    }

    /** Checks that {@code steps} are numbered 1, 2, 3 … without gaps. */
    static void checkNumbering(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalStateException("migration " + steps.get(i) + " is at position " + (i + 1));
            }
        }
    }
}
