package org.borderwatch.store;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input stream that writes every byte read through it to a file: the copy of a bundle that
 * its import's check reads, from which the write then reads exactly the bytes that were checked.
 * {@link #finish} reads the rest of the input (what follows the bundle's JSON is copied as well)
 * and closes the copy; a copy that cannot be written ends the reading with {@link CopyFailed}.
 * One thread.
 */
final class CopyingInput extends FilterInputStream {
    /** The copy could not be written (a full disk); its cause says why. */
    static final class CopyFailed extends IOException {
        private static final long serialVersionUID = 1L;

        private final IOException reason;

        CopyFailed(IOException reason) {
            super(reason.getMessage(), reason);
            this.reason = reason;
        }

        /** Why the copy could not be written. */
        IOException reason() {
            return reason;
        }
    }

    private final OutputStream copy;
    private final byte[] one = new byte[1];
    private boolean closed;

    /** Copies what is read from {@code in} into {@code file} (replacing what it holds). */
    CopyingInput(InputStream in, Path file) throws IOException {
        super(in);
        try {
            this.copy = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new CopyFailed(e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            one[0] = (byte) b;
            write(one, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            write(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte is copied: skipping reads
        byte[] buf = new byte[(int) Math.min(Math.max(n, 1), 1 << 16)];
        long left = n;
        while (left > 0) {
            int r = read(buf, 0, (int) Math.min(left, buf.length));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void write(byte[] b, int off, int len) throws CopyFailed {
        try {
            copy.write(b, off, len);
        } catch (IOException e) {
            throw new CopyFailed(e);
        }
    }

    /** Reads the input to its end, copying it, and closes the copy: it then holds every byte of the input. */
    void finish() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        closeCopy();
    }

    private void closeCopy() throws CopyFailed {
        if (!closed) {
            closed = true;
            try {
                copy.close();
            } catch (IOException e) {
                throw new CopyFailed(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeCopy();
        } finally {
            super.close();
        }
    }
}
