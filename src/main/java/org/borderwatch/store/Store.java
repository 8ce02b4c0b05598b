package org.borderwatch.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.EventSource;
import org.borderwatch.domain.EventsUnavailableException;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;

/**
 * The situation store as the window, the commands and the slides see it: the one interface
 * between them and a storage engine. {@link SqliteStore} (one SQLite file per user) is the
 * embedded default; a server engine implements the same interface without any change above it.
 *
 * <p><b>Cost follows what is shown.</b> Every read answers one question with work bounded by its
 * answer, never by the size of the store: the status of the crossings comes from crossings and
 * intervals alone ({@link #loadStatusData}); events are read by date window and map extent; the
 * timeline's histogram comes from per-day counts the store keeps; the event list reads pages;
 * exports stream. The one read of everything, {@link #loadSituationData}, is for checks and tests
 * and is used by no view or command (an architecture test keeps it so).
 *
 * <p><b>Threads.</b> Implementations are thread-safe, but every method may do disk or network
 * I/O: call them from a background thread, never from the JavaFX Application Thread. Values
 * returned are immutable.
 *
 * <p><b>Writes.</b> Every write method is one transaction: it lands whole or not at all.
 *
 * <p><b>Errors.</b> A store that cannot be read or written throws {@link StoreException} with a
 * one-line message naming the store ({@link #location}) and the problem.
 */
public interface Store extends AutoCloseable {
    /** The bundled seed data, read from the class path in this order on first start. */
    List<String> SEED_RESOURCES = List.of("data/sources.json", "data/crossings.json", "data/events.json");

    /** The default database file ({@code BORDERWATCH_DB}, then the platform data directory); see {@link StoreLocation}. */
    static Path defaultPath() {
        return StoreLocation.defaultPath();
    }

    /** Opens (creating an empty one if missing) the SQLite store at {@code path}; see {@link SqliteStore#open(Path)}. */
    static Store open(Path path) throws StoreException {
        return SqliteStore.open(path);
    }

    /**
     * Opens the SQLite store at {@code path}; when it does not exist yet, creates it and fills it
     * with the bundled seed data in one transaction; see {@link SqliteStore#openOrCreateSeeded(Path)}.
     */
    static Store openOrCreateSeeded(Path path) throws StoreException {
        return SqliteStore.openOrCreateSeeded(path);
    }

    /**
     * Gets the embedded engine ready on a thread of its own — SQLite's native library, from the
     * user's cache folder ({@link SqliteLibrary}) — while the program starts; returns at once. The
     * first store opened then finds it loaded.
     */
    static void prepareEngine() {
        SqliteLibrary.preload();
    }

    /**
     * Opens the SQLite store at {@code path} as {@code options} ask — for reading only, or for
     * writing; creating it (seeded with the bundled data) only when they allow it, and its folder
     * only when they allow that too. A missing or empty store otherwise gives a
     * {@link StoreNotFoundException} and nothing is created.
     */
    static Store openOrCreateSeeded(Path path, OpenOptions options) throws StoreException {
        return SqliteStore.openOrCreateSeeded(path, options);
    }

    /** Where the store is, for messages: a file path, or a server address without credentials. */
    String location();

    /** The schema version of the open store. */
    int schemaVersion() throws StoreException;

    /**
     * When the store's pages are next checked, for {@code info}: a file store is checked at its
     * next opening for writing unless it is listed as left sound ({@code CheckedStores}); empty
     * for a store that keeps no such record (a server's database, which its server checks).
     */
    default String integrity() {
        return "";
    }

    /** How many items the store holds. */
    Counts counts() throws StoreException;

    /**
     * Sources, crossings (by border, north to south) and status intervals, without events: all a
     * map needs to show every crossing's status on any day, and all {@code status} needs.
     * Milliseconds whatever the number of events.
     */
    SituationData loadStatusData() throws StoreException;

