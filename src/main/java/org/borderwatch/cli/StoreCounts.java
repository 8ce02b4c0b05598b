package org.borderwatch.cli;

import java.io.PrintWriter;
import java.util.List;
import org.borderwatch.store.Counts;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/** The store part of {@code info}: the database path and how many items it holds. */
public final class StoreCounts {
    private StoreCounts() {
    }

    /** The lines {@code info} prints for {@code store}. */
    public static List<String> lines(Store store) throws StoreException {
        Counts c = store.counts();
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Database:    " + store.location() + " (schema version " + store.schemaVersion() + ")",
                "Crossings:   " + c.crossings(),
                "Intervals:   " + c.intervals(),
                "Events:      " + c.events(),
                "Annotations: " + c.annotations(),
                "Sources:     " + c.sources()));
        String integrity = store.integrity();
        if (!integrity.isEmpty()) {
            lines.add("Integrity:   " + integrity);
        }
        return List.copyOf(lines);
    }

    /** Prints {@link #lines} to {@code out}. */
    public static void print(Store store, PrintWriter out) throws StoreException {
        for (String line : lines(store)) {
            out.print(line + "\n");
        }
        out.flush();
    }
}
