package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventDays;
import org.borderwatch.domain.SituationData;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;

/**
 * A team store: the situation and the analysts' annotations in a PostgreSQL (15 or newer)
 * database with PostGIS (3 or newer), shared by a cell of analysts, each connected as their own
 * role (see {@link PgSchema} for the schema, the roles and their permissions).
 *
 * <p><b>Threads.</b> A store owns one connection; its public methods are {@code synchronized},
 * so it may be shared between threads, but every call goes over the network: call it from a
 * background thread, never from the JavaFX Application Thread. {@link #changeFeed} listens on a
 * connection of its own.
 *
 * <p><b>Writes.</b> Every write method is one transaction. Search text is written with each event
 * in the same transaction, so a search never waits and never misses a committed event.
 */
public final class PgStore implements Store, HistoryCopy {
    private static final int MAX_SEARCH_LIMIT = 10_000;

    private final PgConnector connector;
    private final Connection connection;
    private final Clock clock;
    private final String role;
    private final int pid;
    private final PgAnnotationRepository annotations;
    /** How common search words are, for choosing how to search (read under this store's lock). */
    private final PgWordShares wordShares = new PgWordShares();
    private PgChangeFeed feed;

    private PgStore(PgConnector connector, Connection connection, Clock clock) throws SQLException {
        this.connector = connector;
        this.connection = connection;
        this.clock = clock;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT session_user, pg_backend_pid()")) {
            rs.next();
            this.role = rs.getString(1);
            this.pid = rs.getInt(2);
        }
        this.annotations = new PgAnnotationRepository(this, clock);
    }

    /**
     * Connects to the team store at {@code address}; refuses, without changing anything, a
     * database that holds no Borderwatch team store, a foreign schema and a newer one, and brings
     * an older one up to date when the connected role owns it.
     *
     * @param prompt asked for the password when {@code ~/.pgpass} and {@code PGPASSWORD} give none
     */
    public static PgStore open(ServerAddress address, PasswordPrompt prompt) throws StoreException {
        return open(address, prompt, PgSchema.STEPS);
    }

    static PgStore open(ServerAddress address, PasswordPrompt prompt, List<Migration> steps) throws StoreException {
        PgConnector connector = new PgConnector(address, prompt);
        Connection c = connector.open();
        try {
            PgSchema.openChecked(c, address, steps);
            return new PgStore(connector, c, Clock.systemUTC());
        } catch (SQLException | StoreException | RuntimeException e) {
            StoreOpener.closeAfterFailure(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Could not open " + address + ": " + StoreOpener.firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * What {@code borderwatch server-init} does, as an administrator: creates the group roles
     * when missing and the schema (or brings it up to date) in one transaction, then, when
     * {@code seed}, imports the bundled seed data (a second transaction; running it again
     * changes nothing).
     *
     * @return the store, open as the administrator
     */
    public static PgStore initialize(ServerAddress address, PasswordPrompt prompt, boolean seed) throws StoreException {
        return initialize(address, prompt, seed, PgSchema.STEPS);
    }

    /** As {@link #initialize(ServerAddress, PasswordPrompt, boolean)} with explicit schema steps (tests stop early here). */
    static PgStore initialize(ServerAddress address, PasswordPrompt prompt, boolean seed, List<Migration> steps)
            throws StoreException {
        PgConnector connector = new PgConnector(address, prompt);
        Connection c = connector.open();
        PgStore store;
        try {
            PgSchema.initialize(c, address, steps);
            try (Statement st = c.createStatement()) {
                st.execute("SET search_path = " + PgConnector.SCHEMA + ", public");
            }
            store = new PgStore(connector, c, Clock.systemUTC());
        } catch (SQLException | StoreException | RuntimeException e) {
            StoreOpener.closeAfterFailure(c, e);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("Could not set up " + address + ": " + StoreOpener.firstLine(String.valueOf(e.getMessage())), e);
        }
        if (seed) {
            List<BundleInput> inputs = new ArrayList<>();
            for (String name : SEED_RESOURCES) {
                inputs.add(BundleInput.resource(name));
            }
            try {
                store.importBundles(inputs);
            } catch (ImportException e) {
                store.close();
                throw new StoreException("The bundled seed data is invalid: " + e.getMessage(), e);
            }
        }
        return store;
    }

    /** The connected role: the author of every change made through this store. */
    public String role() {
        return role;
    }

    @Override
    public String location() {
        return connector.address().toString();
    }

    @Override
    public synchronized int schemaVersion() throws StoreException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure("read the schema version of", e);
        }
    }

    @Override
    public synchronized Counts counts() throws StoreException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM crossings), "
                     + "(SELECT count(*) FROM status_intervals), (SELECT count(*) FROM events), "
                     + "(SELECT count(*) FROM annotations WHERE NOT deleted)")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        } catch (SQLException e) {
            throw failure("count the items of", e);
        }
    }

    @Override
    public SituationData loadStatusData() throws StoreException {
        try {
            return readOne(PgSituationWriter::status);
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the crossings from", e);
        }
    }

    @Override
    public SituationData loadSituationData() throws StoreException {
        try {
            return read(PgStore::situation);
        } catch (SQLException | IOException | IllegalArgumentException e) {
            throw failure("read the situation from", e);
        }
    }

    private static SituationData situation(Connection c) throws SQLException, IOException {
        List<Event> events = new ArrayList<>();
        forEachEvent(c, events::add);
        return new SituationData(PgSituationWriter.crossings(c), PgSituationWriter.intervals(c), events, sortedSources(c));
    }

    /** Every event by date, then id, read through a cursor (the caller's transaction holds it). */
    static void forEachEvent(Connection c, EventConsumer each) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.setFetchSize(2_000);
            try (ResultSet rs = st.executeQuery("SELECT id, doc::text FROM events ORDER BY day, id COLLATE \"C\"")) {
                SharedLists shared = new SharedLists();
                while (rs.next()) {
                    each.accept(shared.of(PgEventDoc.read(rs.getBytes(2), rs.getString(1))));
                }
            }
        }
    }

    /**
     * Lets events read in one go share equal lists of source ids and tags (an import cites the
     * same few sources a million times), as the embedded store's reader does.
     */
    static final class SharedLists {
        private final java.util.Map<List<String>, List<String>> lists = new java.util.HashMap<>();

        Event of(Event e) {
            List<String> sources = share(e.sourceIds());
            List<String> tags = share(e.tags());
            if (sources == e.sourceIds() && tags == e.tags()) {
                return e;
            }
            return new Event(e.id(), e.date(), e.datePrecision(), e.title(), e.summary(), e.category(), e.border(),
                    e.crossingId(), e.location(), e.place(), sources, tags, e.attributes());
        }

        private List<String> share(List<String> list) {
            if (lists.size() > 10_000) {
                return list;
            }
            List<String> known = lists.putIfAbsent(list, list);
            return known == null ? list : known;
        }
    }

    /** Receives events one by one. */
    @FunctionalInterface
    interface EventConsumer {
        void accept(Event e) throws SQLException, IOException;
    }

    private static List<Source> sortedSources(Connection c) throws SQLException {
        List<Source> sources = new ArrayList<>(PgSituationWriter.sources(c).values());
        sources.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.id(), b.id()));
        return sources;
    }

    @Override
    public List<SearchHit> search(String userText, int limit) throws StoreException {
        List<String> words = FtsQuery.words(userText, false);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            synchronized (this) {
                if (words.size() > 1) {
                    readOne(c -> {
                        wordShares.refresh(c);
                        return null;
                    });
                }
                return readOne(c -> PgSearch.events(c, words, Math.min(limit, MAX_SEARCH_LIMIT), wordShares));
            }
        } catch (SQLException e) {
            throw failure("search", e);
        }
    }

    /** Never: a team store writes an event's search text in the transaction that writes the event. */
    @Override
    public boolean searchIndexBehind() {
        return false;
    }

    /** Returns at once: every committed event is already searchable (see {@link #searchIndexBehind}). */
    @Override
    public void completeSearchIndex() {
        // the search column is written with each event, in the same transaction
    }

    @Override
    public List<Annotation> annotations() throws StoreException {
        try {
            return read(PgAnnotationRepository::live);
        } catch (SQLException e) {
            throw failure("read the annotations from", e);
        }
    }

    @Override
    public List<Annotation> annotationsShown(LocalDate first, LocalDate last) throws StoreException {
        try {
            return read(c -> PgAnnotationRepository.shown(c, first, last));
        } catch (SQLException e) {
            throw failure("read the annotations from", e);
        }
    }

    @Override
    public List<Annotation> searchAnnotations(String userText, int limit) throws StoreException {
        List<String> words = FtsQuery.words(userText, false);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            return read(c -> PgAnnotationRepository.search(c, words, Math.min(limit, MAX_SEARCH_LIMIT)));
        } catch (SQLException e) {
            throw failure("search the annotations of", e);
        }
    }

    @Override
    public AnnotationRepository annotationRepository() {
        return annotations;
    }

    /** Others' changes as they commit, announced by the server; the feed starts with the first call. */
    @Override
    public synchronized Optional<ChangeFeed> changeFeed() {
        if (feed == null) {
            feed = new PgChangeFeed(connector, pid);
        }
        return Optional.of(feed);
    }

    @Override
    public ImportCounts upsertSources(Collection<Source> sources) throws StoreException {
        try {
            return write(c -> PgSituationWriter.upsertSources(c, sources));
        } catch (SQLException e) {
            throw failure("write sources to", e);
        }
    }

    @Override
    public ImportCounts upsertEvents(List<Event> events) throws StoreException {
        return bulkImport(w -> w.upsertEvents(events));
    }

    @Override
    public synchronized <T, E extends Exception> T bulkImport(BulkWork<T, E> work) throws StoreException, E {
        try {
            return PgTx.<T, Exception>write(connection, c -> work.run(new PgBulkWriter(c, this)));
        } catch (SQLException e) {
            throw failure("import into", e);
        } catch (StoreException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            @SuppressWarnings("unchecked") // BulkWork.run throws only StoreException and E
            E thrown = (E) e;
            throw thrown;
        }
    }

    @Override
    public ImportResult importBundle(Path file) throws ImportException, StoreException {
        return importBundles(List.of(BundleInput.file(file)));
    }

    @Override
    public synchronized ImportResult importBundles(List<BundleInput> inputs) throws ImportException, StoreException {
        try {
            return importChecked(inputs);
        } catch (ImportException | StoreException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw failure("import into", e);
        }
    }

    private ImportResult importChecked(List<BundleInput> inputs) throws Exception {
        try {
            try (BundleImport.Checked checked = PgTx.read(connection, c -> BundleImport.check(new PgStoredItems(c), inputs))) {
                return PgTx.<ImportResult, Exception>write(connection, c -> {
                    PgBundleWrite writer = new PgBundleWrite(c, clock.instant());
                    BundleImport.replay(checked, new PgStoredItems(c), writer);
                    return writer.finish();
                });
            }
        } catch (SQLException e) {
            throw failure("import into", e);
        }
    }

    /**
     * Writes everything as a Borderwatch bundle, in the order of the embedded store's export, so
     * the two exports of the same content are byte for byte the same. Events stream from a
     * cursor; one snapshot is read throughout.
     */
    @Override
    public synchronized void exportBundle(OutputStream out) throws StoreException, IOException {
        try (JsonGenerator g = BundleJson.prettyGenerator(out)) {
            PgTx.<Void, IOException>read(connection, c -> {
                writeBundle(c, g);
                return null;
            });
            g.writeRaw('\n');
        } catch (SQLException e) {
            throw failure("read the contents of", e);
        }
    }

    private static void writeBundle(Connection c, JsonGenerator g) throws SQLException, IOException {
        List<Crossing> crossings = PgSituationWriter.crossings(c);
        List<StatusInterval> intervals = new SituationData(crossings, PgSituationWriter.intervals(c), List.of(), List.of())
                .allIntervals();
        BundleContent head = new BundleContent(sortedSources(c), crossings, intervals, List.of(),
                PgAnnotationRepository.live(c));
        BundleJson.<SQLException>write(g, head, each -> forEachEvent(c, each::accept));
    }

    @Override
    public List<Event> events(EventQuery query) throws StoreException {
        try {
            return readOne(c -> PgEventWindows.events(c, query));
        } catch (SQLException | IOException e) {
            throw failure("read events from", e);
        }
    }

    @Override
    public int countEvents(EventQuery query) throws StoreException {
        try {
            return readOne(c -> PgEventWindows.count(c, query));
        } catch (SQLException e) {
            throw failure("count the events of", e);
        }
    }

    @Override
    public List<Event> eventPage(EventQuery query, EventOrder order, int offset, int limit) throws StoreException {
        try {
            return readOne(c -> PgEventWindows.page(c, query, order, offset, limit));
        } catch (SQLException e) {
            throw failure("read events from", e);
        }
    }

    @Override
    public void eachEvent(EventQuery query, EventSink sink) throws StoreException, IOException {
        try {
            read(c -> {
                PgEventWindows.each(c, query, sink::accept);
                return null;
            });
        } catch (SQLException e) {
            throw failure("read events from", e);
        }
    }

    @Override
    public Map<String, Event> eventsById(Collection<String> ids) throws StoreException {
        try {
            return readOne(c -> PgEventWindows.byId(c, ids));
        } catch (SQLException e) {
            throw failure("read events from", e);
        }
    }

    @Override
    public Set<String> storedEventIds(Collection<String> ids) throws StoreException {
        try {
            return ids.isEmpty() ? Set.of() : readOne(c -> PgSituationWriter.existing(c, "events", ids));
        } catch (SQLException e) {
            throw failure("read events from", e);
        }
    }

    @Override
    public EventDays eventDays() throws StoreException {
        try {
            return readOne(PgEventWindows::days);
        } catch (SQLException e) {
            throw failure("count the events of", e);
        }
    }

    @Override
    public List<AnnotationRevision> allRevisions() throws StoreException {
        try {
            return read(c -> PgAnnotationRepository.history(c, null));
        } catch (SQLException e) {
            throw failure("read the annotation history of", e);
        }
    }

    /**
     * Copies {@code source} in, in one transaction, without a bundle in between: (unless
     * {@code annotationsOnly}) sources, crossings and intervals, then the events streamed from
     * {@code source} in batches of {@link PgEventWriter#BATCH}; then the history of annotations new
     * here, then the annotations. Items are matched by id as an import matches them, so running it again adds
     * nothing. What {@code source} holds is consistent (its events cite its own sources and
     * crossings); an annotation linked to an event neither store holds is refused by name.
     */
    synchronized ImportResult copyFrom(Store source, List<AnnotationRevision> history, boolean annotationsOnly)
            throws StoreException {
        try {
            return PgTx.<ImportResult, Exception>write(connection, c -> {
                ImportCounts sources = ImportCounts.NONE;
                ImportCounts crossings = ImportCounts.NONE;
                ImportCounts intervals = ImportCounts.NONE;
                ImportCounts events = ImportCounts.NONE;
                if (!annotationsOnly) {
                    SituationData status = source.loadStatusData();
                    sources = PgSituationWriter.upsertSources(c, status.sources().values());
                    crossings = PgSituationWriter.upsertCrossings(c, status.crossings());
                    intervals = PgSituationWriter.upsertIntervals(c, status.allIntervals());
                    events = PgEventCopy.copy(c, connector, source);
                }
                writeNewHistory(c, history);
                ImportCounts annotations = PgAnnotationRepository.importAll(c, source.annotations(), clock.instant());
                return new ImportResult(sources, crossings, intervals, events, annotations);
            });
        } catch (StoreException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw failure("copy into", e);
        }
    }

    private static void writeNewHistory(Connection c, List<AnnotationRevision> history) throws SQLException {
        for (var e : HistoryCopy.byAnnotation(history).entrySet()) {
            if (PgAnnotationRepository.load(c, e.getKey(), false) != null) {
                continue;
            }
            List<AnnotationRevision> revisions = e.getValue();
            AnnotationRevision last = revisions.get(revisions.size() - 1);
            List<String> links = last.current().eventIds();
            if (last.action() != AnnotationRevision.Action.DELETE && !links.isEmpty()) {
                List<String> unknown = new ArrayList<>(links);
                unknown.removeAll(PgSituationWriter.existing(c, "events", links));
                if (!unknown.isEmpty()) {
                    throw new SQLException("annotation \"" + PgAnnotationRepository.describe(last.current()) + "\" links to "
                            + String.join(", ", unknown) + ", which the store does not hold; copy the events too");
                }
            }
            try (var ps = c.prepareStatement("INSERT INTO annotations (id, doc, version, owner, deleted) "
                    + "VALUES (?, ?::jsonb, ?, ?, ?)")) {
                ps.setString(1, e.getKey());
                ps.setString(2, PgDocs.annotation(last.current()));
                ps.setInt(3, last.revision());
                ps.setString(4, revisions.get(0).author());
                ps.setBoolean(5, last.action() == AnnotationRevision.Action.DELETE);
                ps.executeUpdate();
            }
            for (AnnotationRevision r : revisions) {
                PgAnnotationRepository.appendRevision(c, r.annotationId(), r.revision(), r.author(), r.at(), r.action(),
                        r.changedFields(), r.previous(), r.current());
            }
        }
    }

    @Override
    public void exportBundle(Path file) throws StoreException {
        AtomicFiles.write(file, this::exportBundle);
    }

    <T, E extends Exception> T read(Transactions.Work<T, E> work) throws SQLException, E {
        synchronized (this) {
            return PgTx.read(connection, work);
        }
    }

    /** A read of one statement, in one round trip ({@link PgTx#single}). */
    <T, E extends Exception> T readOne(Transactions.Work<T, E> work) throws SQLException, E {
        synchronized (this) {
            return PgTx.single(connection, work);
        }
    }

    <T, E extends Exception> T write(Transactions.Work<T, E> work) throws SQLException, E {
        synchronized (this) {
            return PgTx.write(connection, work);
        }
    }

    @Override
    public void close() throws StoreException {
        PgChangeFeed f;
        synchronized (this) {
            f = feed;
            feed = null;
        }
        if (f != null) {
            f.close();
        }
        synchronized (this) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure("close", e);
            }
        }
    }

    StoreException failure(String what, Exception e) {
        String m = StoreOpener.firstLine(String.valueOf(e.getMessage()));
        if (e instanceof SQLException s && ("42501".equals(s.getSQLState()) || m.contains("row-level security"))) {
            m = "the role " + role + " may not do that (" + m + ")";
        }
        if (e instanceof StoreException se) {
            return se;
        }
        return new StoreException("Could not " + what + " " + location() + ": " + m, e);
    }
}
