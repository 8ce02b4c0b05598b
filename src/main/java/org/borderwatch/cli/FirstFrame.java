package org.borderwatch.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from JVM start to the window's first painted map frame, as the application itself reports
 * it ({@code -Dborderwatch.reportStartup=true}). Starts the application in a fresh JVM with the
 * same class path, on the real display when {@code DISPLAY} is set, otherwise on JavaFX's headless
 * Monocle platform with software rendering.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    /** @return milliseconds, or -1 when the child did not report a frame within a minute */
    static long measure(Path db, String maxHeap) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + maxHeap);
        cmd.add("-Dborderwatch.reportStartup=true");
        cmd.add("-Dborderwatch.exitAfterFirstFrame=true");
        cmd.add("-Dborderwatch.test=true");
        cmd.add("-Dprism.order=sw");
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            cmd.add("-Dglass.platform=Monocle");
            cmd.add("-Dmonocle.platform=Headless");
            cmd.add("-Dheadless.geometry=1920x1080-32");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.borderwatch.Borderwatch");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("BORDERWATCH_DB", db.toString());
        Process p = pb.start();
        long result = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("first-frame-ms ")) {
                    result = Long.parseLong(line.substring("first-frame-ms ".length()).trim());
                    break;
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        return result;
    }
}
