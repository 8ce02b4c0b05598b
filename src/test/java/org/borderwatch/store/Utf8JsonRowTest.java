package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.json.Json;
import org.junit.jupiter.api.Test;

/** An event row's text columns read from the bytes SQLite's {@code json_array} gives. */
class Utf8JsonRowTest {
    private static final String[] TRICKY = {
        "Line one\nline \"two\"\tand a back\\slash, \r\n done",
        "Kuźnica / Брузги / Светогорск — Łódź",
        "\u0001\u0008\u000b\u000c\u001f\u007f controls",
        "\uD83D\uDE80 astral and \u00e9 two-byte and \u20ac three-byte",
        "",
        "\u2028\u2029</script>",
        "slash / and \\/ as text",
        "[\"not\", \"an\", \"array\"]",
        "null",
        "ends with a backslash \\",
    };

    @Test
    void readsWhatSqlitesJsonArrayWritesValueForValue() throws Exception {
        Random random = new Random(16);
        List<String[]> rows = new ArrayList<>();
        for (String t : TRICKY) {
            rows.add(new String[] {t, null, "x" + t, t.isEmpty() ? null : t});
        }
        for (int r = 0; r < 500; r++) {
            String[] row = new String[4];
            for (int k = 0; k < 4; k++) {
                row[k] = random.nextInt(6) == 0 ? null : randomText(random);
            }
            rows.add(row);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            c.createStatement().execute("CREATE TABLE t (n INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?)")) {
                for (int n = 0; n < rows.size(); n++) {
                    ps.setInt(1, n);
                    for (int k = 0; k < 4; k++) {
                        ps.setString(k + 2, rows.get(n)[k]);
                    }
                    ps.executeUpdate();
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT n, json_array(a, b, c, d), json_array(a, b, c, d) FROM t ORDER BY n")) {
                int read = 0;
                Utf8JsonRow reader = new Utf8JsonRow();
                while (rs.next()) {
                    String[] expected = rows.get(rs.getInt(1));
                    byte[] bytes = rs.getBytes(2);
                    String[] got = reader.read(bytes, 4);
                    assertArrayEquals(expected, got, "row " + rs.getInt(1) + ": " + rs.getString(3));
                    // and as a general JSON parser reads the same text
                    assertArrayEquals(Json.MAPPER.readValue(rs.getString(3), String[].class), got);
                    read++;
                }
                assertEquals(rows.size(), read);
            }
        }
    }

    @Test
    void acceptsWhiteSpaceAndEveryEscape() {
        byte[] json = " [ \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u0001\" , null ,\"Брузги\" ] ".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(new String[] {"a\"b\\c/d\b\f\n\r\t\u00e9\u0001", null, "Брузги"}, new Utf8JsonRow().read(json, 3));
        assertArrayEquals(new String[] {"\uD83D\uDE80"}, new Utf8JsonRow().read("[\"\\ud83d\\ude80\"]".getBytes(StandardCharsets.UTF_8), 1));
        assertArrayEquals(new String[0], new Utf8JsonRow().read("[]".getBytes(StandardCharsets.UTF_8), 0));
        // UTF-8 holds no lone surrogate: as the bytes of a String holding one would decode
        assertArrayEquals(new String[] {"\uFFFDx", "\uFFFD\uFFFD"},
                new Utf8JsonRow().read("[\"\\ud800x\",\"\\udc00\\ud800\"]".getBytes(StandardCharsets.UTF_8), 2));
    }

    @Test
    void refusesWhatIsNotARowOfThatSizeAndSaysWhat() {
        for (String bad : List.of("", "[", "[\"a\"", "[\"a\",]", "[\"a\" \"b\"]", "[\"a\"] x", "{\"a\":1}", "[1]",
                "[\"a\\x\"]", "[\"a\\u12\"]", "[\"a\nb\"]", "[nul]", "[\"a\",\"b\",\"c\"]", "[\"a\"]")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Utf8JsonRow().read(bad.getBytes(StandardCharsets.UTF_8), 2), bad);
            assertTrue(e.getMessage().startsWith("not a JSON array of 2 strings or nulls: "), e.getMessage());
        }
        String longRow = "[\"" + "x".repeat(500) + "\"";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Utf8JsonRow().read(longRow.getBytes(StandardCharsets.UTF_8), 1));
        assertTrue(e.getMessage().endsWith("xxx…") && e.getMessage().length() < 120, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Utf8JsonRow().read(null, 1));
    }

    private static String randomText(Random random) {
        int[] pool = {'a', 'Z', ' ', '"', '\\', '/', '\n', '\t', 0x01, 0x1f, 0x7f, 0xe9, 0x142, 0x411, 0x2028, 0x20ac, 0x1F680};
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(random.nextInt(10) == 0 ? 400 : 40); // now and then longer than the reader's first buffer
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }
}
