package org.borderwatch.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The primitives of the compact map format ({@link CompactMapReader}): unsigned LEB128 varints,
 * zig-zag signed varints, doubles as 8 little-endian bytes of their IEEE 754 bits, and UTF-8 text
 * with a varint length. {@link Sink} writes them; {@link Source} reads them from a slice of a byte
 * array, reporting the resource name and the byte offset of anything malformed.
 */
final class CompactBytes {
    private CompactBytes() {
    }

    /** A growing byte buffer. Not thread-safe. */
    static final class Sink {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

        void bytes(byte[] b) {
            out.write(b, 0, b.length);
        }

        void u8(int v) {
            out.write(v);
        }

        void varint(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative varint " + v);
            }
            while (v >= 0x80) {
                out.write((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void float64(double d) {
            long bits = Double.doubleToRawLongBits(d);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)) & 0xff);
            }
        }

        void text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b);
        }

        /** A nested block: its length as a varint, then its bytes. */
        void block(Sink inner) {
            byte[] b = inner.toByteArray();
            varint(b.length);
            bytes(b);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** Reads from {@code data[pos, end)}; {@code name} is the resource named in messages. Not thread-safe. */
    static final class Source {
        private final String name;
        private final byte[] data;
        private final int end;
        private int pos;

        Source(String name, byte[] data, int from, int end) {
            this.name = name;
            this.data = data;
            this.pos = from;
            this.end = end;
        }

        int position() {
            return pos;
        }

        int end() {
            return end;
        }

        boolean atEnd() {
            return pos >= end;
        }

        /** An error naming the resource, the byte offset and what was wrong. */
        IOException error(String what) {
            return new IOException(name + ": byte " + pos + ": " + what);
        }

        int u8() throws IOException {
            if (pos >= end) {
                throw error("unexpected end of data");
            }
            return data[pos++] & 0xff;
        }

        long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8();
                v |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw error("varint longer than 10 bytes");
        }

        /** A varint that must lie in [0, max]; {@code what} names it in the message. */
        int count(int max, String what) throws IOException {
            int at = pos;
            long v = varint();
            if (v > max) {
                pos = at;
                throw error(what + " " + v + " is out of range (at most " + max + ")");
            }
            return (int) v;
        }

        long zigzag() throws IOException {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        double float64() throws IOException {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits |= (long) u8() << (8 * i);
            }
            return Double.longBitsToDouble(bits);
        }

        String text() throws IOException {
            int n = count(end - pos, "text length");
            String s = new String(data, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        /** The next block (varint length + bytes) as its own source; this one moves past it. */
        Source block(String what) throws IOException {
            int n = count(end - pos, what + " length");
            Source inner = new Source(name, data, pos, pos + n);
            pos += n;
            return inner;
        }
    }
}
