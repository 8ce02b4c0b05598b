package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.domain.PublicationDate;
import org.borderwatch.domain.Source;

/** Rows of {@code sources}. Callers hold the store's lock and, for writes, a transaction. */
final class SourceTable {
    private SourceTable() {
    }

    /** Every source by id (unordered). */
    static Map<String, Source> loadAll(Connection c) throws SQLException {
        Map<String, Source> all = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, title, url, publisher, published, undated_reason, archive_url "
                     + "FROM sources")) {
            while (rs.next()) {
                String published = rs.getString(5);
                Source s = new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        published == null ? null : PublicationDate.parse(published), rs.getString(6), rs.getString(7));
                all.put(s.id(), s);
            }
        }
        return all;
    }

    /**
     * Every source by id with only the columns of schema version 1 (id, title, address, publisher):
     * what a migration step older than the source dates may read.
     */
    static Map<String, Source> loadSchema1(Connection c) throws SQLException {
        Map<String, Source> all = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, title, url, publisher FROM sources")) {
            while (rs.next()) {
                Source s = new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                all.put(s.id(), s);
            }
        }
        return all;
    }

    /**
     * Inserts new sources and rewrites changed ones; {@code existing} is every source in the
     * database before the call (it is updated). The ids of sources whose title or publisher
     * changed — the text that event search indexes — are added to {@code searchTextChanged}.
     */
    static ImportCounts upsert(Connection c, Collection<Source> sources, Map<String, Source> existing,
                               Set<String> searchTextChanged) throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sources (id, title, url, publisher, published, undated_reason, archive_url) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET title = excluded.title, url = excluded.url, "
                        + "publisher = excluded.publisher, published = excluded.published, "
                        + "undated_reason = excluded.undated_reason, archive_url = excluded.archive_url")) {
            for (Source s : sources) {
                Source old = existing.get(s.id());
                if (s.equals(old)) {
                    tally.unchanged++;
                    continue;
                }
                ps.setString(1, s.id());
                ps.setString(2, s.title());
                Sql.setText(ps, 3, s.url());
                Sql.setText(ps, 4, s.publisher());
                Sql.setText(ps, 5, s.published() == null ? null : s.published().toString());
                Sql.setText(ps, 6, s.undatedReason());
                Sql.setText(ps, 7, s.archiveUrl());
                ps.executeUpdate();
                if (old == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                    if (!old.title().equals(s.title()) || !Objects.equals(old.publisher(), s.publisher())) {
                        searchTextChanged.add(s.id());
                    }
                }
                existing.put(s.id(), s);
            }
        }
        return tally.counts();
    }
}
