package org.borderwatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A virtual X server ({@code Xvfb}, 1920×1080, 24 bits) that the bench starts for the window's
 * first-frame measurement on a machine without a display, and stops when it is closed. It takes
 * the first display number from :90 on whose socket ({@code /tmp/.X11-unix/X<n>}) and lock file
 * are free, and is ready once its socket appears.
 */
final class PrivateDisplay implements AutoCloseable {
    private static final Path SOCKETS = Path.of("/tmp/.X11-unix");

    private final Process server;
    private final String name;

    private PrivateDisplay(Process server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The display's name for {@code DISPLAY}, e.g. {@code :90}. */
    String name() {
        return name;
    }

    /** Starts a server, or returns null when {@code Xvfb} is not installed or does not come up within 10 s. */
    static PrivateDisplay start() throws IOException, InterruptedException {
        Path xvfb = WholeProcess.onPath("Xvfb");
        if (xvfb == null) {
            return null;
        }
        for (int n = 90; n < 190; n++) {
            if (Files.exists(SOCKETS.resolve("X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (p.isAlive() && System.nanoTime() < deadline) {
                if (Files.exists(SOCKETS.resolve("X" + n))) {
                    return new PrivateDisplay(p, ":" + n);
                }
                Thread.sleep(50);
            }
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(5, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
