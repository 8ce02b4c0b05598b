package org.borderwatch.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files written next to their destination and moved into place: a failed write leaves no half-written file. */
final class AtomicFiles {
    /** Writes the content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws StoreException, IOException;
    }

    private AtomicFiles() {
    }

    static void write(Path file, Content content) throws StoreException {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | StoreException e) {
            StoreException failure = e instanceof StoreException se ? se
                    : new StoreException("Cannot write " + file + ": " + e.getMessage(), e);
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException x) {
                    failure.addSuppressed(x);
                }
            }
            throw failure;
        }
    }
}