    /**
     * The events {@code query} asks for — a date window, and when given a map extent, borders and
     * categories — oldest first, events of one day by id. Its cost follows the window.
     */
    List<Event> events(EventQuery query) throws StoreException;

    /** How many events {@code query} asks for. */
    int countEvents(EventQuery query) throws StoreException;

    /**
     * One page of the events {@code query} asks for, in {@code order}: events {@code offset} to
     * {@code offset + limit − 1} (fewer at the end). The event list reads the rows it shows this way.
     */
    List<Event> eventPage(EventQuery query, EventOrder order, int offset, int limit) throws StoreException;

    /**
     * Hands every event {@code query} asks for to {@code sink}, oldest first (by date, then id),
     * one at a time: an export of any size holds one event at a time.
     *
     * @throws IOException what the sink throws; the read stops there
     */
    void eachEvent(EventQuery query, EventSink sink) throws StoreException, IOException;

    /** The stored events among {@code ids}, by id; ids that are not stored are absent. */
    Map<String, Event> eventsById(Collection<String> ids) throws StoreException;

    /** The ids among {@code ids} that name stored events (what an import checks its links against). */
    Set<String> storedEventIds(Collection<String> ids) throws StoreException;

    /**
     * How many events each day has, by border and category — the timeline's histogram and its
     * steps from event to event — from counts the store keeps as it writes events.
     */
    EventDays eventDays() throws StoreException;

    /**
     * The most events a window of {@link #eventSource} reads: a slide's map of more (a window of
     * years over a large import) is refused with the count, not read until the memory runs out —
     * a year of a million-event store (198,000 events) took 178 MB of the {@code render} command's
     * heap, which the bench's heap of 512 MB holds; five years ran out of it.
     */
    int SOURCE_WINDOW_AT_MOST = 200_000;

    /**
     * The events of this store as an {@link EventSource} for slides: each window is counted, then
     * read with one {@link #events} query; a store failure, or a window of more than
     * {@link #SOURCE_WINDOW_AT_MOST} events (fewer in a small heap: half of it, at 1 KB an event),
     * becomes an {@link EventsUnavailableException} with a message for the user.
     */
    default EventSource eventSource() {
        return eventSource(null);
    }

    /**
     * {@link #eventSource()}, its events carrying only the attributes named in {@code attributes}
     * ({@code null}: all of them) — for slides, which paint only a few.
     */
    default EventSource eventSource(java.util.Set<String> attributes) {
        return CountedEventSource.forHeap(this, attributes, Runtime.getRuntime().maxMemory());
    }

    /**
     * Everything — sources, crossings, intervals and every event — in one snapshot. Its cost grows
     * with the store: for checks, tests and the equivalence of windowed and full answers, never
     * for a view or a command.
     */
    SituationData loadSituationData() throws StoreException;

    /**
     * Full-text search over event titles, summaries, places and the titles and publishers of
     * their sources: every word of {@code userText} must occur, as a prefix, ignoring case and
     * diacritics ({@code kuznica} finds Kuźnica). Blank text gives an empty list.
     *
     * @param limit at most this many hits, best first
     */
    List<SearchHit> search(String userText, int limit) throws StoreException;

    /**
     * Whether events committed by a large import still wait for their search text (a search
     * waits for it). Answers at once from memory, without waiting for other calls: safe on any
     * thread, the JavaFX Application Thread included.
     */
    boolean searchIndexBehind();

    /** Indexes now the search text that large imports left to the background. */
    void completeSearchIndex() throws StoreException;

    /** Every annotation that is not deleted, oldest first. */
    List<Annotation> annotations() throws StoreException;

    /**
     * The annotations that are not deleted and are shown on at least one day of {@code first} …
     * {@code last} ({@link Annotation#visibleOn}), oldest first: what slides of those days paint,
     * read without the others.
     */
    List<Annotation> annotationsShown(LocalDate first, LocalDate last) throws StoreException;

