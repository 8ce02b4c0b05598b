package org.borderwatch.store;

/**
 * What a write did to one kind of item: new ids, changed items and items that were already
 * exactly as given (re-importing the same file gives only {@code unchanged}).
 */
public record ImportCounts(int added, int updated, int unchanged) {
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public ImportCounts {
        if (added < 0 || updated < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(added + o.added, updated + o.updated, unchanged + o.unchanged);
    }

    /** Items read: added + updated + unchanged. */
    public int total() {
        return added + updated + unchanged;
    }

    /** "3 added, 1 updated, 40 unchanged". */
    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged";
    }

    /** Counts while writing a batch. Not thread-safe. */
    static final class Tally {
        int added;
        int updated;
        int unchanged;

        ImportCounts counts() {
            return new ImportCounts(added, updated, unchanged);
        }
    }
}
