package org.borderwatch.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.borderwatch.domain.StatusInterval;

/** The items of a team store, for the checks of an import ({@link StoredItems}). */
final class PgStoredItems implements StoredItems {
    private final Connection c;

    PgStoredItems(Connection c) {
        this.c = c;
    }

    @Override
    public Set<String> existing(Kind kind, Collection<String> ids) throws SQLException {
        return PgSituationWriter.existing(c, kind.table, ids);
    }

    @Override
    public List<StatusInterval> intervals() throws SQLException {
        return PgSituationWriter.intervals(c);
    }
}
