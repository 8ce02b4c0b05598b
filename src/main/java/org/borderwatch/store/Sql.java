package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import org.borderwatch.json.Json;

/** Small JDBC conveniences shared by the tables of this package. */
final class Sql {
    private Sql() {
    }

    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        setText(ps, index, value == null ? null : value.toString());
    }

    static void setReal(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    static Double getReal(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }

    static LocalDate getDate(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        return s == null ? null : LocalDate.parse(s);
    }

    /** A JSON array of strings, for {@code … IN (SELECT value FROM json_each(?))}. */
    static String jsonArray(Collection<?> values) {
        try {
            return Json.MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list of ids as JSON", e);
        }
    }

    /** {@code text} as an SQL string literal (its quotes doubled), for constants built into a statement. */
    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
