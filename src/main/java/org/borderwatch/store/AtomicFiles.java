package org.borderwatch.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.borderwatch.files.AtomicFile;

/**
 * Files the store writes (an export of everything), through {@link AtomicFile}: buffered, synced,
 * moved into place, with the permissions a new file gets; a failed write leaves no half-written
 * file and no temporary file, and its message names the file and the cause.
 */
final class AtomicFiles {
    /** Writes the content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws StoreException, IOException;
    }

    private AtomicFiles() {
    }

    static void write(Path file, Content content) throws StoreException {
        try {
            AtomicFile.write(file, out -> {
                try {
                    content.writeTo(out);
                } catch (StoreException e) {
                    throw new Carried(e);
                }
            });
        } catch (Carried c) {
            throw c.failure;
        } catch (IOException e) {
            throw new StoreException(e instanceof AtomicFile.WriteException ? e.getMessage()
                    : "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Carries the store's own failure through the file writer, which knows only I/O errors. */
    private static final class Carried extends IOException {
        private static final long serialVersionUID = 1L;
        private final StoreException failure;

        Carried(StoreException failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }
    }
}
