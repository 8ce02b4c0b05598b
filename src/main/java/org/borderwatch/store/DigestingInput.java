package org.borderwatch.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An input stream that computes the SHA-256 of the bytes read through it on a thread of its own,
 * beside the thread that reads: a bundle import reads its file twice and compares the two digests,
 * and on the client compiler, which the short commands run on, the digest runs as plain Java
 * (the optimising compiler's SHA instructions are not used) at some 60 MB/s — as long as the
 * parsing it was added to. The reader hands each block it reads to the digesting thread and goes
 * on; at most {@value #PENDING} blocks wait, so a digest that falls behind holds the reader back
 * instead of holding the file in memory.
 *
 * <p>One reading thread; {@link #digest} once the stream is read to its end, and {@link #close}
 * in any case (it ends the digesting thread).
 */
final class DigestingInput extends FilterInputStream {
    /** Blocks read but not digested yet, at most. */
    static final int PENDING = 16;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(PENDING);
    private final MessageDigest sha;
    private final Thread digesting;
    private volatile Throwable failed;
    private boolean ended;

    DigestingInput(InputStream in) {
        super(in);
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        digesting = new Thread(this::digestBlocks, "bundle-digest");
        digesting.setDaemon(true);
        digesting.start();
    }

    private void digestBlocks() {
        try {
            for (byte[] b = blocks.take(); b != END; b = blocks.take()) {
                sha.update(b);
            }
        } catch (InterruptedException e) {
            // closed before the end: the digest is not wanted
        } catch (RuntimeException | Error e) {
            failed = e;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            hand(Arrays.copyOfRange(b, off, off + n));
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte is digested: skipping reads
        byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
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

    private void hand(byte[] block) throws IOException {
        try {
            blocks.put(block);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    /** The SHA-256 of every byte read, once the stream has been read to its end. */
    byte[] digest() throws IOException {
        if (!ended) {
            ended = true;
            hand(END);
        }
        try {
            digesting.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while digesting");
        }
        if (failed != null) {
            throw new IllegalStateException("the digest failed", failed);
        }
        return sha.digest();
    }

    @Override
    public void close() throws IOException {
        if (!ended) {
            ended = true;
            digesting.interrupt();
        }
        super.close();
    }
}
