package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digest computed beside the reading is the SHA-256 of exactly the bytes read. */
class DigestingInputTest {
    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }

    @Test
    void theDigestIsTheSha256OfEveryByteReadHoweverTheyAreRead() throws Exception {
        byte[] data = bytes(3 * (1 << 20) + 12_345);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(data);
        try (DigestingInput in = new DigestingInput(new ByteArrayInputStream(data))) {
            // single bytes, odd-sized blocks, a skip and the rest: every byte counts once, in order
            for (int i = 0; i < 1000; i++) {
                assertEquals(data[i] & 0xff, in.read());
            }
            byte[] buf = new byte[7_777];
            int got = in.read(buf, 13, 5_000);
            assertEquals(5_000, got);
            assertEquals(100_000, in.skip(100_000));
            byte[] rest = in.readAllBytes();
            assertEquals(data.length - 106_000, rest.length);
            assertEquals(-1, in.read());
            assertArrayEquals(expected, in.digest());
        }
    }

    @Test
    void bytesLeftUnreadAreNotInTheDigest() throws Exception {
        byte[] data = bytes(200_000);
        try (DigestingInput in = new DigestingInput(new ByteArrayInputStream(data))) {
            in.readNBytes(150_000);
            byte[] firstPart = java.util.Arrays.copyOf(data, 150_000);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(firstPart), in.digest());
        }
    }

    @Test
    void closingBeforeTheEndEndsTheDigestingThread() throws Exception {
        byte[] data = bytes(1 << 20);
        Thread[] digesting = new Thread[1];
        try (InputStream in = new DigestingInput(new ByteArrayInputStream(data))) {
            in.readNBytes(4_096);
            digesting[0] = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("bundle-digest") && t.isAlive()).findFirst().orElseThrow();
        }
        digesting[0].join(5_000);
        assertFalse(digesting[0].isAlive(), "the digesting thread ends with the stream");
    }
}
