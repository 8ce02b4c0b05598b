package org.borderwatch.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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
     * The words of each distinct list of sources in the batch ({@code latest}), found once per list:
     * an event's search text is its own words and these ({@code event_search} = {@code event_text_search}
     * || {@code sources_search}), computed for the whole batch at once.
     */
    private static final String CITED = "cited AS MATERIALIZED (SELECT refs, sources_search(refs) AS words FROM "
            + "(SELECT DISTINCT " + REFS + " AS refs FROM latest s) r)";

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
     * A batch turned into the text {@code COPY} reads, which needs no connection: a copy prepares
     * the next batch on one thread while the server writes this one.
     */
    record Staged(String rows, int size, boolean distinctIds) {
        static Staged of(List<Event> batch) {
            StringBuilder text = new StringBuilder(batch.size() * 700);
            java.util.Set<String> ids = new java.util.HashSet<>();
            boolean distinct = true;
            long pos = 0;
            for (Event e : batch) {
                distinct &= ids.add(e.id());
                text.append(pos++).append('\t');
                copyEscape(text, e.id());
                text.append('\t');
                copyEscape(text, PgDocs.event(e));
                text.append('\n');
            }
            return new Staged(text.toString(), batch.size(), distinct);
        }
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
        // of two events with one id the later wins; most batches have none twice and need no sort
        String latest = unique ? "SELECT id, doc FROM " + STAGE : "SELECT DISTINCT ON (id) id, doc FROM " + STAGE
                + " ORDER BY id, pos DESC";
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("WITH latest AS (" + latest + "), " + CITED + ", "
                     + "written AS (INSERT INTO events (id, doc, search) "
                     + "SELECT s.id, s.doc, event_text_search(s.doc) || w.words FROM latest s JOIN cited w ON w.refs = "
                     + REFS + " ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc, search = EXCLUDED.search" + changed
                     + " RETURNING (xmax = 0) AS added) "
                     + "SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added), "
                     + "(SELECT count(*) FROM latest) FROM written")) {
            rs.next();
            int added = rs.getInt(1);
            int updated = rs.getInt(2);
            int distinct = rs.getInt(3);
            return new ImportCounts(added, updated, distinct - added - updated);
        }
    }

    /** Replaces the staging table's rows with {@code batch}, by {@code COPY}. */
    private static void stage(Connection c, Staged batch) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE + " (pos bigint, id text, doc jsonb) ON COMMIT DELETE ROWS");
            st.execute("TRUNCATE " + STAGE);
        }
        copyIn(c, "COPY " + STAGE + " (pos, id, doc) FROM STDIN", new StringReader(batch.rows()));
    }

    static void copyIn(Connection c, String sql, Reader rows) throws SQLException {
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, rows, 1 << 16);
        } catch (IOException e) {
            throw new SQLException("could not stream rows to the server: " + e.getMessage(), e);
        }
    }

    /** Appends {@code value} escaped for COPY's text format (backslash, tab, newline, carriage return). */
    static void copyEscape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
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
