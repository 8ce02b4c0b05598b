package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.borderwatch.domain.Event;
import org.borderwatch.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team store's quick reader of event documents gives what the bundle codec gives: the same
 * event for every stored event, in the server's key order and spacing too, and for a document
 * that is no valid event the codec's own message with its place.
 */
class PgEventDocTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryEventAsTheBundleCodecDoes() throws Exception {
        List<Event> events = new ArrayList<>();
        try (Store s = GeneratedStores.seededWithAcled(dir, "docs", 400, 17)) {
            events.addAll(s.events(EventQuery.everything()));
        }
        assertTrue(events.size() > 400, "seed and ACLED events: " + events.size());
        assertTrue(events.stream().anyMatch(e -> !e.attributes().isEmpty()) && events.stream().anyMatch(e -> e.location() == null)
                && events.stream().anyMatch(e -> e.crossingId() != null), "events of every shape");
        for (Event e : events) {
            String doc = PgDocs.event(e);
            assertEquals(e, PgEventDoc.read(doc.getBytes(StandardCharsets.UTF_8), e.id()), doc);
            String server = serverForm(doc);
            assertEquals(e, PgEventDoc.read(server.getBytes(StandardCharsets.UTF_8), e.id()), server);
        }
    }

    @Test
    void aDocumentThatIsNoEventGetsTheCodecsMessage() throws Exception {
        String good = "{\"id\":\"e1\",\"date\":\"2023-11-30\",\"title\":\"Closed\",\"category\":\"closure\",\"border\":\"FI-RU\","
                + "\"location\":{\"lat\":60.6,\"lon\":27.8},\"sources\":[\"s1\"],\"attributes\":{\"a\":\"1\"}}";
        assertEquals("Closed", PgEventDoc.read(good.getBytes(StandardCharsets.UTF_8), "e1").title());
        for (String bad : List.of(
                good.replace("\"title\":\"Closed\"", "\"title\":\" \""),
                good.replace("2023-11-30", "2023-02-30"),
                good.replace("2023-11-30", "30.11.2023"),
                good.replace("\"lat\":60.6", "\"lat\":160.6"),
                good.replace("\"lon\":27.8", "\"lon\":27.8,\"alt\":3"),
                good.replace("\"sources\":[\"s1\"]", "\"sources\":[]"),
                good.replace("\"a\":\"1\"", "\"a\":1"),
                good.replace("\"border\":\"FI-RU\"", "\"border\":\"FI-SE\""),
                good.replace("\"id\":\"e1\"", "\"id\":\"e1\",\"colour\":\"red\""),
                good.replace("\"id\":\"e1\"", "\"id\":\"e1\",\"id\":\"e2\""),
                good.replace("\"category\":\"closure\"", "\"category\":\"closure\",\"datePrecision\":\"month\""),
                good.substring(0, 40))) {
            SQLException quick = assertThrows(SQLException.class,
                    () -> PgEventDoc.read(bad.getBytes(StandardCharsets.UTF_8), "e1"), bad);
            SQLException codec = assertThrows(SQLException.class, () -> PgDocs.read(bad, BundleItems::event, "events", "e1"));
            assertEquals(codec.getMessage(), quick.getMessage());
            assertTrue(quick.getMessage().startsWith("row e1 of events holds"), quick.getMessage());
        }
    }

    /** {@code doc} as the server gives a jsonb back: keys shortest first, a space after ':' and ','. */
    private static String serverForm(String doc) throws Exception {
        JsonNode tree = Json.MAPPER.readTree(doc);
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            fields.add(it.next());
        }
        fields.sort((a, b) -> a.getKey().length() != b.getKey().length()
                ? Integer.compare(a.getKey().length(), b.getKey().length()) : a.getKey().compareTo(b.getKey()));
        ObjectNode sorted = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> f : fields) {
            sorted.set(f.getKey(), f.getValue());
        }
        return Json.MAPPER.writeValueAsString(sorted).replace("\",\"", "\", \"").replace("\":", "\": ");
    }
}
