package org.borderwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small but complete bundle — every kind of item, both borders — for store tests to import and bend. */
final class TestBundles {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String SAMPLE = """
            {
              "format": "borderwatch",
              "version": 1,
              "sources": [
                {"id": "F14", "title": "Vaalimaalla ja Niiralassa ollaan valmiina rajan avautumiseen", "url": "https://www.sss.fi/2023/12/x/", "publisher": "Etelä-Saimaa"},
                {"id": "F3", "title": "Traffic across the eastern border to end temporarily", "url": "https://tulli.fi/en/-/traffic", "publisher": "Finnish Customs"},
                {"id": "P13", "title": "Przejście graniczne w Kuźnicy zamknięte", "url": "https://example.org/kuznica", "publisher": "Gazeta Wyborcza"},
                {"id": "P41", "title": "Reopening of Bobrowniki and Kuźnica", "url": null, "publisher": null}
              ],
              "crossings": [
                {"id": "fi-vaalimaa", "border": "FI-RU", "name": "Vaalimaa", "counterpart": "Торфяновка", "counterpartLatin": "Torfyanovka",
                 "type": "road", "location": {"lat": 60.6, "lon": 27.80833}, "precision": "approximate",
                 "precisionNote": "Village coordinate of the Wikipedia article, not the station", "note": null, "sources": ["F3"]},
                {"id": "fi-raja-jooseppi", "border": "FI-RU", "name": "Raja-Jooseppi", "counterpart": "Лотта", "counterpartLatin": "Lotta",
                 "type": "road", "location": {"lat": 68.48, "lon": 28.3}, "precision": "estimate",
                 "precisionNote": "Estimated on road 91, 800 m from the border line", "note": "Northernmost road crossing", "sources": ["F3"]},
                {"id": "pl-kuznica", "border": "PL-BY", "name": "Kuźnica", "counterpart": "Брузги", "counterpartLatin": "Bruzgi",
                 "type": "road", "location": {"lat": 53.53, "lon": 23.693}, "precision": "estimate",
                 "precisionNote": "Approximate value of a script, unconfirmed", "note": null, "sources": ["P13", "P41"]}
              ],
              "intervals": [
                {"crossing": "fi-vaalimaa", "from": "2022-07-01", "until": "2023-11-18", "status": "open", "reason": "24-hour passenger traffic", "effectiveTime": null, "sources": ["F3"]},
                {"crossing": "fi-vaalimaa", "from": "2023-11-18", "until": "2023-12-14", "status": "closed", "reason": "Government decision", "effectiveTime": "00:00", "sources": ["F3"]},
                {"crossing": "fi-vaalimaa", "from": "2023-12-14", "until": "2023-12-15", "status": "open", "reason": "Brief reopening", "effectiveTime": "00:00", "sources": ["F14"]},
                {"crossing": "fi-vaalimaa", "from": "2023-12-15", "until": null, "status": "closed", "reason": "Closed again", "effectiveTime": "20:00", "sources": ["F3", "F14"]},
                {"crossing": "fi-raja-jooseppi", "from": "2022-07-01", "until": "2023-11-30", "status": "open", "reason": null, "effectiveTime": null, "sources": ["F3"]},
                {"crossing": "fi-raja-jooseppi", "from": "2023-11-30", "until": null, "status": "closed", "reason": "Whole land border closed", "effectiveTime": "00:00", "sources": ["F3"]},
                {"crossing": "pl-kuznica", "from": "2021-11-09", "until": "2025-11-17", "status": "closed", "reason": "Suspended", "effectiveTime": "07:00", "sources": ["P13"]},
                {"crossing": "pl-kuznica", "from": "2025-11-17", "until": null, "status": "restricted", "reason": "Passenger cars only", "effectiveTime": null, "sources": ["P41"]}
              ],
              "events": [
                {"id": "2021-11-09-kuznica-suspended", "date": "2021-11-09", "datePrecision": "day", "title": "Kuźnica crossing suspended",
                 "summary": "Traffic at the road crossing stopped; travellers were sent to Terespol and Bobrowniki near Białystok.",
                 "category": "closure", "border": "PL-BY", "crossing": "pl-kuznica", "location": null, "place": "Kuźnica", "sources": ["P13"], "tags": ["closure", "road"], "attributes": {}},
                {"id": "2023-11-28-siewiera-advisers", "date": "2023-11-28", "datePrecision": "day", "title": "Siewiera: Polish military advisers for Finland",
                 "summary": "The head of the National Security Bureau said Poland would send advisers.", "category": "deployment", "border": "both",
                 "crossing": null, "location": {"lat": 52.2297, "lon": 21.0122}, "place": "Warsaw", "sources": ["F3"], "tags": ["advisers"],
                 "attributes": {"speaker": "Jacek Siewiera", "channel": "X"}},
                {"id": "2023-11-asylum-arrivals", "date": "2023-11-01", "datePrecision": "month", "title": "Asylum arrivals peak",
                 "summary": "More than 900 applications at the eastern border, mostly from Syria, Somalia and Yemen.", "category": "migration",
                 "border": "FI-RU", "crossing": null, "location": null, "place": null, "sources": ["F3"], "tags": [], "attributes": {}},
                {"id": "2023-12-14-vaalimaa-reopens", "date": "2023-12-14", "title": "Vaalimaa reopens for a day",
                 "category": "reopening", "border": "FI-RU", "crossing": "fi-vaalimaa", "place": "Vaalimaa", "sources": ["F14"]}
              ],
              "annotations": [
                {"id": "6f1c1d7e-0000-4000-8000-000000000001", "kind": "polygon",
                 "geometry": {"type": "Polygon", "coordinates": [[[23.6, 53.5], [23.7, 53.5], [23.7, 53.6], [23.6, 53.5]]]},
                 "title": "Camp by the fence", "note": "Seen on two videos.\\nSecond line.", "author": "analyst",
                 "created": "2024-01-01T10:00:00Z", "modified": "2024-01-02T08:30:00Z", "tags": ["camp"], "events": ["2021-11-09-kuznica-suspended"],
                 "confidence": "probable", "validFrom": "2021-11-08", "validUntil": "2021-11-19", "color": "#D81B60", "radiusKm": null},
                {"id": "6f1c1d7e-0000-4000-8000-000000000002", "kind": "ring",
                 "geometry": {"type": "Point", "coordinates": [27.80833, 60.6]},
                 "title": "Range", "note": "", "author": "analyst", "created": "2024-01-03T10:00:00Z", "modified": "2024-01-03T10:00:00Z",
                 "tags": [], "events": [], "confidence": "possible", "validFrom": null, "validUntil": null, "color": "#1E88E5", "radiusKm": 12.5}
              ]
            }
            """;

    private TestBundles() {
    }

    /** A fresh, mutable copy of {@link #SAMPLE}. */
    static ObjectNode sample() {
        try {
            return (ObjectNode) MAPPER.readTree(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bundle} to {@code dir/name}, pretty-printed, and returns the path. */
    static Path write(Path dir, String name, JsonNode bundle) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(bundle), StandardCharsets.UTF_8);
        return p;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Exports {@code store} to a byte array. */
    static byte[] export(Store store) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        store.exportBundle(out);
        return out.toByteArray();
    }
}
