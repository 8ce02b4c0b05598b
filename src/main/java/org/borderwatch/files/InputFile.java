package org.borderwatch.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What a path the user named for reading is, checked before any reader opens it: a folder, a
 * named pipe or {@code /dev/zero} would otherwise be reported as "no such file", or read without
 * end. Thread-safe: no state.
 */
public final class InputFile {
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private InputFile() {
    }

    /** A path that cannot be read as a file; the message is "PATH: reason". */
    public static final class NotReadableException extends IOException {
        private static final long serialVersionUID = 1L;

        NotReadableException(Path path, String reason) {
            super(path + ": " + reason);
        }
    }

    /**
     * Checks that {@code path} is a regular file this process may read.
     *
     * @throws NotReadableException naming what it is instead: missing (and which folder is
     *                              missing), a folder, a FIFO, a device, a socket, or unreadable
     */
    public static void check(Path path) throws NotReadableException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new NotReadableException(path, "no such file (the folder " + parent + " does not exist)");
            }
            throw new NotReadableException(path, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "a link to a file that does not exist" : "no such file");
        }
        if (!a.isRegularFile()) {
            throw new NotReadableException(path, "it is " + kind(path).orElse("something other than a file")
                    + ", not a regular file");
        }
        if (!Files.isReadable(path)) {
            throw new NotReadableException(path, "permission denied: the file may not be read by this user");
        }
    }

    /**
     * What {@code path} is when it exists but is not a regular file ("a folder", "a named pipe
     * (FIFO)", "a character device", …); empty when it is a regular file or does not exist.
     */
    public static Optional<String> kind(Path path) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (a.isRegularFile()) {
            return Optional.empty();
        }
        if (a.isDirectory()) {
            return Optional.of("a folder");
        }
        return Optional.of(switch (unixMode(path) & S_IFMT) {
            case S_IFIFO -> "a named pipe (FIFO)";
            case S_IFCHR -> "a character device";
            case S_IFBLK -> "a block device";
            case S_IFSOCK -> "a socket";
            case S_IFDIR -> "a folder";
            default -> "a special file";
        });
    }

    /**
     * The Unix mode of {@code path} (its type in the {@code S_IFMT} bits), or 0 where there is none
     * to read — another file system, or the file gone meanwhile: then only "a special file" is known.
     */
    private static int unixMode(Path path) {
        try {
            return Files.getAttribute(path, "unix:mode") instanceof Integer m ? m : 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }
}
