package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;

/**
 * The {@link BulkWriter} of a team store: each batch goes to the server at once, inside the one
 * transaction of {@link PgStore#bulkImport}. Not thread-safe: the importing thread only.
 */
final class PgBulkWriter implements BulkWriter {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    private final Connection c;
    private final PgStore store;

    PgBulkWriter(Connection c, PgStore store) {
        this.c = c;
        this.store = store;
    }

    @Override
    public Map<String, Stored> stored(Collection<String> eventIds, String name) throws StoreException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("attribute name must be [A-Za-z0-9_]+, got " + name);
        }
        Map<String, Stored> out = new HashMap<>();
        // a row this transaction wrote carries its id as xmin: "earlier" is every other row
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, doc -> 'attributes' ->> ?, xmin::text <> (pg_current_xact_id()::text::bigint % 4294967296)::text "
                        + "FROM events WHERE id = ANY (?)")) {
            ps.setString(1, name);
            ps.setArray(2, PgSituationWriter.textArray(c, eventIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Stored(rs.getString(2), rs.getBoolean(3)));
                }
            }
        } catch (SQLException e) {
            throw store.failure("read event attributes from", e);
        }
        return out;
    }

    @Override
    public ImportCounts upsertSources(Collection<Source> batch) throws StoreException {
        try {
            return PgSituationWriter.upsertSources(c, batch);
        } catch (SQLException e) {
            throw store.failure("write sources to", e);
        }
    }

    @Override
    public ImportCounts putEvents(List<Event> batch) throws StoreException {
        return events(batch, false);
    }

    @Override
    public ImportCounts putPrepared(List<PreparedEvent> batch) throws StoreException {
        return events(batch.stream().map(PreparedEvent::event).toList(), false);
    }

    @Override
    public ImportCounts upsertEvents(List<Event> batch) throws StoreException {
        return events(batch, true);
    }

    private ImportCounts events(List<Event> batch, boolean compare) throws StoreException {
        ImportCounts total = ImportCounts.NONE;
        try {
            for (int from = 0; from < batch.size(); from += PgEventWriter.BATCH) {
                List<Event> part = batch.subList(from, Math.min(batch.size(), from + PgEventWriter.BATCH));
                total = total.plus(PgEventWriter.write(c, part, compare, true));
            }
        } catch (SQLException e) {
            throw store.failure("write events to", e);
        }
        return total;
    }
}