    /** Full-text search over the titles and notes of annotations that are not deleted, best first. */
    List<Annotation> searchAnnotations(String userText, int limit) throws StoreException;

    /**
     * The analysts' annotations with their history and the edits that change them. Every edit
     * names the state it starts from, so a save over someone else's change is refused, never
     * written over it ({@link AnnotationRepository}).
     */
    AnnotationRepository annotationRepository();

    /** Inserts new sources and rewrites changed ones, in one transaction. */
    ImportCounts upsertSources(Collection<Source> sources) throws StoreException;

    /**
     * Inserts new events and rewrites changed ones (by id), in one transaction; events equal to
     * the stored ones are not touched. Every source and crossing they cite must already be stored.
     */
    ImportCounts upsertEvents(List<Event> events) throws StoreException;

    /**
     * Runs {@code work} in one write transaction with a {@link BulkWriter}, for imports too large
     * to hold in memory: the work streams batches of sources and events into the writer, and the
     * store commits them together when the work returns. When the work throws, everything it
     * wrote is rolled back and the store is exactly as it was.
     *
     * @throws E what the work throws (nothing is stored then)
     */
    <T, E extends Exception> T bulkImport(BulkWork<T, E> work) throws StoreException, E;

    /** Imports one Borderwatch bundle file (see {@link #importBundles}). */
    ImportResult importBundle(Path file) throws ImportException, StoreException;

    /**
     * Imports Borderwatch bundles as one: everything is checked first and any problem refuses
     * the whole import with an {@link ImportException} naming the file and the JSON pointer or
     * line and column; only then is everything written, in one transaction.
     */
    ImportResult importBundles(List<BundleInput> inputs) throws ImportException, StoreException;

    /**
     * Writes everything as a Borderwatch bundle to {@code out} (UTF-8, LF line ends), in an order
     * that depends only on the content.
     */
    void exportBundle(OutputStream out) throws StoreException, IOException;

    /** Exports to {@code file}, written next to it and moved into place (no half-written file). */
    void exportBundle(Path file) throws StoreException;

    /**
     * Changes other people commit to this store, as they commit them: present for a store shared
     * on a server ({@link PgStore}), empty for a store this program alone writes.
     */
    default java.util.Optional<ChangeFeed> changeFeed() {
        return java.util.Optional.empty();
    }

    /**
     * Says that the user's first view of the store is on screen: checks left to run beside the
     * opening ({@link OpenOptions#checkingBeside()}) may start now instead of competing with it.
     * Returns at once; a store without such checks does nothing.
     */
    default void startBackgroundChecks() {
    }

    /**
     * Opens the store named by {@code address}: a team store when it is a server address
     * ({@code postgresql://host:port/dbname}, see {@link ServerAddress}), else the SQLite file at
     * that path, created and seeded from the bundled data when it does not exist yet.
     *
     * @param prompt asked for a server password that {@code ~/.pgpass} and {@code PGPASSWORD} do not give
     */
    static Store openOrCreateSeeded(String address, PasswordPrompt prompt) throws StoreException {
        if (ServerAddress.isServerAddress(address)) {
            ServerAddress server;
            try {
                server = ServerAddress.parse(address);
            } catch (IllegalArgumentException e) {
                throw new StoreException(e.getMessage(), e);
            }
            return PgStore.open(server, prompt);
        }
        return openOrCreateSeeded(Path.of(address));
    }

    /**
     * What an administrator's {@code server-init} does: sets up (or upgrades) the team store at
     * {@code address} — PostGIS and unaccent, the roles reader, analyst and lead, the schema with
     * its grants and row-level security — and, when {@code seed}, loads the bundled seed data;
     * see {@link PgStore#initialize}. Running it again changes nothing.
     */
    static Store initializeServer(ServerAddress address, PasswordPrompt prompt, boolean seed) throws StoreException {
        return PgStore.initialize(address, prompt, seed);
    }

    /** Ends the store's background work and releases it; further calls fail. */
    @Override
    void close() throws StoreException;
}
