package org.borderwatch.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * Writes a file as one step: the content goes through a 64 KiB buffer into a temporary file beside
 * the target ({@code .NAME.<16 hex digits>.bwtmp}), which is synced to the disk and then replaces
 * the target by an atomic rename (the folder is synced too). A failed or cancelled write leaves no
 * partial file and an existing target untouched; a write killed outright leaves its temporary
 * file, which the next write of the same target removes.
 *
 * <p><b>Permissions.</b> A new file gets the permissions any new file gets (the user's umask
 * applies, as for {@code touch}); a replaced file keeps its own.
 *
 * <p><b>Leftovers.</b> The temporary file is locked while it is written; before writing, the
 * temporary files of earlier writes of the same target that no process holds any more are deleted
 * — and so are those older than an hour that earlier versions of Borderwatch left
 * ({@code .NAME<digits>.tmp}, {@code .NAME.<hex>.part}).
 *
 * <p>Thread-safe; two writes of one target at once each publish a whole file, the last one wins.
 */
public final class AtomicFile {
    /** Writes the content to a stream (buffered; not to be closed by the content). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The suffix of the temporary files of this class. */
    public static final String SUFFIX = ".bwtmp";
    static final int BUFFER = 1 << 16;
    private static final Duration OLD_LEFTOVER = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary files this process is writing (a lock cannot tell them apart from the outside). */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}, creating its folder when missing.
     *
     * @return the number of bytes written
     * @throws IOException the content's own exception, or one whose message names the file and
     *                     the cause ({@link FileProblems}) when the file could not be written
     */
    public static long write(Path target, Content content) throws IOException {
        return write(target, content, null);
    }

    /**
     * As {@link #write(Path, Content)}, telling {@code progress} (may be null) the bytes written so
     * far each time the buffer reaches the file. {@code progress} may stop the write by throwing
     * a {@link java.util.concurrent.CancellationException}: nothing is published then.
     */
    public static long write(Path target, Content content, LongConsumer progress) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Counting counted = null;
        Path tmp = null;
        boolean contentFailed = false;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
                removeLeftovers(abs);
            }
            tmp = abs.resolveSibling("." + abs.getFileName() + "." + String.format("%016x", RANDOM.nextLong()) + SUFFIX);
            IN_FLIGHT.add(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                FileLock lock = ch.tryLock();
                keepPermissions(abs, tmp);
                counted = new Counting(ch, progress);
                OutputStream out = new BufferedOutputStream(counted, BUFFER);
                try {
                    content.writeTo(out);
                } catch (IOException | RuntimeException | Error e) {
                    // the content's own failure, unless it is the file's, passed on through the stream
                    contentFailed = counted.failure == null || !causedBy(e, counted.failure);
                    throw e;
                }
                out.flush();
                ch.force(true);
                if (lock != null) {
                    lock.release();
                }
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            IN_FLIGHT.remove(tmp);
            tmp = null;
            syncFolder(dir);
            return counted.count;
        } catch (IOException | RuntimeException | Error e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException x) {
                    e.addSuppressed(x);
                } finally {
                    IN_FLIGHT.remove(tmp);
                }
            }
            if (!contentFailed && e instanceof IOException io && !(io instanceof WriteException)) {
                throw new WriteException(FileProblems.writing(target, io, counted == null ? -1 : counted.count + 1), io);
            }
            throw e;
        }
    }

    /** Whether the file's failure {@code cause} is {@code e}, one of its causes, or a failure suppressed by them. */
    private static boolean causedBy(Throwable e, Throwable cause) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t == cause) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s == cause) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A file that could not be written; the message names it and the cause. */
    public static final class WriteException extends IOException {
        private static final long serialVersionUID = 1L;

        WriteException(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * Deletes the temporary files that earlier writes of {@code target} left (see the class
     * comment); returns how many.
     */
    public static int removeLeftovers(Path target) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        String name = abs.getFileName().toString();
        Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.[0-9a-f]{16}" + Pattern.quote(SUFFIX));
        Pattern older = Pattern.compile("\\." + Pattern.quote(name) + "(\\d+\\.tmp|\\.[0-9a-f]{1,16}\\.part)");
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + globSafe(name) + "*")) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (ours.matcher(n).matches() && !IN_FLIGHT.contains(f)) {
                    removed += removeUnlocked(f) ? 1 : 0;
                } else if (older.matcher(n).matches() && isOld(f)) {
                    removed += Files.deleteIfExists(f) ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover that cannot be listed or removed stays; the write itself goes on
        }
        return removed;
    }

    private static String globSafe(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** Deletes {@code f} when no process holds its lock (its writer died). */
    private static boolean removeUnlocked(Path f) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException inThisProcess) {
                return false;
            }
            if (lock == null) {
                return false;
            }
            try {
                return Files.deleteIfExists(f);
            } finally {
                lock.release();
            }
        }
    }

    private static boolean isOld(Path f) throws IOException {
        FileTime t = Files.getLastModifiedTime(f);
        return t.toInstant().isBefore(Instant.now().minus(OLD_LEFTOVER));
    }

    /** A replaced file keeps its permissions; a new one keeps those its creation gave it. */
    private static void keepPermissions(Path target, Path tmp) {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old == null || !Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions to copy, or one that refuses them: the new
            // file keeps those its creation gave it (the umask's), which is what a new export gets
        }
    }

    /** Makes the rename durable: syncs the folder's entry (where the platform allows opening a folder). */
    private static void syncFolder(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform can open a folder (Windows); the file itself is synced
        }
    }

    /** The file's channel as a stream, counting the bytes that reach it. */
    private static final class Counting extends OutputStream {
        private final FileChannel ch;
        private final LongConsumer progress;
        long count;
        /** The file's own first failure, when a write to it failed (closing a writer may try again). */
        IOException failure;

        Counting(FileChannel ch, LongConsumer progress) {
            this.ch = ch;
            this.progress = progress;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            try {
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
            count += len;
            if (progress != null) {
                progress.accept(count);
            }
        }
    }
}
