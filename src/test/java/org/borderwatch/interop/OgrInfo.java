package org.borderwatch.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs GDAL's {@code ogrinfo -al -so} on a file, when GDAL is installed; a test calling it is
 * skipped (not failed) on a machine without GDAL.
 */
public final class OgrInfo {
    private OgrInfo() {
    }

    /** The {@code ogrinfo} executable on PATH, or {@code null}. */
    public static Path executable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "ogrinfo");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Skips the calling test when GDAL is absent. */
    public static void assumeInstalled() {
        assumeTrue(executable() != null, "GDAL's ogrinfo is not on PATH");
    }

    /**
     * Asserts that GDAL opens {@code file} and summarises every layer: exit code 0 and no line
     * starting with "ERROR". Returns the output for further checks.
     */
    public static String assertReadable(Path file) throws IOException, InterruptedException {
        assumeInstalled();
        Process p = new ProcessBuilder(executable().toString(), "-al", "-so", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "ogrinfo finished");
        assertEquals(0, p.exitValue(), "ogrinfo exit code; output:\n" + out);
        assertFalse(out.lines().anyMatch(l -> l.startsWith("ERROR")), "ogrinfo reported an error:\n" + out);
        return out;
    }
}
