package org.borderwatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Event;
import org.postgresql.PGConnection;

/**
 * Writes batches of events into the team store inside the caller's transaction: the batch is
 * streamed with {@code COPY} into a temporary staging table and merged into {@code events} with
 * one {@code INSERT … ON CONFLICT} that also computes each event's search text (its sources'
 * words once per distinct list of sources). One round trip per batch whatever its size.
 */
final class PgEventWriter {
    /** Events per staging batch (a few MB of JSON). */
    static final int BATCH = 5_000;

    private static final String STAGE = "bw_event_stage";

    /** The list of sources an event cites, as a value to join on. */
    private static final String REFS = "coalesce(s.doc -> 'sources', '[]')";

    /**
     * The words of each distinct list of sources in the batch's {@code rows}, found once per list:
     * an event's search text is its own words and these ({@code event_search} = {@code event_text_search}
     * || {@code sources_search}), computed for the whole batch at once.
     */
    private static String cited(String rows) {
        return "cited AS MATERIALIZED (SELECT refs, sources_search(refs) AS words FROM "
                + "(SELECT DISTINCT " + REFS + " AS refs FROM " + rows + " s) r)";
    }

    private PgEventWriter() {
    }

    /**
     * Writes {@code batch}: each event replaces a stored one with its id whole when {@code compare}
     * is false; when true, events equal to the stored ones are left alone and counted unchanged.
     * Of two events with one id, the later wins. With {@code checkReferences}, a batch citing a
     * source or crossing that is not stored is refused with a {@link StoreException} naming them.
     */
    static ImportCounts write(Connection c, List<Event> batch, boolean compare, boolean checkReferences)
            throws SQLException, StoreException {
        return write(c, Staged.of(batch), compare, checkReferences);
    }

    /**
     * A batch turned into the rows {@code COPY} reads (binary format), which needs no connection: a copy prepares
     * the next batch on one thread while the server writes this one.
     */
    record Staged(PgCopyRows rows, int size, boolean distinctIds, Texts texts, boolean folded) {
        static Staged of(List<Event> batch) {
            PgCopyRows rows = new PgCopyRows(batch.size() * 1_600);
            Texts texts = new Texts(new String[batch.size()], new String[batch.size()], new String[batch.size()]);
            java.util.Set<String> ids = new java.util.HashSet<>();
            boolean distinct = true;
            int pos = 0;
            for (Event e : batch) {
                distinct &= ids.add(e.id());
                rows.row(3).bigint(pos).text(e.id()).jsonb(e, BundleJson::write);
                texts.titles[pos] = e.title();
                texts.summaries[pos] = e.summary();
                texts.places[pos] = e.place();
                pos++;
            }
            return new Staged(rows, batch.size(), distinct, texts, false);
        }

        /**
         * This batch with its events' own search words already folded ({@code event_text_search}
         * of each event's texts, in tsvector's binary format, in batch order), so that writing it
         * folds nothing.
         */
        Staged withWords(byte[][] words) {
            return new Staged(rows.withField(words), size, distinctIds, null, true);
        }
    }

    /** The texts of a batch's events that their own search words are folded from, in batch order. */
    record Texts(String[] titles, String[] summaries, String[] places) {
    }

    /** Writes a staged batch (see {@link #write(Connection, List, boolean, boolean)}). */
    static ImportCounts write(Connection c, Staged batch, boolean compare, boolean checkReferences)
            throws SQLException, StoreException {
        if (batch.size() == 0) {
            return ImportCounts.NONE;
        }
        stage(c, batch);
        if (checkReferences) {
            requireReferences(c);
        }
        boolean unique = batch.distinctIds();
        // an equal stored event is left alone: matched through the primary key, whatever the
        // planner thinks of a table that grew within this transaction
        String changed = compare ? " WHERE events.doc <> EXCLUDED.doc" : "";
        // of two events with one id the later wins; most batches have none twice and are read as
        // staged (not gathered into a CTE first: a batch's documents are more than work_mem)
        String latest = unique ? STAGE : "(SELECT DISTINCT ON (id) id, doc, own FROM " + STAGE + " ORDER BY id, pos DESC)";
        String own = batch.folded() ? "s.own" : "event_text_search(s.doc)";
        String distinct = unique ? Integer.toString(batch.size()) : "(SELECT count(DISTINCT id) FROM " + STAGE + ")";
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("WITH " + cited(latest) + ", "
                     + "written AS (INSERT INTO events (id, doc, search) "
                     + "SELECT s.id, s.doc, " + own + " || w.words FROM " + latest + " s JOIN cited w ON w.refs = "
                     + REFS + " ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, search = EXCLUDED.search" + changed
                     + " RETURNING (xmax = 0) AS added) "
                     + "SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added), " + distinct + " FROM written")) {
            rs.next();
            int added = rs.getInt(1);
            int updated = rs.getInt(2);
            return new ImportCounts(added, updated, rs.getInt(3) - added - updated);
        }
    }

    /** Replaces the staging table's rows with {@code batch}, by {@code COPY}. */
    private static void stage(Connection c, Staged batch) throws SQLException {
        try (Statement st = c.createStatement()) {
            // "own": the events' own search words when folded before the write (Staged#withWords)
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE + " (pos bigint, id text, doc jsonb, own tsvector) "
                    + "ON COMMIT DELETE ROWS");
            st.execute("TRUNCATE " + STAGE);
        }
        copyIn(c, "COPY " + STAGE + " (pos, id, doc" + (batch.folded() ? ", own" : "") + ") FROM STDIN (FORMAT binary)",
                batch.rows().finish());
    }

    static void copyIn(Connection c, String sql, InputStream rows) throws SQLException {
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, rows, 1 << 16);
        } catch (IOException e) {
            throw new SQLException("could not stream rows to the server: " + e.getMessage(), e);
        }
    }

    private static void requireReferences(Connection c) throws SQLException, StoreException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, 'cites source', j.ref FROM " + STAGE
                + " e, jsonb_array_elements_text(e.doc -> 'sources') AS j (ref) "
                + "WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = j.ref) "
                + "UNION ALL SELECT e.id, 'names crossing', e.doc ->> 'crossing' FROM " + STAGE + " e "
                + "WHERE e.doc ->> 'crossing' IS NOT NULL AND NOT EXISTS (SELECT 1 FROM crossings x WHERE x.id = e.doc ->> 'crossing') "
                + "LIMIT 5");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problems.add("event " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)
                        + ", which is not in the store");
            }
        }
        if (!problems.isEmpty()) {
            throw new StoreException(String.join("; ", problems) + "; nothing was written.");
        }
    }
}
