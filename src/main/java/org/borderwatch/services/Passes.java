package org.borderwatch.services;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.borderwatch.store.BundleInput;

/**
 * Counts the bytes an import's passes read and reports them to a {@link PassProgress}: each pass
 * reads through a {@link #watch watched} stream, and the bytes of the passes before it are added.
 * One importing thread.
 */
final class Passes {
    /** Bytes read between two reports, at least: a report per buffer of the parser would be thousands a second. */
    private static final long STEP = 1 << 20;

    private final PassProgress progress;
    private long total;
    private long before;

    /** Passes that read {@code total} bytes in all (an estimate may be corrected with {@link #total}). */
    Passes(PassProgress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    /** Corrects the bytes all passes read, once the later passes' are known. */
    void total(long bytes) {
        total = bytes;
    }

    /**
     * {@code in}, reporting each megabyte read with {@code message}; once closed, the bytes it
     * read count as done for the passes after it.
     */
    InputStream watch(InputStream in, String message) throws IOException {
        try {
            progress.update(message, before, total);
        } catch (RuntimeException stop) {
            // asked to stop before this pass read anything: the stream it would have read is closed
            in.close();
            throw stop;
        }
        return new FilterInputStream(in) {
            private long read;
            private long reported;
            private boolean closed;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                read += n;
                if (read - reported >= STEP) {
                    reported = read;
                    progress.update(message, before + read, Math.max(total, before + read));
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    before += read;
                }
                super.close();
            }
        };
    }

    /**
     * {@code bundle} read through watched streams: its first reading (the store's check) reported
     * as {@code checking}, the next (the write, from the file or the store's copy of it) as
     * {@code writing}.
     */
    BundleInput watch(BundleInput bundle, String checking, String writing) {
        int[] opened = {0};
        return bundle.readThrough(in -> watch(in, opened[0]++ == 0 ? checking : writing));
    }
}
