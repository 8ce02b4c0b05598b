package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.PlaceName;
import org.borderwatch.json.Json;

/**
 * A crossing's names in other languages as JSON: the {@code names} array of a bundle's crossing
 * and the {@code names} column of the {@code crossings} table use the same form,
 * {@code [{"side": "counterpart", "lang": "be", "name": "Брэст", "latin": "Brest", "sources": ["X9"]}, …]}.
 */
final class PlaceNames {
    static final List<String> KEYS = List.of("side", "lang", "name", "latin", "sources");

    private PlaceNames() {
    }

    /** Reads the array at {@code f}'s key {@code key}; absent or null gives an empty list. */
    static List<PlaceName> read(JsonFields f, String key) throws ItemProblem {
        JsonNode v = f.raw(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ItemProblem(f.at(key), "expected an array of names, got " + JsonFields.describe(v));
        }
        List<PlaceName> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            String at = f.at(key) + "/" + i;
            JsonFields n = new JsonFields(v.get(i), at).allowOnly(KEYS);
            PlaceName.Side side = n.code("side", true, PlaceName.Side::parse);
            String lang = n.text("lang", true);
            String name = n.text("name", true);
            String latin = n.text("latin", false);
            List<String> sources = n.texts("sources", false);
            try {
                out.add(new PlaceName(side, lang, name, latin, sources));
            } catch (IllegalArgumentException e) {
                throw new ItemProblem(at, e.getMessage());
            }
        }
        return out;
    }

    /** Writes {@code names} as the value of the current field. */
    static void write(JsonGenerator g, List<PlaceName> names) throws IOException {
        g.writeStartArray();
        for (PlaceName n : names) {
            BundlePrettyPrinter.inline(g, true);
            g.writeStartObject();
            g.writeStringField("side", n.side().code());
            g.writeStringField("lang", n.lang());
            g.writeStringField("name", n.name());
            g.writeStringField("latin", n.latin());
            g.writeArrayFieldStart("sources");
            for (String s : n.sourceIds()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
            BundlePrettyPrinter.inline(g, false);
        }
        g.writeEndArray();
    }

    /** The compact JSON text stored in the {@code names} column. */
    static String toColumn(List<PlaceName> names) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(sw)) {
            write(g, names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write place names as JSON", e);
        }
        return sw.toString();
    }

    /** Reads the {@code names} column of crossing {@code id}. */
    static List<PlaceName> fromColumn(String id, String json) {
        if (json == null || json.isEmpty() || json.equals("[]")) {
            return List.of();
        }
        try {
            JsonNode root = Json.MAPPER.readTree("{\"names\":" + json + "}");
            return read(new JsonFields(root, "/crossings/" + id), "names");
        } catch (IOException | ItemProblem e) {
            throw new IllegalStateException("the stored names of crossing " + id + " are unreadable: " + e.getMessage(), e);
        }
    }
}
