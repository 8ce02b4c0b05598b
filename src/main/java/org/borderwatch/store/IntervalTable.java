package org.borderwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;

/** Rows of {@code status_intervals} and {@code interval_source}; an interval's key is (crossing, from). */
final class IntervalTable {
    private IntervalTable() {
    }

    /** Key of an interval: its crossing and first day. */
    static String key(StatusInterval i) {
        return key(i.crossingId(), i.from().toString());
    }

    static String key(String crossingId, String from) {
        return crossingId + '\u0000' + from;
    }

    /** Every interval, by crossing id and start. */
    static List<StatusInterval> loadAll(Connection c, ChildRows children) throws SQLException {
        Map<Long, List<String>> sources = children.group(c,
                "SELECT interval_id, source_id FROM interval_source ORDER BY interval_id, position", List.of(),
                ChildRows.LONG_KEY);
        List<StatusInterval> all = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, crossing_id, from_date, until_date, status, reason, "
                     + "effective_time FROM status_intervals ORDER BY crossing_id, from_date")) {
            while (rs.next()) {
                String time = rs.getString(7);
                all.add(new StatusInterval(rs.getString(2), Sql.getDate(rs, 3), Sql.getDate(rs, 4),
                        Status.parseStored(rs.getString(5)), rs.getString(6),
                        time == null ? null : LocalTime.parse(time), sources.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        return all;
    }

    /** Inserts new intervals and rewrites changed ones; {@code existing} maps {@link #key} → interval now stored. */
    static ImportCounts upsert(Connection c, Collection<StatusInterval> intervals, Map<String, StatusInterval> existing)
            throws SQLException {
        ImportCounts.Tally tally = new ImportCounts.Tally();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO status_intervals (crossing_id, from_date, "
                + "until_date, status, reason, effective_time) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (crossing_id, from_date) DO UPDATE SET until_date = excluded.until_date, "
                + "status = excluded.status, reason = excluded.reason, effective_time = excluded.effective_time "
                + "RETURNING id");
             PreparedStatement delete = c.prepareStatement(ChildRows.deleteSql("interval_source", "interval_id"));
             PreparedStatement insert = c.prepareStatement(
                     ChildRows.insertSql("interval_source", "interval_id", "source_id"))) {
            for (StatusInterval i : intervals) {
                String key = key(i);
                StatusInterval old = existing.get(key);
                if (i.equals(old)) {
                    tally.unchanged++;
                    continue;
                }
                ps.setString(1, i.crossingId());
                Sql.setDate(ps, 2, i.from());
                Sql.setDate(ps, 3, i.until());
                ps.setString(4, i.status().code());
                Sql.setText(ps, 5, i.reason());
                Sql.setText(ps, 6, i.effectiveTime() == null ? null : i.effectiveTime().toString());
                long id;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                ChildRows.replace(delete, insert, id, i.sourceIds(), old != null);
                if (old == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                }
                existing.put(key, i);
            }
        }
        return tally.counts();
    }
}
