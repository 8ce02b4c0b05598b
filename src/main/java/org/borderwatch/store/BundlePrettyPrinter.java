package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The layout of exported bundles: two-space indentation, {@code "key": value}, LF line ends on
 * every platform, and short values (source lists, tags, a location, GeoJSON coordinates) on one
 * line between {@link #inline(JsonGenerator, boolean)} calls. The output depends only on the
 * values written, so exports are byte-for-byte reproducible.
 */
final class BundlePrettyPrinter implements PrettyPrinter {
    private int depth;
    private int inline;

    /** Starts ({@code true}) or ends ({@code false}) a one-line value on {@code g}, if it uses this layout. */
    static void inline(JsonGenerator g, boolean on) {
        if (g.getPrettyPrinter() instanceof BundlePrettyPrinter p) {
            p.inline += on ? 1 : -1;
        }
    }

    private void newline(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < depth; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (inline == 0) {
            newline(g);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline == 0) {
            newline(g);
        } else {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (inline == 0 && entries > 0) {
            newline(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (inline == 0) {
            newline(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (inline == 0) {
            newline(g);
        } else {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (inline == 0 && values > 0) {
            newline(g);
        }
        g.writeRaw(']');
    }
}
