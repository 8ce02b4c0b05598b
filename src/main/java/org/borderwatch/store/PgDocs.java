package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.json.Json;

/**
 * The {@code doc} column of the team store: each item as its compact Borderwatch bundle JSON,
 * written by {@link BundleJson} and read back by {@link BundleItems} — the codec of the bundle
 * files, so what a server holds is exactly what an export writes and an import reads.
 */
final class PgDocs {
    /** Writes one item. */
    @FunctionalInterface
    interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /** Reads one item from its JSON tree. */
    @FunctionalInterface
    interface ItemReader<T> {
        T read(JsonNode node, String pointer) throws ItemProblem;
    }

    private PgDocs() {
    }

    static String source(Source s) {
        return text(s, BundleJson::write);
    }

    static String crossing(Crossing c) {
        return text(c, BundleJson::write);
    }

    static String interval(StatusInterval i) {
        return text(i, BundleJson::write);
    }

    static String event(Event e) {
        return text(e, BundleJson::write);
    }

    static String annotation(Annotation a) {
        return BundleJson.compact(a);
    }

    static <T> String text(T item, ItemWriter<T> writer) {
        StringWriter sw = new StringWriter(512);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(sw)) {
            writer.write(g, item);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return sw.toString();
    }

    /**
     * Reads the {@code doc} of row {@code key} of {@code table}; a document the codec refuses
     * (changed by hand into something invalid) is reported with its table, row and problem.
     */
    static <T> T read(String doc, ItemReader<T> reader, String table, String key) throws SQLException {
        try {
            return reader.read(Json.MAPPER.readTree(doc), "");
        } catch (ItemProblem p) {
            throw new SQLException("row " + key + " of " + table + " holds an invalid item: " + p.getMessage(), p);
        } catch (IOException e) {
            throw new SQLException("row " + key + " of " + table + " holds invalid JSON: " + e.getMessage(), e);
        }
    }
}
