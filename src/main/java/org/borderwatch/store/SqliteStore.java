package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;

/**
 * The user's situation database: one SQLite file in WAL mode with foreign keys on.
 *
 * <p><b>Threads.</b> A store owns one JDBC connection. Every public method is
 * {@code synchronized}, so a store may be shared, but each call does disk I/O: call it from a
 * background thread, never from the JavaFX Application Thread. Returned values are immutable.
 *
 * <p><b>Writes.</b> Every write method is one transaction: it lands whole or not at all.
 *
 * <p><b>Opening.</b> {@link #open} refuses, without changing a byte, a database written by a
 * newer schema, an SQLite file of another program, a file that is not SQLite and a corrupt one;
 * an older Borderwatch database is upgraded by {@link Migrations} in one transaction.
 */
public final class SqliteStore implements Store, HistoryCopy {
    private static final int MAX_SEARCH_LIMIT = 10_000;

    private final Path path;
    private final Connection connection;
    /** What the search words typed lately stood for in the index (see {@link EventSearch.Expansions}). */
    private final EventSearch.Expansions expansions = new EventSearch.Expansions();
    private final Clock clock;
    private final StoreUpkeep upkeep;
    private AnnotationRepository annotations;

    private final boolean readOnly;
    /** The file's real path, by which its integrity check is known. */
    private final Path key;

    private SqliteStore(Path path, Connection connection, Clock clock, boolean readOnly) {
        this.path = path;
        this.key = StoreOpener.key(path.toAbsolutePath());
        this.connection = connection;
        this.clock = clock;
        this.readOnly = readOnly;
        this.upkeep = new StoreUpkeep(this, connection, path, readOnly);
    }

    /** A store on {@code connection}, which starts indexing search text a crash left pending. */
    private static SqliteStore started(Path path, Connection connection, Clock clock, boolean readOnly)
            throws StoreException {
        SqliteStore store = new SqliteStore(path, connection, clock, readOnly);
        synchronized (store) {
            try {
                store.upkeep.afterCommit(false);
            } catch (SQLException e) {
                StoreException failure = store.failure("read the search backlog of", e);
                try {
                    connection.close();
                } catch (SQLException x) {
                    failure.addSuppressed(x);
                }
                StoreOpener.closed(path, connection);
                throw failure;
            }
        }
        return store;
    }

    /** Opens (creating an empty one if missing) the database at {@code path} and brings its schema up to date. */
    public static SqliteStore open(Path path) throws StoreException {
        return open(path, Migrations.ALL);
    }

    /** As {@link #open(Path)} with an explicit list of schema steps (tests append steps here). */
    static SqliteStore open(Path path, List<Migration> steps) throws StoreException {
        return started(path, StoreOpener.open(path, steps, null), Clock.systemUTC(), false);
    }

    /**
     * Opens the database at {@code path} as {@code options} ask: for reading only (no write lock,
     * nothing written), creating it or its folder only when they allow it; see {@link StoreOpener}.
     */
    public static SqliteStore open(Path path, OpenOptions options) throws StoreException {
        return started(path, StoreOpener.open(path, Migrations.ALL, null, options), Clock.systemUTC(), options.readOnly());
    }

    /**
     * Opens the database at {@code path}; when it does not exist yet, creates it and fills it with
     * the bundled seed data ({@link #SEED_RESOURCES}) in the same single transaction.
     */
    public static SqliteStore openOrCreateSeeded(Path path) throws StoreException {
        return openOrCreateSeeded(path, OpenOptions.ANYWHERE);
    }

    /** As {@link #openOrCreateSeeded(Path)}, as {@code options} ask (a new store is seeded). */
    public static SqliteStore openOrCreateSeeded(Path path, OpenOptions options) throws StoreException {
        List<BundleInput> seed = new ArrayList<>();
        for (String name : SEED_RESOURCES) {
            seed.add(BundleInput.resource(name));
        }
        return openOrCreateSeeded(path, seed, options);
    }

