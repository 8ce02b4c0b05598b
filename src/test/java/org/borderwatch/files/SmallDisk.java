package org.borderwatch.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small file system of its own (a {@code tmpfs} mounted on a folder) for tests of a full disk.
 * Mounting needs root: where it cannot be done the test is skipped with the reason.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mount;

    private SmallDisk(Path mount) {
        this.mount = mount;
    }

    /** Mounts a tmpfs of {@code size} (e.g. "8m") on {@code folder}, or skips the calling test. */
    public static SmallDisk mount(Path folder, String size) throws Exception {
        Files.createDirectories(folder);
        String why;
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            why = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "mount failed: " + out;
        } catch (IOException e) {
            why = "no mount command: " + e.getMessage();
        }
        Assumptions.assumeTrue(why == null, "a small disk (tmpfs) cannot be mounted here, so a full disk cannot be "
                + "made (it needs root): " + why);
        return new SmallDisk(folder);
    }

    /** The mounted folder. */
    public Path path() {
        return mount;
    }

    /** Fills the disk with a file {@code filler} until no byte is free; returns the file. */
    public Path fill() throws IOException {
        Path filler = mount.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: what was asked for
        }
        return filler;
    }

    @Override
    public void close() throws Exception {
        new ProcessBuilder("umount", "-l", mount.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }
}
