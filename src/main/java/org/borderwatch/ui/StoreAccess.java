package org.borderwatch.ui;

import java.nio.file.Path;
import java.util.List;
import org.borderwatch.domain.SituationData;
import org.borderwatch.store.SearchHit;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * The window's way to the user's store. The store is opened — and on first start created and
 * seeded — by the first call, which must come from a background thread: every method here does
 * disk I/O and must never run on the JavaFX Application Thread. Thread-safe.
 */
public final class StoreAccess implements EventSearch, AutoCloseable {
    private final Path path;
    private final String location;
    private volatile Store store;

    /** Access to the database at {@code path}, opened on first use. */
    public StoreAccess(Path path) {
        this.path = path;
        this.location = path.toString();
    }

    /** Access to a store that is already open (its owner closes it, or {@link #close} does). */
    public StoreAccess(Store open) {
        this.path = null;
        this.location = open.location();
        this.store = open;
    }

    /** The database file this access opens, or {@code null} when it was given an open store. */
    public Path path() {
        return path;
    }

    /** Where the store is, for the user: its file, or its server. */
    public String location() {
        return location;
    }

    /** The open store, opening (and, when the file is new, seeding) it on first call. */
    public synchronized Store store() throws StoreException {
        if (store == null) {
            store = Store.openOrCreateSeeded(path);
        }
        return store;
    }

    /** The snapshot without events (sources, crossings, intervals): what the first frame needs. */
    public SituationData loadStatus() throws StoreException {
        return store().loadStatusData();
    }

    /** A snapshot of the store's situation content. */
    public SituationData load() throws StoreException {
        return store().loadSituationData();
    }

    @Override
    public List<String> matchingIds(String text, int limit) throws StoreException {
        return store().search(text, limit).stream().map(SearchHit::event).map(e -> e.id()).toList();
    }

    @Override
    public boolean indexing() {
        Store open = store;
        return open != null && open.searchIndexBehind();
    }

    @Override
    public synchronized void close() throws StoreException {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
