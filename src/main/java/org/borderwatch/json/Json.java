package org.borderwatch.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration of the application; every reader and writer of JSON uses it.
 *
 * <ul>
 *   <li>A key that occurs twice in one object is a syntax error (with its line and column): a
 *       file that says two things about one field is refused, not read as its last word.</li>
 *   <li>Streams are never closed by Jackson: whoever opened a stream closes it, so a reader can
 *       report the position of an error and a writer can finish its file after the JSON.</li>
 * </ul>
 *
 * <p>Everything else is Jackson's default (UTF-8, numbers as doubles or longs as written,
 * Jackson's limits on nesting and value lengths against hostile input). Thread-safe.
 */
public final class Json {
    /** The mapper for trees ({@code readTree}) and simple values. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** Pretty output for people: two-space indentation and LF line ends on every platform. */
    public static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** The factory of {@link #MAPPER}, for streaming parsers and generators. */
    public static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    /** A value as messages name it: "null", "the string \"…\"", "the number 3", "an array" … */
    public static String describe(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "null";
        }
        if (v.isTextual()) {
            String s = v.textValue();
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** A number as messages write it: whole numbers without a decimal point. */
    public static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
