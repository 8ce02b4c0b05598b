package org.borderwatch.slides;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("slide.svg");
        Files.writeString(target, "approved version");
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a new ver".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("approved version", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aWriteThatSucceedsReplacesTheFile() throws IOException {
        Path target = dir.resolve("sub").resolve("slide.svg");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                    "a slide gets the permissions of any new file, not owner-only ones");
        }
    }
}
