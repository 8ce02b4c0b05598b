package org.borderwatch.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.SituationData;
import org.borderwatch.render.EventPainter;
import org.borderwatch.services.EventWindowCache;
import org.borderwatch.store.EventOrder;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.OpenOptions;
import org.borderwatch.store.PasswordPrompt;
import org.borderwatch.store.SearchHit;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;

/**
 * The window's way to the user's store. The store is opened — and on first start created and
 * seeded — by the first call, which must come from a background thread: every method here does
 * disk I/O and must never run on the JavaFX Application Thread. Thread-safe.
 */
public final class StoreAccess implements EventRows, AutoCloseable {
    private final Path path;
    private final String location;
    private final PasswordPrompt prompt;
    /** How a database file is opened: whether it may be created, and its folder. */
    private final OpenOptions fileOptions;
    private volatile Store store;

    /** Access to the database at {@code path}, opened on first use (created, with its folder, when missing). */
    public StoreAccess(Path path) {
        this(path, OpenOptions.ANYWHERE);
    }

    /** Access to the database at {@code path}, opened on first use as {@code options} ask. */
    public StoreAccess(Path path, OpenOptions options) {
        this.path = path;
        this.location = path.toString();
        this.prompt = PasswordPrompt.NONE;
        this.fileOptions = options;
    }

    /**
     * Access to the store at {@code address} — a database file, or a team store
     * ({@code postgresql://…}) whose password {@code prompt} asks for when needed — opened on first use.
     */
    public StoreAccess(String address, PasswordPrompt prompt) {
        this.path = ServerAddress.isServerAddress(address) ? null : Path.of(address);
        this.location = address;
        this.prompt = prompt;
        this.fileOptions = OpenOptions.ANYWHERE;
    }

    /** Access to a store that is already open (its owner closes it, or {@link #close} does). */
    public StoreAccess(Store open) {
        this.path = null;
        this.location = open.location();
        this.prompt = PasswordPrompt.NONE;
        this.fileOptions = OpenOptions.ANYWHERE;
        this.store = open;
    }

    /** The database file this access opens, or {@code null} for a team store or when it was given an open store. */
    public Path path() {
        return path;
    }

    /** Where the store is, for the user: its file, or its server. */
    public String location() {
        return location;
    }

    /**
     * Says that the window's first view of the store is on screen: the store's integrity check,
     * left to run beside the opening, may start now. Does no I/O itself; callable from any thread.
     */
    public void startBackgroundChecks() {
        Store s = store;
        if (s != null) {
            s.startBackgroundChecks();
        }
    }

    /** The open store, opening (and, when the file is new, seeding) it on first call. */
    public synchronized Store store() throws StoreException {
        if (store == null) {
            store = path != null ? Store.openOrCreateSeeded(path, fileOptions) : Store.openOrCreateSeeded(location, prompt);
        }
        return store;
    }

    /** The snapshot without events (sources, crossings, intervals): what the first frame needs. */
    public SituationData loadStatus() throws StoreException {
        return store().loadStatusData();
    }

    /** How many events each day of the store has. */
    public EventDays eventDays() throws StoreException {
        return store().eventDays();
    }

    /** The reads of the window's event cache: whole windows, or the newest events of a long one. */
    EventWindowCache.Reader windows() {
        // the map paints one or two of an import's attributes; the details of an event read it whole
        return EventWindowCache.reading(this::store, EventPainter.PAINTED_ATTRIBUTES);
    }

    @Override
    public int count(EventQuery q) throws StoreException {
        return store().countEvents(q);
    }

    @Override
    public List<Event> page(EventQuery q, EventOrder order, int offset, int limit) throws StoreException {
        return store().eventPage(q, order, offset, limit);
    }

    @Override
    public List<Event> matching(String text, int limit) throws StoreException {
        return store().search(text, limit).stream().map(SearchHit::event).toList();
    }

    @Override
    public Optional<Event> stored(String id) throws StoreException {
        return Optional.ofNullable(store().eventsById(List.of(id)).get(id));
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
