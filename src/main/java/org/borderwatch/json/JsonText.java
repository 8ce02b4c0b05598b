package org.borderwatch.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Text in a JSON tree that is not Unicode: a string or member name holding an unpaired UTF-16
 * surrogate. JSON lets a file write one ({@code "\uD800"}) and Jackson reads it, but it is no
 * character: stored as UTF-8 it would silently become {@code ?}. Readers refuse it with its place.
 * Thread-safe: no state.
 */
public final class JsonText {
    private JsonText() {
    }

    /**
     * The first bad text in {@code node}, depth first in document order: its JSON pointer relative
     * to {@code node} and the reason; empty when every text is Unicode.
     */
    public static Optional<JsonSyntax> firstInvalid(JsonNode node) {
        return find(node);
    }

    /**
     * The first bad text under {@code node}, its pointer relative to {@code node}: built on the way
     * back from a bad text only, as nearly every tree is all Unicode (a pointer per member was a
     * good part of an import's checking).
     */
    private static Optional<JsonSyntax> find(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            int bad = unpairedSurrogate(node.textValue());
            return bad < 0 ? Optional.empty() : Optional.of(problem("", node.textValue(), bad, "text"));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<JsonSyntax> p = find(node.get(i));
                if (p.isPresent()) {
                    return Optional.of(under("/" + i, p.get()));
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                int bad = unpairedSurrogate(e.getKey());
                if (bad >= 0) {
                    return Optional.of(problem(member(e.getKey()), e.getKey(), bad, "member name"));
                }
                Optional<JsonSyntax> p = find(e.getValue());
                if (p.isPresent()) {
                    return Optional.of(under(member(e.getKey()), p.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The pointer step to the member {@code name} (RFC 6901: {@code ~} and {@code /} escaped). */
    private static String member(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@code found} as seen from the parent: its pointer behind {@code step}. */
    private static JsonSyntax under(String step, JsonSyntax found) {
        return new JsonSyntax(found.line(), found.column(), step + found.pointer(), found.reason());
    }

    private static JsonSyntax problem(String pointer, String text, int index, String what) {
        return new JsonSyntax(0, 0, pointer, String.format(java.util.Locale.ROOT,
                "the %s holds an unpaired UTF-16 surrogate (\\u%04X at character %d), which is no Unicode character",
                what, (int) text.charAt(index), index + 1));
    }

    /** The index of the first unpaired surrogate in {@code s}, or −1. */
    public static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
