package org.borderwatch.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.borderwatch.json.Json;

/**
 * Rows for {@code COPY … FROM STDIN (FORMAT binary)}, built in memory: each field is its length
 * and its bytes, so text and JSON go to the server as UTF-8 as they are, with nothing escaped by
 * the client and nothing unescaped by the server (a JSON document is written by {@link BundleJson}
 * straight into the row). Fields are {@code bigint}, {@code text} and {@code jsonb}, in the
 * server's binary input format for each. Not thread-safe.
 */
final class PgCopyRows extends OutputStream {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** The version byte of jsonb's binary format, followed by the JSON text. */
    private static final int JSONB_VERSION = 1;

    private byte[] buf;
    private int len;
    private int rows;
    /** Where each row starts in {@link #buf}, and how many fields the rows have. */
    private int[] starts = new int[64];
    private int fields = -1;
    private JsonGenerator json;
    private boolean finished;

    PgCopyRows(int expectedBytes) {
        buf = new byte[Math.max(64, expectedBytes)];
        write(SIGNATURE, 0, SIGNATURE.length);
        int32(0); // flags
        int32(0); // header extension length
    }

    /** Starts a row of {@code fields} fields. */
    PgCopyRows row(int fields) {
        if (finished) {
            throw new IllegalStateException("rows were handed to COPY already");
        }
        if (this.fields != -1 && this.fields != fields) {
            throw new IllegalArgumentException("every row has " + this.fields + " fields, not " + fields);
        }
        this.fields = fields;
        if (rows == starts.length) {
            starts = Arrays.copyOf(starts, rows * 2);
        }
        starts[rows++] = len;
        int16(fields);
        return this;
    }

    PgCopyRows bigint(long value) {
        int32(8);
        int32((int) (value >>> 32));
        int32((int) value);
        return this;
    }

    PgCopyRows text(String value) {
        if (value == null) {
            int32(-1);
            return this;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        int32(b.length);
        write(b, 0, b.length);
        return this;
    }

    /** A field given in the server's binary format of its type (as its {@code …send} function gives it). */
    PgCopyRows binary(byte[] value) {
        int32(value.length);
        write(value, 0, value.length);
        return this;
    }

    /** A {@code jsonb} field written by {@code writer}. */
    <T> PgCopyRows jsonb(T item, PgDocs.ItemWriter<T> writer) {
        int at = len;
        int32(0);
        write(JSONB_VERSION);
        try {
            if (json == null) {
                json = Json.MAPPER.getFactory().createGenerator(this, JsonEncoding.UTF8);
                json.setRootValueSeparator(null);
            }
            writer.write(json, item);
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        int length = len - at - 4;
        buf[at] = (byte) (length >>> 24);
        buf[at + 1] = (byte) (length >>> 16);
        buf[at + 2] = (byte) (length >>> 8);
        buf[at + 3] = (byte) length;
        return this;
    }

    /**
     * These rows with one more field at their end: row {@code i} gains {@code extra[i]}, in the
     * server's binary format of its type (see {@link #binary}). These rows stay as they were.
     */
    PgCopyRows withField(byte[][] extra) {
        if (extra.length != rows) {
            throw new IllegalArgumentException(extra.length + " values for " + rows + " rows");
        }
        int end = finished ? len - 2 : len;
        PgCopyRows out = new PgCopyRows(end + 4 * rows + Arrays.stream(extra).mapToInt(b -> b.length).sum());
        for (int i = 0; i < rows; i++) {
            int from = starts[i] + 2;
            int to = i + 1 < rows ? starts[i + 1] : end;
            out.row(fields + 1).write(buf, from, to - from);
            out.binary(extra[i]);
        }
        return out;
    }

    /** How many rows were started. */
    int rows() {
        return rows;
    }

    /** The rows with the format's trailer, to hand to {@code COPY} (as often as needed); no rows may follow. */
    InputStream finish() {
        if (!finished) {
            int16(-1);
            finished = true;
        }
        return new ByteArrayInputStream(buf, 0, len);
    }

    private void int16(int v) {
        write(v >>> 8);
        write(v);
    }

    private void int32(int v) {
        room(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    private void room(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    @Override
    public void write(int b) {
        room(1);
        buf[len++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int n) {
        room(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }
}
