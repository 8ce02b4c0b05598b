package org.borderwatch.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.domain.Source;

/**
 * Reads the {@code sources} of imported events: a JSON array whose items are source objects
 * ({@code id, title, url, publisher}: imported with the event) or ids of sources already stored.
 * Collects the described sources, once each. Not thread-safe: one per file.
 */
final class SourceRefs {
    private final Set<String> known;
    private final Map<String, Source> described = new LinkedHashMap<>();

    /** @param known ids of the sources already in the store */
    SourceRefs(Set<String> known) {
        this.known = known;
    }

    /**
     * The ids an event cites.
     *
     * @param list the {@code sources} array (or {@code null} when absent)
     * @param at   its JSON pointer, for messages
     */
    List<String> read(JsonNode list, String at) throws JsonProblem {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new JsonProblem(at, "an event needs a \"sources\" array with at least one source");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            String here = at + "/" + i;
            if (s.isTextual()) {
                if (!known.contains(s.asText()) && !described.containsKey(s.asText())) {
                    throw new JsonProblem(here, "the source \"" + s.asText()
                            + "\" is neither in the store nor described in this file");
                }
                ids.add(s.asText());
                continue;
            }
            JsonProperties o = new JsonProperties(s, here);
            String id = o.text("id", true);
            String title = o.text("title", false);
            if (title == null) {
                if (!known.contains(id) && !described.containsKey(id)) {
                    throw new JsonProblem(o.at("title"), "the source \"" + id + "\" is not in the store, so it needs a \"title\"");
                }
            } else {
                Source src;
                try {
                    src = new Source(id, title, o.text("url", false), o.text("publisher", false));
                } catch (IllegalArgumentException e) {
                    throw new JsonProblem(here, e.getMessage());
                }
                Source before = described.putIfAbsent(id, src);
                if (before != null && !before.equals(src)) {
                    throw new JsonProblem(here, "the source \"" + id + "\" is described differently earlier in the file");
                }
            }
            ids.add(id);
        }
        return ids;
    }

    /** The sources described in full so far, in order of first mention. */
    List<Source> described() {
        return new ArrayList<>(described.values());
    }
}
