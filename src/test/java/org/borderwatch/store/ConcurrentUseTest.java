package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers never wait for a writer in another process; a second writer waits, saying which process
 * holds the store, or is refused clearly after its wait — never half done.
 */
class ConcurrentUseTest {
    @TempDir
    Path dir;

    private Path seeded() throws Exception {
        Path db = dir.resolve("shared.db");
        Store.openOrCreateSeeded(db).close();
        return db;
    }

    @Test
    void aReaderOpensAndReadsWhileAnImportInAnotherProcessHoldsTheWriteLock() throws Exception {
        Path db = seeded();
        Process writer = WriterProcess.start(db);
        try {
            for (int i = 0; i < 2; i++) {
                long t = System.nanoTime();
                try (Store s = Store.openOrCreateSeeded(db, OpenOptions.reading())) {
                    assertFalse(s.loadStatusData().crossings().isEmpty());
                    assertTrue(s.counts().events() > 0);
                }
                long ms = (System.nanoTime() - t) / 1_000_000;
                assertTrue(writer.isAlive(), "the import still holds its lock");
                if (i == 1) {
                    assertTrue(ms < 1000, "opening and reading took " + ms + " ms: it must not wait for the writer");
                }
            }
            long t = System.nanoTime();
            try (Store s = Store.openOrCreateSeeded(db, OpenOptions.writing())) {
                assertFalse(s.loadStatusData().crossings().isEmpty());
            }
            assertTrue((System.nanoTime() - t) / 1_000_000 < 2000,
                    "an up-to-date store opens for writing without taking the write lock");
        } finally {
            WriterProcess.finish(writer);
        }
    }

    @Test
    void aSecondWriterWaitsSayingWhichProcessWritesAndThenWrites() throws Exception {
        Path db = seeded();
        List<String> notices = new CopyOnWriteArrayList<>();
        Process writer = WriterProcess.start(db);
        try (Store s = Store.openOrCreateSeeded(db, OpenOptions.writing().waitingFor(Duration.ofMinutes(2))
                .telling(notices::add))) {
            CompletableFuture<ImportCounts> second = CompletableFuture.supplyAsync(() -> {
                try {
                    return s.annotationRepository().importAll(List.of(TestAnnotations.point("Second writer", "analyst",
                            Instant.parse("2024-05-01T10:00:00Z"))), "analyst");
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (notices.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, notices.size(), "it says that it waits, once");
            assertTrue(notices.get(0).contains("is being written by another process")
                    && notices.get(0).contains("pid " + writer.pid()) && notices.get(0).contains("waiting up to 2 min"),
                    notices.get(0));
            assertFalse(second.isDone(), "it waits while the other process writes");
            WriterProcess.finish(writer);
            assertEquals(1, second.get(60, TimeUnit.SECONDS).added());
            assertEquals(1, s.annotations().size());
        } finally {
            writer.destroyForcibly();
        }
    }

    @Test
    void aSecondWriterIsRefusedClearlyWhenTheStoreStaysLocked() throws Exception {
        Path db = seeded();
        Process writer = WriterProcess.start(db);
        try (Store s = Store.openOrCreateSeeded(db, OpenOptions.writing().waitingFor(Duration.ofSeconds(3)))) {
            StoreException e = assertThrows(StoreException.class, () -> s.annotationRepository().importAll(
                    List.of(TestAnnotations.point("Refused", "analyst", Instant.parse("2024-05-01T10:00:00Z"))), "analyst"));
            assertTrue(e.getMessage().contains("locked by another process (pid " + writer.pid()), e.getMessage());
            assertEquals(0, s.annotations().size(), "nothing half done");
        } finally {
            WriterProcess.finish(writer);
        }
    }

    @Test
    void aReaderLeavesNoLogOrIndexFileBehind() throws Exception {
        Path db = seeded();
        try (Store s = Store.openOrCreateSeeded(db, OpenOptions.reading())) {
            assertFalse(s.loadStatusData().crossings().isEmpty());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("shared.db"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