    /** As {@link #openOrCreateSeeded(Path)} with explicit seed bundles (tests use broken ones here). */
    static SqliteStore openOrCreateSeeded(Path path, List<BundleInput> seed) throws StoreException {
        return openOrCreateSeeded(path, seed, OpenOptions.ANYWHERE);
    }

    private static SqliteStore openOrCreateSeeded(Path path, List<BundleInput> seed, OpenOptions options)
            throws StoreException {
        Clock clock = Clock.systemUTC();
        Connection c = StoreOpener.open(path, Migrations.ALL, conn -> {
            try {
                try (BundleImport.Checked checked = BundleImport.check(conn, seed)) {
                    BundleImport.write(conn, checked, clock.instant());
                }
            } catch (ImportException e) {
                throw new StoreException("The bundled seed data is invalid, so " + path + " was not created: "
                        + e.getMessage(), e);
            }
        }, options);
        return started(path, c, clock, options.readOnly());
    }

    /** The database file. */
    public Path path() {
        return path;
    }

    @Override
    public String location() {
        return path.toAbsolutePath().toString();
    }

    @Override
    public String integrity() {
        return CheckedStores.user().leftSound(key)
                ? "left sound by Borderwatch (checked, unchanged since): its next opening for writing does not check it again"
                : "every page checked at its next opening for writing";
    }

    @Override
    public void startBackgroundChecks() {
        IntegrityCheck.go(key);
    }

    @Override
    public synchronized AnnotationRepository annotationRepository() {
        if (annotations == null) {
            annotations = new SqliteAnnotationRepository(this);
        }
        return annotations;
    }

    /** The schema version of the open database ({@code PRAGMA user_version}). */
    @Override
    public synchronized int schemaVersion() throws StoreException {
        try (Statement st = connection.createStatement()) {
            return StoreOpener.intPragma(st, "user_version");
        } catch (SQLException e) {
            throw failure("read the schema version of", e);
        }
    }

    /**
     * A snapshot of sources, crossings (by border, north to south), status intervals and events
     * (by date) for {@link org.borderwatch.domain.SituationAt}. One query per table.
     */
    @Override
    public synchronized SituationData loadSituationData() throws StoreException {
        try {
            return Transactions.read(connection, SqliteStore::situation);
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the situation from", e);
        }
    }

    /**
     * The snapshot without its events: sources, crossings and status intervals — all a map needs
     * to show every crossing's status on any day. Milliseconds even for a large store, so a window
     * can show its first frame before {@link #loadSituationData()} has read the events.
     */
    @Override
    public synchronized SituationData loadStatusData() throws StoreException {
        try {
            return Transactions.read(connection, c -> {
                ChildRows children = new ChildRows();
                return new SituationData(CrossingTable.loadAll(c, children), IntervalTable.loadAll(c, children),
                        List.of(), sortedSources(c));
            });
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the crossings from", e);
        }
    }

    @Override
    public synchronized List<Event> events(EventQuery query) throws StoreException {
        try {
            return Transactions.read(connection, c -> EventWindows.events(c, query));
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the events of " + query.from() + " to " + query.to() + " from", e);
        }
    }

    @Override
    public synchronized int countEvents(EventQuery query) throws StoreException {
        try {
            return Transactions.read(connection, c -> EventWindows.count(c, query));
        } catch (SQLException e) {
            throw failure("count the events of", e);
        }
    }

