package org.borderwatch.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Where and why a JSON text could not be parsed: the line and column, the JSON pointer of the
 * value being read, and the reason in words. Jackson's own limits against hostile input (nesting,
 * the length of a string, a number or a name — {@link StreamReadConstraints}) raise exceptions
 * without a location; the place is then taken from the parser, so a user learns which value is too
 * long or too deep.
 *
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param pointer JSON pointer of the value being read ({@code ""} at the top level)
 * @param reason  what was wrong
 */
public record JsonSyntax(int line, int column, String pointer, String reason) {
    /** A JSON text that is not valid JSON, or passes a limit; the message is {@link JsonSyntax#describe()}. */
    public static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient JsonSyntax syntax;

        Failure(JsonSyntax syntax, JsonProcessingException cause) {
            super(syntax.describe(), cause);
            this.syntax = syntax;
        }

        public JsonSyntax syntax() {
            return syntax;
        }
    }

    /**
     * Reads one JSON value as a tree from {@code in} (not closed).
     *
     * @throws Failure naming line, column, pointer and reason when it is not valid JSON or passes
     *                 one of the parser's limits
     */
    public static JsonNode readTree(InputStream in) throws IOException {
        try (JsonParser p = Json.MAPPER.createParser(in)) {
            try {
                JsonNode node = Json.MAPPER.readTree(p);
                if (node != null && p.nextToken() != null) {
                    JsonLocation l = p.currentTokenLocation();
                    throw new Failure(new JsonSyntax(l.getLineNr(), l.getColumnNr(), "",
                            "more JSON after the end of the top-level value"), null);
                }
                return node;
            } catch (JsonProcessingException e) {
                throw new Failure(of(p, e), e);
            }
        }
    }

    /** The place and reason of {@code e}, thrown while {@code p} was reading. */
    public static JsonSyntax of(JsonParser p, JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        if (l == null || l.getLineNr() <= 0) {
            l = p.currentLocation();
        }
        String pointer = p.getParsingContext() == null ? "" : p.getParsingContext().pathAsPointer().toString();
        return new JsonSyntax(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()), pointer, reason(e));
    }

    /** The reason of {@code e} in words, Jackson's limits named by what they limit. */
    public static String reason(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            StreamReadConstraints c = Json.factory().streamReadConstraints();
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("nesting depth")) {
                return "the values nest deeper than " + c.getMaxNestingDepth() + " levels, the most this program reads";
            }
            if (lower.contains("string value length")) {
                return String.format(Locale.ROOT, "a text value is longer than %,d characters, the most this program reads",
                        c.getMaxStringLength());
            }
            if (lower.contains("number value length")) {
                return "a number has more than " + c.getMaxNumberLength() + " digits, the most this program reads";
            }
            if (lower.contains("name length")) {
                return String.format(Locale.ROOT, "a member name is longer than %,d characters, the most this program reads",
                        c.getMaxNameLength());
            }
            if (lower.contains("document length")) {
                return "the document is longer than the most this program reads";
            }
            return "a limit of the JSON reader was passed: " + m;
        }
        return "not valid JSON: " + m;
    }

    /** "line 3, column 17 (at /features/0/properties/title): reason" without what is unknown. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append(line).append(':').append(column);
        }
        if (!pointer.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append("(at ").append(pointer).append(')');
        }
        return (sb.length() > 0 ? sb + ": " : "") + reason;
    }

    /** "3:17" or "3:17 (at /features/0)" — the place alone, for messages that add the file. */
    public String place() {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append(line).append(':').append(column);
        }
        if (!pointer.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append("(at ").append(pointer).append(')');
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
