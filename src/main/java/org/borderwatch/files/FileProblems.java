package org.borderwatch.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Names the real cause of a failed file operation in one sentence a user can act on. Java reports
 * a full disk as a bare {@code "No space left on device"} and a read-only folder as an
 * {@link AccessDeniedException} on a file the user never named (a temporary file); this class
 * looks at the file system to say which folder is read-only, how much space is left, or which
 * folder is missing. Thread-safe: no state.
 */
public final class FileProblems {
    private static final long MB = 1024 * 1024;

    private FileProblems() {
    }

    /** What went wrong, in words. */
    public enum Cause {
        /** The disk (file system) has no space left. */
        DISK_FULL,
        /** The file, or the folder it is in, may not be written (permissions, or a read-only mount). */
        READ_ONLY,
        /** The file may not be read. */
        UNREADABLE,
        /** The file or a folder on its way does not exist. */
        MISSING,
        /** A folder, FIFO, device or socket where a regular file was expected. */
        NOT_A_FILE,
        /** Anything else (an I/O error of the device, a network file system …). */
        OTHER
    }

    /**
     * The cause of {@code e}, a failure to write ({@code writing}) or to read {@code file}. A
     * refused permission is {@link Cause#READ_ONLY} when writing, {@link Cause#UNREADABLE} when
     * reading.
     */
    public static Cause cause(IOException e, Path file, boolean writing) {
        String reason = reason(e);
        if (isDiskFull(reason)) {
            return Cause.DISK_FULL;
        }
        if (reason.contains("read-only file system")) {
            return Cause.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("operation not permitted")) {
            return writing ? Cause.READ_ONLY : Cause.UNREADABLE;
        }
        if (e instanceof NoSuchFileException || reason.contains("no such file")) {
            return Cause.MISSING;
        }
        if (e instanceof NotDirectoryException || reason.contains("is a directory") || reason.contains("not a directory")
                || file != null && InputFile.kind(file).isPresent()) {
            return Cause.NOT_A_FILE;
        }
        return Cause.OTHER;
    }

    /** Whether an error message (any case) says the disk is full (ENOSPC, or SQLite's SQLITE_FULL). */
    public static boolean isDiskFull(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("disk is full") || m.contains("database or disk is full")
                || m.contains("sqlite_full") || m.contains("disk quota exceeded");
    }

    /**
     * One sentence for a failure to write {@code file}: "Cannot write F: the disk is full (2.1 MB
     * free on /mnt/x; about 40 MB needed)". {@code neededBytes} is what the write needed at
     * least, or a negative number when unknown.
     */
    public static String writing(Path file, IOException e, long neededBytes) {
        return "Cannot write " + file + ": " + explain(file, cause(e, file, true), e, neededBytes);
    }

    /** One sentence for a failure to read {@code file}. */
    public static String reading(Path file, IOException e) {
        return "Cannot read " + file + ": " + explain(file, cause(e, file, false), e, -1);
    }

    /** The reason part of a message, for a failure of the given {@code cause} on {@code file}. */
    public static String explain(Path file, Cause cause, IOException e, long neededBytes) {
        return switch (cause) {
            case DISK_FULL -> diskFull(file, neededBytes);
            case READ_ONLY -> readOnly(file);
            case UNREADABLE -> "permission denied: the file may not be read by this user";
            case MISSING -> missing(file);
            case NOT_A_FILE -> InputFile.kind(file).map(k -> "it is " + k + ", not a regular file")
                    .orElse(e == null ? "not a regular file" : firstLine(e.getMessage()));
            case OTHER -> e == null ? "input/output error" : firstLine(e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage());
        };
    }

    /** "the disk is full (1.2 MB free on /tmp; about 40 MB needed)". */
    public static String diskFull(Path file, long neededBytes) {
        StringBuilder sb = new StringBuilder("the disk is full");
        Path dir = existingFolder(file);
        if (dir != null) {
            try {
                long free = Files.getFileStore(dir).getUsableSpace();
                sb.append(" (").append(size(free)).append(" free on ").append(dir);
                if (neededBytes > 0) {
                    sb.append("; at least ").append(size(neededBytes)).append(" needed");
                }
                sb.append(')');
            } catch (IOException | RuntimeException unknown) {
                if (neededBytes > 0) {
                    sb.append(" (at least ").append(size(neededBytes)).append(" needed)");
                }
            }
        }
        return sb.append("; free some space and try again").toString();
    }

    /** Which of the file and its folder is read-only, or the file system. */
    public static String readOnly(Path file) {
        Path abs = file == null ? null : file.toAbsolutePath();
        if (abs != null) {
            try {
                if (Files.exists(abs) && Files.getFileStore(abs).isReadOnly()) {
                    return "the file system holding it is mounted read-only";
                }
            } catch (IOException | RuntimeException ignored) {
                // fall through to the permission checks
            }
            if (Files.exists(abs) && !Files.isWritable(abs)) {
                return "the file is read-only (no write permission)";
            }
            Path dir = existingFolder(abs);
            if (dir != null && !Files.isWritable(dir)) {
                return "the folder " + dir + " is read-only (no write permission)";
            }
        }
        return "permission denied";
    }

    private static String missing(Path file) {
        Path abs = file == null ? null : file.toAbsolutePath();
        if (abs != null && abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            Path dir = existingFolder(abs);
            return "the folder " + abs.getParent() + " does not exist" + (dir == null ? "" : " (" + dir + " does)");
        }
        return "no such file";
    }

    /** The nearest folder of {@code file} (itself excluded) that exists, or {@code null}. */
    static Path existingFolder(Path file) {
        if (file == null) {
            return null;
        }
        Path p = file.toAbsolutePath().getParent();
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return p;
    }

    /** "512 bytes", "3.4 MB", "1.2 GB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1024 * MB));
    }

    private static String reason(IOException e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getReason() != null) {
                sb.append(fs.getReason()).append(' ');
            }
            if (t.getMessage() != null) {
                sb.append(t.getMessage()).append(' ');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