    @Override
    public synchronized List<Event> eventPage(EventQuery query, EventOrder order, int offset, int limit)
            throws StoreException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("a page needs offset and limit ≥ 0, not " + offset + ", " + limit);
        }
        try {
            return Transactions.read(connection, c -> EventWindows.page(c, query, order, offset, limit));
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read a page of events from", e);
        }
    }

    @Override
    public synchronized void eachEvent(EventQuery query, EventSink sink) throws StoreException, IOException {
        try {
            Transactions.read(connection, c -> {
                EventWindows.each(c, query, e -> {
                    try {
                        sink.accept(e);
                    } catch (IOException io) {
                        throw new SinkFailed(io);
                    }
                });
                return null;
            });
        } catch (SinkFailed f) {
            throw f.io;
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the events of", e);
        }
    }

    /** Carries a sink's I/O error out of the read, which ends there. */
    private static final class SinkFailed extends SQLException {
        private static final long serialVersionUID = 1L;
        private final transient IOException io;

        SinkFailed(IOException io) {
            super(io.getMessage(), io);
            this.io = io;
        }
    }

    @Override
    public synchronized Map<String, Event> eventsById(Collection<String> ids) throws StoreException {
        try {
            return Transactions.read(connection, c -> EventWindows.byIds(c, ids));
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read events from", e);
        }
    }

    @Override
    public synchronized Set<String> storedEventIds(Collection<String> ids) throws StoreException {
        try {
            return Transactions.read(connection, c -> EventWindows.storedIds(c, ids));
        } catch (SQLException e) {
            throw failure("look up event ids in", e);
        }
    }

    @Override
    public synchronized EventDays eventDays() throws StoreException {
        try {
            return Transactions.read(connection, EventWindows::days);
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the event counts per day of", e);
        }
    }

    private static SituationData situation(Connection c) throws SQLException {
        ChildRows children = new ChildRows();
        List<Source> sources = sortedSources(c);
        return new SituationData(CrossingTable.loadAll(c, children), IntervalTable.loadAll(c, children),
                EventLoader.all(c), sources);
    }

    private static List<Source> sortedSources(Connection c) throws SQLException {
        List<Source> sources = new ArrayList<>(SourceTable.loadAll(c).values());
        sources.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.id(), b.id()));
        return sources;
    }

    /** Every annotation that is not deleted, oldest first. */
    @Override
    public synchronized List<Annotation> annotations() throws StoreException {
        try {
            return Transactions.read(connection, c -> AnnotationTable.loadLive(c, new ChildRows()));
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the annotations from", e);
        }
    }

    @Override
    public synchronized List<Annotation> annotationsShown(LocalDate first, LocalDate last) throws StoreException {
        try {
            return Transactions.read(connection, c -> AnnotationTable.loadShown(c, new ChildRows(), first, last));
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the annotations from", e);
        }
    }

    /**
     * Full-text search over event titles, summaries, places and the titles and publishers of their
     * sources. Every word of {@code userText} must occur, as a prefix, ignoring case and diacritics
     * ({@code kuznica} finds Kuźnica, {@code bialy} finds Białystok). Any text is accepted: query
     * syntax characters only separate words. Blank text gives an empty list.
     *
     * <p>Hits are ranked by relevance (bm25, a title match above a summary match, ties newest
     * first) when the text matches at most 500 events; beyond that they are the newest matching
     * events, newest first, so that a common word stays instant on a large store.
     *
     * @param limit at most this many hits (capped at 10,000), best first
     */
    @Override
    public synchronized List<SearchHit> search(String userText, int limit) throws StoreException {
        List<String> words = FtsQuery.words(userText, true);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            upkeep.catchUp();
            return Transactions.read(connection, c -> EventSearch.run(c, words, Math.min(limit, MAX_SEARCH_LIMIT), expansions));
        } catch (SQLException e) {
            throw failure("search", e);
        }
    }

    /**
     * Full-text search over the titles and notes of annotations that are not deleted, best first.
     * Words are prefixes and diacritics are ignored as in {@link #search}; letters without a
     * Unicode decomposition (ł, ø) must be typed as written.
     */
    @Override
    public synchronized List<Annotation> searchAnnotations(String userText, int limit) throws StoreException {
        String query = FtsQuery.build(userText, false);
        if (query == null || limit <= 0) {
            return List.of();
        }
        try {
            return Transactions.read(connection, c -> AnnotationTable.search(c, query, Math.min(limit, MAX_SEARCH_LIMIT)));
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("search the annotations of", e);
        }
    }

    /** How many items the store holds. */
    @Override
    public synchronized Counts counts() throws StoreException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM crossings), "
                     + "(SELECT count(*) FROM status_intervals), (SELECT count(*) FROM events), "
                     + "(SELECT count(*) FROM annotations WHERE deleted = 0)")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        } catch (SQLException e) {
            throw failure("count the items of", e);
        }
    }

    /** Inserts new sources and rewrites changed ones, in one transaction. */
    @Override
    public synchronized ImportCounts upsertSources(Collection<Source> sources) throws StoreException {
        try {
            return Transactions.write(connection, c -> {
                Map<String, Source> stored = SourceTable.loadAll(c);
                Set<String> retitled = new LinkedHashSet<>();
                ImportCounts counts = SourceTable.upsert(c, sources, stored, retitled);
                EventTable.reindexCiting(c, retitled);
                return counts;
            });
        } catch (SQLException e) {
            throw failure("write sources to", e);
        }
    }

    /**
     * Inserts new events and rewrites changed ones (by id), in one transaction; events equal to
     * the stored ones are not touched. Every source and crossing they cite must already be stored.
     * Runs on the bulk path ({@link #bulkImport}): 100,000 events take a few seconds at most.
     */
    @Override
    public ImportCounts upsertEvents(List<Event> events) throws StoreException {
        return bulkImport(w -> w.upsertEvents(events));
    }

    /**
     * Runs {@code work} in one write transaction with a {@link BulkWriter}, for imports too large
     * to hold in memory: the work streams batches of sources and events into the writer, and the
     * store commits them together when the work returns. When the work throws — an invalid row, a
     * cancellation, an I/O error — everything it wrote is rolled back and the store is exactly as
     * it was. Other calls on this store wait until the work is done; calling this store from
     * inside the work (on its own thread) is refused with an {@link IllegalStateException}.
     *
     * @throws StoreException when the database cannot be written
     * @throws E              what the work throws (nothing is stored then)
     */
    @Override
    public synchronized <T, E extends Exception> T bulkImport(BulkWork<T, E> work) throws StoreException, E {
        T result = BulkSession.run(connection, path, work, StoreOpener.takeCreated(connection));
        try {
            upkeep.afterCommit(true);
        } catch (SQLException e) {
            throw failure("read the search backlog of", e);
        }
        return result;
    }

    /**
     * Whether events committed by a large bulk import still wait for their search text, which
     * the store indexes in the background right after the import ({@link #search} waits for it).
     * Answers at once, without waiting for other calls: safe on any thread.
     */
    @Override
    public boolean searchIndexBehind() {
        return upkeep.searchBehind();
    }

    /**
     * Indexes now, in one transaction, the search text that large imports left to the
     * background: for a command-line import, which should leave the store complete when it ends.
     */
    @Override
    public synchronized void completeSearchIndex() throws StoreException {
        try {
            upkeep.catchUp();
        } catch (SQLException e) {
            throw failure("index the search text of", e);
        }
    }

    /** Imports one Borderwatch bundle file (see {@link #importBundles}). */
    @Override
    public synchronized ImportResult importBundle(Path file) throws ImportException, StoreException {
        return importBundles(List.of(BundleInput.file(file)));
    }

    /**
     * Imports Borderwatch bundles as one: everything is checked first (syntax, types, ranges,
     * duplicate ids, references, overlapping intervals) and any problem refuses the whole import
     * with an {@link ImportException} naming the file and the JSON pointer or line and column;
     * only then is everything written, in one transaction. Items are matched by id (intervals by
     * crossing and {@code from}), so importing the same file twice changes nothing.
     */
    @Override
    public synchronized ImportResult importBundles(List<BundleInput> inputs) throws ImportException, StoreException {
        try {
            try (BundleImport.Checked checked = Transactions.read(connection, c -> BundleImport.check(c, inputs))) {
                return Transactions.write(connection, c -> BundleImport.write(c, checked, clock.instant()));
            }
        } catch (SQLException e) {
            throw failure("import into", e);
        }
    }

    /**
     * Writes everything — sources, crossings, intervals, events, annotations — as a Borderwatch
     * bundle to {@code out} (UTF-8, LF line ends). The output depends only on the stored content:
     * sources by id (F2 before F14), crossings by border then north to south, intervals by
     * crossing then start, events by date then id, annotations by creation then id.
     */
    @Override
    public synchronized void exportBundle(OutputStream out) throws StoreException, IOException {
        try (JsonGenerator g = BundleJson.prettyGenerator(out)) {
            // one read transaction: the events streamed in date order belong to the same state as the rest
            Transactions.read(connection, c -> {
                ChildRows children = new ChildRows();
                SituationData status = new SituationData(CrossingTable.loadAll(c, children),
                        IntervalTable.loadAll(c, children), List.of(), sortedSources(c));
                BundleContent content = new BundleContent(List.copyOf(status.sources().values()), status.crossings(),
                        status.allIntervals(), List.of(), AnnotationTable.loadLive(c, new ChildRows()));
                try {
                    BundleJson.<SQLException>write(g, content, each -> EventWindows.each(c, EventQuery.everything(), e -> {
                        try {
                            each.accept(e);
                        } catch (IOException io) {
                            throw new SinkFailed(io);
                        }
                    }));
                } catch (IOException io) {
                    throw new SinkFailed(io);
                }
                return null;
            });
            g.writeRaw('\n');
        } catch (SinkFailed f) {
            throw f.io;
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the contents of", e);
        }
    }

    /**
     * Exports to {@code file} (see {@link #exportBundle(OutputStream)}). The file is written next to
     * its destination and moved into place, so a failed export leaves no half-written file.
     */
    @Override
    public synchronized void exportBundle(Path file) throws StoreException {
        AtomicFiles.write(file, this::exportBundle);
    }

    @Override
    public synchronized List<AnnotationRevision> allRevisions() throws StoreException {
        try {
            return Transactions.read(connection, SqliteHistoryCopy::allRevisions);
        } catch (SQLException e) {
            throw failure("read the annotation history of", e);
        }
    }

    /**
     * In one transaction: for each annotation of {@code history} that this store does not hold
     * yet, its revisions with their numbers, authors and times and the annotation in its last
     * state (deleted when its last revision deleted it); then the bundles, as
     * {@link #importBundles} imports them. Annotations held already keep their own history (the
     * bundle's content, when different, arrives as one more revision). For {@link StoreCopy}.
     */
    synchronized ImportResult importWithHistory(List<BundleInput> inputs, List<AnnotationRevision> history)
            throws ImportException, StoreException {
        try {
            return Transactions.write(connection, c -> {
                SqliteHistoryCopy.writeNew(c, history);
                try (BundleImport.Checked checked = BundleImport.check(c, inputs)) {
                    return BundleImport.write(c, checked, clock.instant());
                }
            });
        } catch (SQLException e) {
            throw failure("copy into", e);
        }
    }

    /**
     * Runs {@code work} in one write transaction on this store's connection. For the writers of
     * this package (annotation editing, importers) that need several tables at once.
     */
    synchronized <T, E extends Exception> T inTransaction(Transactions.Work<T, E> work) throws SQLException, E {
        return Transactions.write(connection, work);
    }

    /**
     * Stops the background work after its current step (search text still pending is indexed
     * when the store is next opened), then closes the connection (checkpointing the WAL). Further
     * calls fail.
     */
    @Override
    public void close() throws StoreException {
        try {
            upkeep.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure("close", e);
            } finally {
                StoreOpener.closed(path, connection);
            }
        }
    }

    private StoreException failure(String what, Exception e) {
        String why = e instanceof SQLException sql ? StoreProblems.describe(path, sql)
                : StoreOpener.firstLine(String.valueOf(e.getMessage()));
        if (readOnly && e instanceof SQLException sql && String.valueOf(sql.getMessage()).contains("readonly")) {
            why = "the store was opened for reading only";
        }
        return new StoreException("Could not " + what + " " + path + ": " + why, e);
    }
}
