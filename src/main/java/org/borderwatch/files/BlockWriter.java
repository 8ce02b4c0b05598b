package org.borderwatch.files;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of a {@link Writer} for writers that hand over many short strings
 * (an XML writer's names, quotes and indents): {@link java.io.BufferedWriter} takes a lock on
 * every call, this one none. Passes whole blocks of {@value #SIZE} characters on; {@link #flush}
 * passes the rest and flushes the writer below; {@link #close} flushes and closes it. One thread.
 */
public final class BlockWriter extends Writer {
    static final int SIZE = 1 << 15;

    private final Writer out;
    private final char[] buffer = new char[SIZE];
    private int used;

    public BlockWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == SIZE) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        while (len > 0) {
            if (used == SIZE) {
                drain();
            }
            int n = Math.min(len, SIZE - used);
            s.getChars(off, off + n, buffer, used);
            used += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        while (len > 0) {
            if (used == SIZE) {
                drain();
            }
            int n = Math.min(len, SIZE - used);
            System.arraycopy(cs, off, buffer, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
