package org.borderwatch.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("slide.svg");
        Files.writeString(target, "approved version");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half a new ver".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the painter stopped");
        }));
        assertEquals("the painter stopped", e.getMessage(), "the content's own failure is reported as it is");
        assertEquals("approved version", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriteThatSucceedsReplacesTheFile() throws IOException {
        Path target = dir.resolve("sub").resolve("slide.svg");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                    "a new export gets the permissions of any new file (the umask applies), not owner-only ones");
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path target = dir.resolve("events.kml");
        Files.writeString(target, "old");
        if (!Files.getFileStore(target).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(target, out -> out.write('x'));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void everyByteReachesTheFileThroughTheBuffer() throws IOException {
        Path target = dir.resolve("big.kml");
        AtomicInteger writes = new AtomicInteger();
        long n = AtomicFile.write(target, out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.write('a' + i % 26); // a writer that hands over one byte at a time, as StAX does
            }
        }, bytes -> writes.incrementAndGet());
        assertEquals(1_000_000, n);
        assertEquals(1_000_000, Files.size(target));
        assertTrue(writes.get() <= 1_000_000 / AtomicFile.BUFFER + 1,
                "one write to the file per 64 KiB, not per byte: " + writes.get() + " writes");
    }

    @Test
    void aCancelledWriteLeavesNothing() throws IOException {
        Path target = dir.resolve("events.json");
        assertThrows(CancellationException.class, () -> AtomicFile.write(target, out -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(' ');
            }
        }, bytes -> {
            throw new CancellationException("stopped by the user");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void theLeftoversOfAKilledWriteAreRemovedByTheNextOne() throws IOException {
        Path target = dir.resolve("events.kml");
        Path killed = Files.writeString(dir.resolve(".events.kml.0123456789abcdef" + AtomicFile.SUFFIX), "half");
        Path legacy = Files.writeString(dir.resolve(".events.kml4411223344556677.tmp"), "half");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path recentLegacy = Files.writeString(dir.resolve(".events.kml998877.tmp"), "maybe in progress");
        Path otherTarget = Files.writeString(dir.resolve(".other.kml.0123456789abcdef" + AtomicFile.SUFFIX), "not ours");
        AtomicFile.write(target, out -> out.write('x'));
        assertFalse(Files.exists(killed), "a temporary file nobody holds is a leftover");
        assertFalse(Files.exists(legacy), "an old-style temporary file over an hour old is a leftover");
        assertTrue(Files.exists(recentLegacy), "a recent old-style one may still be written: kept");
        assertTrue(Files.exists(otherTarget), "another target's temporary files are not touched");
    }

    @Test
    void aTemporaryFileThatIsStillBeingWrittenIsKept() throws IOException {
        Path target = dir.resolve("events.kml");
        Path busy = Files.writeString(dir.resolve(".events.kml.fedcba9876543210" + AtomicFile.SUFFIX), "writing");
        try (FileChannel ch = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            assertTrue(lock.isValid());
            AtomicFile.write(target, out -> out.write('x'));
            assertTrue(Files.exists(busy));
        }
    }

    @Test
    void aMissingPlaceIsNamed() {
        Path target = dir.resolve("file-instead-of-folder");
        IOException e = assertThrows(IOException.class, () -> {
            Files.writeString(target, "I am a file");
            AtomicFile.write(target.resolve("out.kml"), out -> out.write('x'));
        });
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    }

    private List<Path> files() throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
