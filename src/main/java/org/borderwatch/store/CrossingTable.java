package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Border;
import org.borderwatch.domain.CoordinatePrecision;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.CrossingType;
import org.borderwatch.domain.GeoPoint;

/** Rows of {@code crossings} and {@code crossing_source}. */
final class CrossingTable {
    /** The order of the data everywhere: by border (FI-RU, PL-BY), then north to south, then id. */
    static final String ORDER = " ORDER BY border, lat DESC, id";

    private CrossingTable() {
    }

    /** Every crossing, by border and then north to south. */
    static List<Crossing> loadAll(Connection c, ChildRows children) throws SQLException {
        Map<String, List<String>> sources = children.group(c,
                "SELECT crossing_id, source_id FROM crossing_source ORDER BY crossing_id, position", List.of(),
                ChildRows.TEXT_KEY);
        List<Crossing> all = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, border, name, counterpart, counterpart_latin, type, lat, lon, "
                     + "precision, precision_note, note, uncertainty_m, rank, rank_note, names, tracked_from, "
                     + "untracked_reason FROM crossings" + ORDER)) {
            while (rs.next()) {
                String id = rs.getString(1);
                int rank = rs.getInt(13);
                Integer ranked = rs.wasNull() ? null : rank;
                all.add(new Crossing(id, Border.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), CrossingType.parse(rs.getString(6)),
                        new GeoPoint(rs.getDouble(7), rs.getDouble(8)), CoordinatePrecision.parse(rs.getString(9)),
                        rs.getString(10), rs.getString(11), sources.getOrDefault(id, List.of()), Sql.getReal(rs, 12),
                        ranked, rs.getString(14), PlaceNames.fromColumn(id, rs.getString(15)), Sql.getDate(rs, 16),
                        rs.getString(17)));
            }
        }
        return all;
    }

    /** Inserts new crossings and rewrites changed ones; {@code existing} maps id → crossing now stored. */
    static ImportCounts upsert(Connection c, Collection<Crossing> crossings, Map<String, Crossing> existing)
            throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO crossings (id, border, name, counterpart, "
                + "counterpart_latin, type, lat, lon, precision, precision_note, note, uncertainty_m, rank, rank_note, "
                + "names, tracked_from, untracked_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO UPDATE SET border = excluded.border, name = excluded.name, "
                + "counterpart = excluded.counterpart, counterpart_latin = excluded.counterpart_latin, "
                + "type = excluded.type, lat = excluded.lat, lon = excluded.lon, precision = excluded.precision, "
                + "precision_note = excluded.precision_note, note = excluded.note, "
                + "uncertainty_m = excluded.uncertainty_m, rank = excluded.rank, rank_note = excluded.rank_note, "
                + "names = excluded.names, tracked_from = excluded.tracked_from, "
                + "untracked_reason = excluded.untracked_reason");
             PreparedStatement delete = c.prepareStatement(ChildRows.deleteSql("crossing_source", "crossing_id"));
             PreparedStatement insert = c.prepareStatement(
                     ChildRows.insertSql("crossing_source", "crossing_id", "source_id"))) {
            for (Crossing x : crossings) {
                Crossing old = existing.get(x.id());
                if (x.equals(old)) {
                    tally.unchanged++;
                    continue;
                }
                ps.setString(1, x.id());
                ps.setString(2, x.border().code());
                ps.setString(3, x.name());
                Sql.setText(ps, 4, x.counterpart());
                Sql.setText(ps, 5, x.counterpartLatin());
                ps.setString(6, x.type().code());
                ps.setDouble(7, x.location().lat());
                ps.setDouble(8, x.location().lon());
                ps.setString(9, x.precision().code());
                ps.setString(10, x.precisionNote());
                Sql.setText(ps, 11, x.note());
                Sql.setReal(ps, 12, x.uncertaintyMetres());
                if (x.rank() == null) {
                    ps.setNull(13, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(13, x.rank());
                }
                Sql.setText(ps, 14, x.rankNote());
                ps.setString(15, PlaceNames.toColumn(x.names()));
                Sql.setDate(ps, 16, x.trackedFrom());
                Sql.setText(ps, 17, x.untrackedReason());
                ps.executeUpdate();
                ChildRows.replace(delete, insert, x.id(), x.sourceIds(), old != null);
                if (old == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                }
                existing.put(x.id(), x);
            }
        }
        return tally.counts();
    }
}
