package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import org.borderwatch.domain.Annotation;
import org.borderwatch.domain.Crossing;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Source;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.json.Json;
import org.borderwatch.json.JsonSyntax;
import org.borderwatch.json.JsonText;

/**
 * Streams a Borderwatch bundle: the top-level object is read token by token and each item of
 * its arrays is read as a small tree, converted by {@link BundleItems} and handed to a
 * {@link Visitor}. Memory stays proportional to one item, not to the file. Syntax errors stop the
 * read with file, line and column; a bad item is recorded with its JSON pointer and reading goes
 * on, so one pass finds many problems.
 */
final class BundleReader {
    /** Where an item was found. */
    record Item(String file, String pointer, int line) {
        ImportProblem problem(String subPointer, String message) {
            return new ImportProblem(file, subPointer, line, 0, message);
        }
    }

    /** Receives the items of a bundle in file order. */
    interface Visitor {
        void source(Source s, Item at) throws SQLException, ImportException;

        void crossing(Crossing c, Item at) throws SQLException, ImportException;

        void interval(StatusInterval i, Item at) throws SQLException, ImportException;

        void event(Event e, Item at) throws SQLException, ImportException;

        void annotation(Annotation a, Item at) throws SQLException, ImportException;
    }

    private static final String TOP_KEYS = "format, version, sources, crossings, intervals, events, annotations";

    private final String file;
    private final Visitor visitor;
    private final ImportProblems problems;
    private final boolean checkText;

    private BundleReader(String file, Visitor visitor, ImportProblems problems, boolean checkText) {
        this.file = file;
        this.visitor = visitor;
        this.problems = problems;
        this.checkText = checkText;
    }

    /**
     * Reads a bundle's JSON from {@code input} (not closed), named {@code name} in problems, feeding
     * {@code visitor}. With {@code checkText}, every text is checked to be Unicode first (the check
     * pass); the write pass reads the bytes the check read and leaves that out.
     *
     * @throws ImportException on a syntax error, or once {@link ImportProblems#LIMIT} problems are found
     * @throws IOException     when the input cannot be read
     */
    static void read(InputStream input, String name, Visitor visitor, ImportProblems problems, boolean checkText)
            throws IOException, SQLException, ImportException {
        InputStream in = new BufferedInputStream(input, 1 << 16);
        try (JsonParser p = Json.MAPPER.createParser(in)) {
            try {
                new BundleReader(name, visitor, problems, checkText).bundle(p);
            } catch (JsonProcessingException e) {
                // Jackson's limits (nesting, text length) come without a place: the parser knows it
                JsonSyntax at = JsonSyntax.of(p, e);
                problems.fatal(new ImportProblem(name, at.pointer().isEmpty() ? null : at.pointer(),
                        at.line(), at.column(), e instanceof StreamConstraintsException ? at.reason()
                                : "not valid JSON: " + cleanMessage(e.getOriginalMessage())));
            }
        }
    }

    private void bundle(JsonParser p) throws IOException, SQLException, ImportException {
        JsonToken t = p.nextToken();
        if (t == null) {
            problems.fatal(new ImportProblem(file, null, 0, 0,
                    "the file is empty (expected a Borderwatch bundle: a JSON object with \"format\": \"borderwatch\")"));
        }
        if (t != JsonToken.START_OBJECT) {
            JsonLocation loc = p.currentTokenLocation();
            problems.fatal(new ImportProblem(file, null, loc.getLineNr(), loc.getColumnNr(),
                    "expected a Borderwatch bundle (a JSON object) at the top, got " + describe(t)));
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int line = p.currentTokenLocation().getLineNr();
            p.nextToken();
            switch (key) {
                case "format" -> format(p.readValueAsTree(), line);
                case "version" -> version(p.readValueAsTree(), line);
                case "sources", "crossings", "intervals", "events", "annotations" -> items(p, key);
                default -> {
                    problems.add(new ImportProblem(file, "/" + key, line, 0,
                            "unknown key '" + key + "' (expected one of: " + TOP_KEYS + ")"));
                    p.skipChildren();
                }
            }
        }
        JsonToken after = p.nextToken();
        if (after != null) {
            JsonLocation loc = p.currentTokenLocation();
            problems.fatal(new ImportProblem(file, null, loc.getLineNr(), loc.getColumnNr(),
                    "unexpected " + describe(after) + " after the end of the bundle object"));
        }
    }

    private void format(JsonNode v, int line) throws ImportException {
        if (v == null || !v.isTextual() || !v.textValue().equals(BundleJson.FORMAT)) {
            problems.fatal(new ImportProblem(file, "/format", line, 0, "expected \"" + BundleJson.FORMAT
                    + "\", got " + JsonFields.describe(v) + ": this is not a Borderwatch bundle"));
        }
    }

    private void version(JsonNode v, int line) throws ImportException {
        if (v == null || !v.canConvertToExactIntegral() || !v.canConvertToInt()) {
            problems.fatal(new ImportProblem(file, "/version", line, 0, "expected the whole number "
                    + BundleJson.VERSION + ", got " + JsonFields.describe(v)));
        } else if (v.intValue() > BundleJson.VERSION) {
            problems.fatal(new ImportProblem(file, "/version", line, 0, "this bundle was written by a newer Borderwatch "
                    + "(format version " + v.intValue() + "; this version reads " + BundleJson.VERSION + ")"));
        } else if (v.intValue() < 1) {
            problems.fatal(new ImportProblem(file, "/version", line, 0, "expected " + BundleJson.VERSION
                    + ", got " + v.intValue()));
        }
    }

    private void items(JsonParser p, String kind) throws IOException, SQLException, ImportException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            problems.add(new ImportProblem(file, "/" + kind, p.currentTokenLocation().getLineNr(), 0,
                    "expected an array, got " + describe(t)));
            p.skipChildren();
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Item at = new Item(file, "/" + kind + "/" + index, p.currentTokenLocation().getLineNr());
            JsonNode node = p.readValueAsTree();
            index++;
            if (checkText) {
                var notText = JsonText.firstInvalid(node);
                if (notText.isPresent()) {
                    problems.add(at.problem(at.pointer() + notText.get().pointer(), notText.get().reason()));
                    continue;
                }
            }
            try {
                switch (kind) {
                    case "sources" -> visitor.source(BundleItems.source(node, at.pointer()), at);
                    case "crossings" -> visitor.crossing(BundleItems.crossing(node, at.pointer()), at);
                    case "intervals" -> visitor.interval(BundleItems.interval(node, at.pointer()), at);
                    case "events" -> visitor.event(BundleItems.event(node, at.pointer()), at);
                    default -> visitor.annotation(BundleItems.annotation(node, at.pointer()), at);
                }
            } catch (ItemProblem e) {
                problems.add(at.problem(e.pointer(), e.getMessage()));
            }
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    /** Jackson's message without its source description ("[Source: …; line: 1, column: 2]"). */
    static String cleanMessage(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String m = StoreOpener.firstLine(message.replaceAll("\\s*\\[Source: [^\\]]*\\]", ""));
        return m.isEmpty() ? "unreadable input" : m;
    }
}
