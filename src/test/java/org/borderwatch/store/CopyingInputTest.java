package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy an import's check makes holds every byte of the input, however it was read. */
class CopyingInputTest {
    @TempDir
    Path dir;

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }

    @Test
    void theCopyHoldsEveryByteReadSkippedOrLeftForFinish() throws Exception {
        byte[] data = bytes(3 * (1 << 20) + 12_345);
        Path copy = dir.resolve("copy.json");
        try (CopyingInput in = new CopyingInput(new ByteArrayInputStream(data), copy)) {
            for (int i = 0; i < 1000; i++) {
                assertEquals(data[i] & 0xff, in.read());
            }
            byte[] buf = new byte[7_777];
            assertEquals(5_000, in.read(buf, 13, 5_000));
            assertEquals(100_000, in.skip(100_000));
            in.readNBytes(1 << 20);
            // the parser stops at the end of the JSON: finish copies what follows
            in.finish();
        }
        assertArrayEquals(data, Files.readAllBytes(copy));
    }

    @Test
    void aCopyThatCannotBeWrittenSaysSo() {
        Path nowhere = dir.resolve("missing-folder").resolve("copy.json");
        CopyingInput.CopyFailed e = assertThrows(CopyingInput.CopyFailed.class,
                () -> new CopyingInput(new ByteArrayInputStream(new byte[10]), nowhere).close());
        assertTrue(e.reason() instanceof NoSuchFileException, e.toString());
    }
}
