package org.borderwatch.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlockWriterTest {
    @Test
    void everyCharacterArrivesInOrderWhateverTheSizesOfTheWrites() throws IOException {
        StringWriter below = new StringWriter();
        StringBuilder expected = new StringBuilder();
        SplittableRandom r = new SplittableRandom(3);
        try (BlockWriter w = new BlockWriter(below)) {
            for (int i = 0; i < 2_000; i++) {
                int len = r.nextInt(3) == 0 ? r.nextInt(3 * BlockWriter.SIZE) : r.nextInt(40);
                StringBuilder piece = new StringBuilder(len);
                for (int k = 0; k < len; k++) {
                    piece.append((char) ('a' + r.nextInt(26)));
                }
                switch (i % 3) {
                    case 0 -> w.write(piece.toString());
                    case 1 -> w.write(piece.toString().toCharArray());
                    default -> piece.chars().forEach(c -> {
                        try {
                            w.write(c);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
                expected.append(piece);
            }
            w.write("äß€😀");
            expected.append("äß€😀");
        }
        assertEquals(expected.length(), below.toString().length());
        assertEquals(expected.toString(), below.toString());
    }
}
