package org.borderwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.json.Json;

/** Output helpers shared by the store commands: JSON with LF line ends, aligned text tables. */
final class CommandOutput {
    private CommandOutput() {
    }

    static void json(PrintWriter out, JsonNode node) {
        try {
            out.print(Json.PRETTY.writeValueAsString(node));
            out.print('\n');
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON output", e);
        }
    }

    /** Prints {@code rows} (the first is the header) as columns separated by two spaces. */
    static void table(PrintWriter out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        for (String[] r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                String cell = r[i];
                int pad = i == columns - 1 ? 0 : width[i] - cell.codePointCount(0, cell.length());
                cells.add(cell + " ".repeat(pad));
            }
            out.print(String.join("  ", cells).stripTrailing());
            out.print('\n');
        }
        out.flush();
    }
}
