package org.borderwatch.interop;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One {@code String} per distinct byte sequence, for cell values that repeat: an open-addressing
 * table of at most {@value #MAX} entries (past that, new texts are decoded each time). The first
 * sixteen and the last eight bytes of each text are kept as three numbers, so texts of up to 24
 * bytes are compared without touching their bytes.
 */
final class SharedStrings {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int SIZE = 1 << 13;
    private static final int MAX = SIZE / 2;
    private final long[] words = new long[SIZE * 3];
    private final int[] lengths = new int[SIZE];
    private final byte[][] bytes = new byte[SIZE][];
    private final String[] values = new String[SIZE];
    private int size;

    String get(byte[] b, int s, int e, boolean wide) {
        int n = e - s;
        long k0 = word(b, s, Math.min(n, 8));
        long k1 = n > 8 ? word(b, s + 8, Math.min(n - 8, 8)) : 0;
        long k2 = n > 16 ? word(b, e - 8, 8) : 0;
        long h = ((k0 * 0x9E3779B97F4A7C15L ^ k1) * 0x9E3779B97F4A7C15L ^ k2) * 0x9E3779B97F4A7C15L ^ n;
        int mask = SIZE - 1;
        for (int slot = (int) (h ^ h >>> 29) & mask; ; slot = (slot + 1) & mask) {
            String v = values[slot];
            if (v == null) {
                v = new String(b, s, n, wide ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
                if (size < MAX) {
                    words[3 * slot] = k0;
                    words[3 * slot + 1] = k1;
                    words[3 * slot + 2] = k2;
                    lengths[slot] = n;
                    bytes[slot] = n > 24 ? Arrays.copyOfRange(b, s, e) : null;
                    values[slot] = v;
                    size++;
                }
                return v;
            }
            if (lengths[slot] == n && words[3 * slot] == k0 && words[3 * slot + 1] == k1 && words[3 * slot + 2] == k2
                    && (n <= 24 || Arrays.equals(bytes[slot], 16, n - 8, b, s + 16, e - 8))) {
                return v;
            }
        }
    }

    /** The {@code n} (1 to 8) bytes from {@code b[p]} as one number, the first byte lowest. */
    private static long word(byte[] b, int p, int n) {
        if (n == 8) {
            return (long) LONGS.get(b, p);
        }
        if (p + 8 <= b.length) {
            return (long) LONGS.get(b, p) & (-1L >>> (64 - 8 * n));
        }
        long w = 0;
        for (int i = n - 1; i >= 0; i--) {
            w = w << 8 | (b[p + i] & 0xFF);
        }
        return w;
    }
}
